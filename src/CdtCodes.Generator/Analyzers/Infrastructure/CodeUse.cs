using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace CdtCodes.Generator.Analyzers.Infrastructure;

/// <summary>
/// A code the user wrote as a constant: a reference to a catalog constant (anywhere), or a string literal in a
/// position where a code is expected. Variables, computed values and other constants are not codes here.
/// </summary>
internal static class CodeUse
{
    public static CodeRules? Find(IOperation operation, CdtSymbols symbols)
    {
        switch (operation)
        {
            case IFieldReferenceOperation field:
                if (!field.Field.IsConst || field.Parent is INameOfOperation)
                {
                    return null;
                }

                return symbols.GetRules(field.Field);

            case ILiteralOperation literal:
                if (!(literal.Syntax is LiteralExpressionSyntax)
                    || !(literal.ConstantValue.HasValue && literal.ConstantValue.Value is string code)
                    || code.Length != 5
                    || !CodePositions.IsCodePosition(literal, symbols))
                {
                    return null;
                }

                return symbols.FindCode(code);

            default:
                return null;
        }
    }
}
