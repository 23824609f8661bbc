using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace CdtCodes.Generator.Analyzers.Infrastructure;

/// <summary>
/// Finds the encounter mode the user stated around a code, innermost first:
/// a constant EncounterMode (or [EncounterContext] enum member) argument or initializer of the same call or object
/// creation; the pattern of the switch arm or case section the code is in; [EncounterContext] on an enclosing lambda,
/// local function, member, type, or the assembly/module. A non-constant mode argument means "decided at run time":
/// the answer is then unknown, never a guess from further out.
/// </summary>
internal static class EncounterContextResolver
{
    /// <summary>EncounterMode.Unspecified: nothing stated.</summary>
    public const int Unspecified = 0;

    /// <summary>Stated, but not at compile time (or contradictory): no rule may use it.</summary>
    public const int Unknown = -1;

    public static int Resolve(IOperation code, ISymbol? containingSymbol, CdtSymbols symbols)
    {
        IOperation current = code;
        bool crossedFunction = false;
        for (IOperation? parent = code.Parent; parent != null; current = parent, parent = parent.Parent)
        {
            int mode = Unspecified;
            switch (parent)
            {
                case IInvocationOperation invocation when !crossedFunction:
                    mode = FromArguments(invocation.Arguments, symbols);
                    break;
                case IObjectCreationOperation creation when !crossedFunction:
                    mode = Combine(FromArguments(creation.Arguments, symbols), FromInitializer(creation.Initializer, symbols));
                    break;
                case ISwitchExpressionArmOperation arm when arm.Value == current:
                    mode = FromPattern(arm.Pattern, symbols);
                    break;
                case ISwitchCaseOperation section when !(current is ICaseClauseOperation):
                    mode = FromClauses(section.Clauses, symbols);
                    break;
                case IAnonymousFunctionOperation lambda:
                    mode = symbols.GetEncounterContext(lambda.Symbol);
                    crossedFunction = true;
                    break;
                case ILocalFunctionOperation localFunction:
                    mode = symbols.GetEncounterContext(localFunction.Symbol);
                    crossedFunction = true;
                    break;
            }

            if (mode != Unspecified)
            {
                return mode;
            }
        }

        for (ISymbol? symbol = containingSymbol; symbol != null; symbol = symbol.ContainingSymbol)
        {
            if (symbol is INamespaceSymbol)
            {
                break;
            }

            int mode = symbols.GetEncounterContext(symbol);
            if (mode == Unspecified && symbol is IMethodSymbol { AssociatedSymbol: { } associated })
            {
                mode = symbols.GetEncounterContext(associated);
            }

            if (mode != Unspecified)
            {
                return mode;
            }
        }

        int moduleMode = symbols.GetEncounterContext(symbols.Compilation.SourceModule);
        return moduleMode != Unspecified ? moduleMode : symbols.GetEncounterContext(symbols.Compilation.Assembly);
    }

    private static int FromArguments(ImmutableArray<IArgumentOperation> arguments, CdtSymbols symbols)
    {
        int mode = Unspecified;
        foreach (IArgumentOperation argument in arguments)
        {
            if (argument.Value == null || !symbols.IsEncounterCarrier(argument.Value.Type))
            {
                continue;
            }

            mode = Combine(mode, FromValue(argument.Value, symbols));
        }

        return mode;
    }

    private static int FromInitializer(IObjectOrCollectionInitializerOperation? initializer, CdtSymbols symbols)
    {
        int mode = Unspecified;
        if (initializer == null)
        {
            return mode;
        }

        foreach (IOperation member in initializer.Initializers)
        {
            if (member is ISimpleAssignmentOperation assignment && symbols.IsEncounterCarrier(assignment.Value.Type))
            {
                mode = Combine(mode, FromValue(assignment.Value, symbols));
            }
        }

        return mode;
    }

    /// <summary>A constant EncounterMode, or an enum member marked [EncounterContext]; Unknown when not constant.</summary>
    private static int FromValue(IOperation value, CdtSymbols symbols)
    {
        IOperation unwrapped = CodePositions.Unwrap(value);
        if (unwrapped is IFieldReferenceOperation field && field.Field.ContainingType?.TypeKind == TypeKind.Enum)
        {
            int stated = symbols.GetEncounterContext(field.Field);
            if (stated != Unspecified)
            {
                return stated;
            }
        }

        if (SymbolEqualityComparer.Default.Equals(unwrapped.Type, symbols.EncounterMode))
        {
            if (!(unwrapped.ConstantValue.HasValue && unwrapped.ConstantValue.Value is int mode))
            {
                return Unknown;
            }

            return mode == Unspecified ? Unspecified : CdtSymbols.ValidMode(mode) == Unspecified ? Unknown : mode;
        }

        // A user enum that carries modes: a constant member without the attribute states nothing.
        return unwrapped.ConstantValue.HasValue ? Unspecified : Unknown;
    }

    private static int FromPattern(IPatternOperation? pattern, CdtSymbols symbols)
    {
        switch (pattern)
        {
            case IConstantPatternOperation constant when symbols.IsEncounterCarrier(constant.Value.Type):
                int mode = FromValue(constant.Value, symbols);
                return mode == Unspecified ? Unknown : mode;
            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
                int left = FromPattern(or.LeftPattern, symbols);
                int right = FromPattern(or.RightPattern, symbols);
                return left == right ? left : Unknown;
            default:
                return Unspecified;
        }
    }

    private static int FromClauses(ImmutableArray<ICaseClauseOperation> clauses, CdtSymbols symbols)
    {
        int mode = Unspecified;
        foreach (ICaseClauseOperation clause in clauses)
        {
            int clauseMode;
            switch (clause)
            {
                case ISingleValueCaseClauseOperation single when single.Value != null && symbols.IsEncounterCarrier(single.Value.Type):
                    clauseMode = FromValue(single.Value, symbols);
                    if (clauseMode == Unspecified)
                    {
                        clauseMode = Unknown;
                    }

                    break;
                case IPatternCaseClauseOperation patternClause:
                    clauseMode = FromPattern(patternClause.Pattern, symbols);
                    break;
                default:
                    // default: or a pattern of another type: the section is not for one mode.
                    return Unspecified;
            }

            if (clauseMode == Unspecified)
            {
                return Unspecified;
            }

            mode = Combine(mode, clauseMode);
        }

        return mode;
    }

    /// <summary>Two statements of a mode: equal or one missing is fine; different or unknown makes it unknown.</summary>
    private static int Combine(int a, int b)
    {
        if (a == Unspecified) return b;
        if (b == Unspecified) return a;
        return a == b ? a : Unknown;
    }
}
