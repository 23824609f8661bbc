using CdtCodes.Internal;
using System.Collections.Immutable;
using System.Globalization;
using CdtCodes.Generator.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdtCodes.Generator.Analyzers;

/// <summary>
/// Claim-line calls — <c>new CdtClaimLine(…)</c>, or any call or object creation whose target marks a [CdtCode] plus
/// [CdtTooth]/[CdtSurfaces]/[CdtArea]/[CdtNarrative] parameters or members — with a constant code:
/// CDT007 (treatment area missing or contradicting the code) and CDT008 (by-report code without a narrative).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClaimLineAnalyzer : CdtUsageAnalyzer
{
    // TreatmentArea values (CdtCodes.TreatmentArea).
    private const int AreaNone = 1;
    private const int AreaMouth = 2;
    private const int AreaArch = 3;
    private const int AreaQuadrant = 4;
    private const int AreaSextant = 5;
    private const int AreaToothRange = 6;
    private const int AreaTooth = 7;
    private const int AreaSurface = 8;

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(UsageDescriptors.TreatmentAreaMismatch, UsageDescriptors.ByReportWithoutNarrative);

    /// <inheritdoc />
    private protected override void Register(CompilationStartAnalysisContext start, CdtSymbols symbols, int targetEditionOverride)
    {
        start.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.Invocation, OperationKind.ObjectCreation);
    }

    private static void Analyze(OperationAnalysisContext context, CdtSymbols symbols)
    {
        ClaimLineCall? call = ClaimLineCall.TryRead(context.Operation, symbols);
        if (call?.CodeValue == null)
        {
            return;
        }

        CodeRules? rules = ProcedureSetReader.ResolveRules(call.CodeValue, symbols, out _);
        if (rules == null)
        {
            return;
        }

        Location location = call.CodeValue.Syntax.GetLocation();
        string? problem = FindAreaProblem(rules, call);
        if (problem != null)
        {
            context.ReportDiagnostic(Diagnostic.Create(UsageDescriptors.TreatmentAreaMismatch, location, rules.Code, problem));
        }

        if (rules.ByReport && call.Narrative.State == SlotState.Absent)
        {
            context.ReportDiagnostic(Diagnostic.Create(UsageDescriptors.ByReportWithoutNarrative, location, rules.Code));
        }
    }

    /// <summary>The first thing wrong with tooth, surfaces or area for the code's treatment area, or null.</summary>
    private static string? FindAreaProblem(CodeRules rules, ClaimLineCall call)
    {
        switch (rules.Area)
        {
            case AreaTooth:
                return call.Tooth.State == SlotState.Absent ? CdtRuleText.NeedsTooth : null;

            case AreaSurface:
                if (call.Tooth.State == SlotState.Absent)
                {
                    return CdtRuleText.NeedsTooth;
                }

                if (call.Surfaces.State == SlotState.Absent)
                {
                    return CdtRuleText.NeedsSurfaces;
                }

                if (call.Surfaces.State == SlotState.Present && call.Surfaces.Text != null)
                {
                    int count = ClaimLineCall.CountSurfaces(call.Surfaces.Text);
                    if ((rules.MinSurfaces > 0 && count < rules.MinSurfaces) || (rules.MaxSurfaces > 0 && count > rules.MaxSurfaces))
                    {
                        return CdtRuleText.SurfaceCountMismatch(rules.MinSurfaces, rules.MaxSurfaces, count);
                    }
                }

                return null;

            case AreaNone:
            case AreaMouth:
                return call.Tooth.State == SlotState.Present ? CdtRuleText.TakesNoTooth : null;

            case AreaArch:
            case AreaQuadrant:
            case AreaSextant:
                bool toothStandsIn = rules.AlsoAllowsToothRange
                    && (call.Tooth.State == SlotState.Present || call.Tooth.State == SlotState.Unknown);
                if (call.Area.State != SlotState.Absent || toothStandsIn)
                {
                    return null;
                }

                return rules.Area == AreaArch ? CdtRuleText.NeedsArch
                    : rules.Area == AreaQuadrant ? CdtRuleText.NeedsQuadrant
                    : CdtRuleText.NeedsArea;

            case AreaToothRange:
                return call.Tooth.State == SlotState.Absent ? CdtRuleText.NeedsToothRange : null;

            default:
                return null;
        }
    }

}
