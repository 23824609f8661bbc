using CdtCodes.Internal;
using System.Collections.Immutable;
using CdtCodes.Generator.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdtCodes.Generator.Analyzers;

/// <summary>CDT001: a code defined for one encounter mode used where the stated context has another mode.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EncounterModeAnalyzer : CdtUsageAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(UsageDescriptors.EncounterModeMismatch);

    /// <inheritdoc />
    private protected override void Register(CompilationStartAnalysisContext start, CdtSymbols symbols, int targetEditionOverride)
    {
        if (symbols.EncounterAttribute == null)
        {
            return;
        }

        start.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.FieldReference, OperationKind.Literal);
    }

    private static void Analyze(OperationAnalysisContext context, CdtSymbols symbols)
    {
        CodeRules? rules = CodeUse.Find(context.Operation, symbols);
        if (rules == null || rules.EncounterMode == EncounterContextResolver.Unspecified || CodePositions.IsTest(context.Operation, symbols))
        {
            return;
        }

        int mode = EncounterContextResolver.Resolve(context.Operation, context.ContainingSymbol, symbols);
        if (mode <= EncounterContextResolver.Unspecified || mode == rules.EncounterMode)
        {
            return;
        }

        string? replacement = null;
        foreach (UseInstead useInstead in rules.UseInstead)
        {
            if (useInstead.When == mode)
            {
                replacement = useInstead.Code;
                break;
            }
        }

        context.ReportDiagnostic(Diagnostic.Create(
            UsageDescriptors.EncounterModeMismatch,
            context.Operation.Syntax.GetLocation(),
            replacement == null ? null : CdtSymbols.FixProperties(replacement, symbols.FindConstant(replacement, rules.Catalog)),
            rules.Code,
            CdtRuleText.ModeWord(rules.EncounterMode),
            CdtRuleText.ModeWord(mode),
            CdtRuleText.UseInstead(replacement)));
    }
}
