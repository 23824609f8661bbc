using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CdtCodes.Generator.Analyzers.Infrastructure;

/// <summary>One procedure of a set written in code: its code (a constant) and the operation to report on.</summary>
internal readonly struct SetElement
{
    public SetElement(IOperation location, string code, CodeRules? rules)
    {
        Location = location;
        Code = code;
        Rules = rules;
    }

    public IOperation Location { get; }

    public string Code { get; }

    public CodeRules? Rules { get; }
}

/// <summary>
/// Reads the procedures of one date of service written as constants: an array creation, a collection expression,
/// a params argument or a collection initializer. Any element that is not a constant (or a claim line built from
/// one) makes the whole set unreadable: the set rules then say nothing.
/// </summary>
internal static class ProcedureSetReader
{
    public static bool TryRead(IOperation collection, CdtSymbols symbols, List<SetElement> elements)
    {
        elements.Clear();
        IOperation value = CodePositions.Unwrap(collection);
        switch (value)
        {
            case IArrayCreationOperation array:
                if (array.Initializer == null)
                {
                    return false;
                }

                foreach (IOperation element in array.Initializer.ElementValues)
                {
                    if (!TryAdd(element, symbols, elements))
                    {
                        return false;
                    }
                }

                return true;

            case IObjectCreationOperation creation:
                if (creation.Initializer == null)
                {
                    return true;
                }

                bool isVisit = symbols.CdtVisit != null && SymbolEqualityComparer.Default.Equals(creation.Type, symbols.CdtVisit);
                foreach (IOperation initializer in creation.Initializer.Initializers)
                {
                    switch (initializer)
                    {
                        case IInvocationOperation { IsImplicit: true } add:
                            if (add.Arguments.Length != 1 || !TryAdd(add.Arguments[0].Value, symbols, elements))
                            {
                                return false;
                            }

                            break;

                        // new CdtVisit { EncounterMode = …, Lines = { … } }: the mode and date say nothing about the set.
                        case ISimpleAssignmentOperation when isVisit:
                            break;
                        case IMemberInitializerOperation { InitializedMember: IPropertyReferenceOperation { Property.Name: "Lines" } } lines when isVisit:
                            foreach (IOperation line in lines.Initializer.Initializers)
                            {
                                if (!(line is IInvocationOperation { IsImplicit: true } addLine) || addLine.Arguments.Length != 1
                                    || !TryAdd(addLine.Arguments[0].Value, symbols, elements))
                                {
                                    return false;
                                }
                            }

                            break;
                        default:
                            return false;
                    }
                }

                return true;

            default:
                return CodePositions.IsCollectionExpression(value) && TryReadCollectionExpression(value, symbols, elements);
        }
    }

    /// <summary>The code of a claim-line-like object creation: its one [CdtCode] argument or initializer, as a constant.</summary>
    public static bool TryGetCreatedCode(IObjectCreationOperation creation, CdtSymbols symbols, out IOperation? codeValue)
    {
        codeValue = null;
        foreach (IArgumentOperation argument in creation.Arguments)
        {
            if ((symbols.GetMarks(argument.Parameter) & CdtMarks.Code) != 0 && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                if (codeValue != null)
                {
                    return false;
                }

                codeValue = argument.Value;
            }
        }

        if (creation.Initializer != null)
        {
            foreach (IOperation initializer in creation.Initializer.Initializers)
            {
                if (initializer is ISimpleAssignmentOperation assignment && CodePositions.IsMarkedTarget(assignment.Target, symbols, CdtMarks.Code))
                {
                    codeValue = assignment.Value;
                }
            }
        }

        return codeValue != null;
    }

    /// <summary>The rules of a constant code value: the referenced catalog constant's, else the known code's.</summary>
    public static CodeRules? ResolveRules(IOperation value, CdtSymbols symbols, out string? code)
    {
        IOperation unwrapped = CodePositions.Unwrap(value);
        code = unwrapped.ConstantValue.HasValue ? unwrapped.ConstantValue.Value as string : null;
        if (code == null)
        {
            return null;
        }

        if (unwrapped is IFieldReferenceOperation field)
        {
            CodeRules? rules = symbols.GetRules(field.Field);
            if (rules != null)
            {
                return rules;
            }
        }

        return symbols.FindCode(code);
    }

    private static bool TryAdd(IOperation element, CdtSymbols symbols, List<SetElement> elements)
    {
        IOperation value = CodePositions.Unwrap(element);
        if (value is IObjectCreationOperation creation && !value.ConstantValue.HasValue)
        {
            if (!TryGetCreatedCode(creation, symbols, out IOperation? codeValue) || codeValue == null)
            {
                return false;
            }

            value = CodePositions.Unwrap(codeValue);
        }

        CodeRules? rules = ResolveRules(value, symbols, out string? code);
        if (code == null)
        {
            return false;
        }

        elements.Add(new SetElement(value, code, rules));
        return true;
    }

    private static bool TryReadCollectionExpression(IOperation collection, CdtSymbols symbols, List<SetElement> elements)
    {
        // Match the children to the syntax so that a host whose operation tree differs (or a spread) reads as "unknown".
        if (!(collection.Syntax is CollectionExpressionSyntax syntax))
        {
            return false;
        }

        int index = 0;
        foreach (IOperation child in collection.ChildOperations)
        {
            if (index >= syntax.Elements.Count
                || !(syntax.Elements[index] is ExpressionElementSyntax expressionElement)
                || expressionElement.Expression != child.Syntax
                || !TryAdd(child, symbols, elements))
            {
                return false;
            }

            index++;
        }

        return index == syntax.Elements.Count;
    }
}
