using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CdtCodes.Generator.Analyzers.Infrastructure;

/// <summary>
/// Where a value stands as a CDT code: a [CdtCode] or [CdtProcedureSet] parameter, property or field (directly or as
/// an element of an array, collection expression or collection initializer given to it), or one side of a comparison
/// or pattern whose other side is such a value or a catalog constant. Nothing else is guessed.
/// </summary>
internal static class CodePositions
{
    private const CdtMarks CodeDestination = CdtMarks.Code | CdtMarks.ProcedureSet;

    /// <summary>Strips conversions (implicit or explicit) around a value.</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>The first ancestor that is not a conversion; <paramref name="child"/> is the node below it.</summary>
    public static IOperation? ParentSkippingConversions(IOperation operation, out IOperation child)
    {
        child = operation;
        IOperation? parent = operation.Parent;
        while (parent is IConversionOperation)
        {
            child = parent;
            parent = parent.Parent;
        }

        return parent;
    }

    /// <summary>A C# 12 collection expression (Roslyn 4.8 has no operation interface for it, so go by syntax).</summary>
    public static bool IsCollectionExpression(IOperation operation) =>
        operation.Syntax is CollectionExpressionSyntax && !(operation is IConversionOperation);

    /// <summary>True when the value (typically a literal) is written where a CDT code is expected.</summary>
    public static bool IsCodePosition(IOperation value, CdtSymbols symbols)
    {
        IOperation? parent = ParentSkippingConversions(value, out IOperation child);
        switch (parent)
        {
            case IArgumentOperation argument:
                return IsMarkedDestination(argument, child, symbols) || IsCollectionInitializerElement(argument, symbols);
            case ISimpleAssignmentOperation or IPropertyInitializerOperation or IFieldInitializerOperation:
                return IsMarkedDestination(parent, child, symbols);
            case IBinaryOperation binary when binary.OperatorKind == BinaryOperatorKind.Equals || binary.OperatorKind == BinaryOperatorKind.NotEquals:
                return IsCodeValue(binary.LeftOperand == child ? binary.RightOperand : binary.LeftOperand, symbols);
            case IConstantPatternOperation pattern:
                return IsPatternOnCodeValue(pattern, symbols);
            case ISingleValueCaseClauseOperation clause:
                return clause.Parent?.Parent is ISwitchOperation switchStatement && IsCodeValue(switchStatement.Value, symbols);
            case IArrayInitializerOperation initializer:
                return initializer.Parent is IArrayCreationOperation array && IsCollectionInDestination(array, symbols);
            case null:
                return false;
            default:
                return IsCollectionExpression(parent) && IsCollectionInDestination(parent, symbols);
        }
    }

    /// <summary>
    /// True when a value is only tested (compared, matched, named, passed to a predicate) rather than used as the
    /// code of something: rules about using a code (CDT001–CDT003, CDT006–CDT008) skip it.
    /// </summary>
    public static bool IsTest(IOperation value, CdtSymbols symbols)
    {
        IOperation? parent = ParentSkippingConversions(value, out _);
        switch (parent)
        {
            case IBinaryOperation:
            case IConstantPatternOperation:
            case ISingleValueCaseClauseOperation:
            case INameOfOperation:
            case IRelationalPatternOperation:
                return true;
            case IArgumentOperation argument:
                return argument.Parent is IInvocationOperation invocation
                    && invocation.TargetMethod.ReturnType.SpecialType == SpecialType.System_Boolean
                    && (symbols.GetMarks(argument.Parameter) & CodeDestination) == 0;
            default:
                return false;
        }
    }

    /// <summary>A value that holds a code: a [CdtCode] parameter, property or field, or a catalog constant.</summary>
    public static bool IsCodeValue(IOperation operation, CdtSymbols symbols)
    {
        switch (Unwrap(operation))
        {
            case IParameterReferenceOperation parameter:
                return (symbols.GetMarks(parameter.Parameter) & CdtMarks.Code) != 0;
            case IPropertyReferenceOperation property:
                return (symbols.GetMarks(property.Property) & CdtMarks.Code) != 0;
            case IFieldReferenceOperation field:
                return (symbols.GetMarks(field.Field) & CdtMarks.Code) != 0 || symbols.GetRules(field.Field) != null;
            default:
                return false;
        }
    }

    /// <summary>An element of a collection that flows into a [CdtCode]/[CdtProcedureSet] destination.</summary>
    public static bool IsCollectionInDestination(IOperation collection, CdtSymbols symbols)
    {
        IOperation? parent = ParentSkippingConversions(collection, out IOperation child);
        return parent != null && IsMarkedDestination(parent, child, symbols);
    }

    /// <summary>
    /// <paramref name="child"/> flows straight into a [CdtCode]/[CdtProcedureSet] parameter, property or field: as an
    /// argument, the value of an assignment, or an initializer.
    /// </summary>
    private static bool IsMarkedDestination(IOperation parent, IOperation child, CdtSymbols symbols)
    {
        switch (parent)
        {
            case IArgumentOperation argument:
                return (symbols.GetMarks(argument.Parameter) & CodeDestination) != 0;
            case ISimpleAssignmentOperation assignment:
                return assignment.Value == child && IsMarkedTarget(assignment.Target, symbols);
            case IPropertyInitializerOperation propertyInitializer:
                return AnyMarked(propertyInitializer.InitializedProperties, symbols);
            case IFieldInitializerOperation fieldInitializer:
                return AnyMarked(fieldInitializer.InitializedFields, symbols);
            default:
                return false;
        }
    }

    public static bool IsMarkedTarget(IOperation target, CdtSymbols symbols, CdtMarks mask = CodeDestination)
    {
        switch (target)
        {
            case IPropertyReferenceOperation property:
                return (symbols.GetMarks(property.Property) & mask) != 0;
            case IFieldReferenceOperation field:
                return (symbols.GetMarks(field.Field) & mask) != 0;
            default:
                return false;
        }
    }

    private static bool IsCollectionInitializerElement(IArgumentOperation argument, CdtSymbols symbols)
    {
        return argument.Parent is IInvocationOperation { IsImplicit: true } add
            && add.Parent is IObjectOrCollectionInitializerOperation initializer
            && initializer.Parent is IObjectCreationOperation creation
            && IsCollectionInDestination(creation, symbols);
    }

    private static bool IsPatternOnCodeValue(IPatternOperation pattern, CdtSymbols symbols)
    {
        IOperation? current = pattern;
        while (current.Parent is IBinaryPatternOperation || current.Parent is INegatedPatternOperation)
        {
            current = current.Parent;
        }

        switch (current.Parent)
        {
            case ISwitchExpressionArmOperation arm:
                return arm.Parent is ISwitchExpressionOperation switchExpression && IsCodeValue(switchExpression.Value, symbols);
            case IPatternCaseClauseOperation clause:
                return clause.Parent?.Parent is ISwitchOperation switchStatement && IsCodeValue(switchStatement.Value, symbols);
            case IIsPatternOperation isPattern:
                return IsCodeValue(isPattern.Value, symbols);
            case IPropertySubpatternOperation subpattern:
                return IsCodeValue(subpattern.Member, symbols);
            default:
                return false;
        }
    }

    private static bool AnyMarked<TSymbol>(System.Collections.Immutable.ImmutableArray<TSymbol> symbolsToCheck, CdtSymbols symbols)
        where TSymbol : ISymbol
    {
        foreach (TSymbol symbol in symbolsToCheck)
        {
            if ((symbols.GetMarks(symbol) & CodeDestination) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
