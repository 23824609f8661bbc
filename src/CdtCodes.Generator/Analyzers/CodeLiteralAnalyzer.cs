using System.Collections.Immutable;
using CdtCodes.Generator.Analyzers.Infrastructure;
using CdtCodes.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdtCodes.Generator.Analyzers;

/// <summary>
/// String literals where a code is expected: CDT010 (a known code; use the constant), CDT011 (CDT form, but no
/// visible catalog knows it), CDT012 (not "D" and four digits).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CodeLiteralAnalyzer : CdtUsageAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(UsageDescriptors.RawLiteral, UsageDescriptors.UnknownCode, UsageDescriptors.MalformedCode);

    /// <inheritdoc />
    private protected override void Register(CompilationStartAnalysisContext start, CdtSymbols symbols, int targetEditionOverride)
    {
        start.RegisterOperationAction(c => Analyze(c, symbols, targetEditionOverride), OperationKind.Literal);
    }

    private static void Analyze(OperationAnalysisContext context, CdtSymbols symbols, int targetEditionOverride)
    {
        IOperation literal = context.Operation;
        if (!(literal.Syntax is LiteralExpressionSyntax)
            || !(literal.ConstantValue.HasValue && literal.ConstantValue.Value is string text)
            || !CodePositions.IsCodePosition(literal, symbols))
        {
            return;
        }

        Location location = literal.Syntax.GetLocation();
        if (CdtCodeSyntax.IsWellFormed(text))
        {
            CodeRules? known = symbols.FindCode(text);
            if (known == null)
            {
                if (symbols.Catalogs.Length > 0)
                {
                    context.ReportDiagnostic(Diagnostic.Create(UsageDescriptors.UnknownCode, location, text));
                }

                return;
            }

            // A deleted code gets CDT004 instead: turning it into its (obsolete) constant helps nobody.
            CodeRules? constant = symbols.FindConstant(text, null);
            if (constant == null || EditionAnalyzer.IsDeletedIn(known, targetEditionOverride))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                UsageDescriptors.RawLiteral,
                location,
                CdtSymbols.FixProperties(text, constant),
                text,
                constant.Catalog.RelativeName + "." + constant.Field.Name));
            return;
        }

        if (CdtCodeSyntax.TryNormalize(text, out string normalized))
        {
            CodeRules? normalizedCode = symbols.FindCode(normalized);
            CodeRules? constant = normalizedCode != null && !EditionAnalyzer.IsDeletedIn(normalizedCode, targetEditionOverride)
                ? symbols.FindConstant(normalized, null)
                : null;
            context.ReportDiagnostic(Diagnostic.Create(
                UsageDescriptors.MalformedCode,
                location,
                CdtSymbols.FixProperties(normalized, constant),
                text,
                CdtRuleText.UseInstead(normalized)));
        }
        else if (!string.IsNullOrWhiteSpace(text) && !CodePositions.IsTest(literal, symbols))
        {
            // Blank means "no code" (the validator's business); a sentinel compared against ("NONE") is not a code.
            context.ReportDiagnostic(Diagnostic.Create(UsageDescriptors.MalformedCode, location, text, string.Empty));
        }
    }
}
