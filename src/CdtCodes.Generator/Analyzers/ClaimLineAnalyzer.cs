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
public sealed class ClaimLineAnalyzer : DiagnosticAnalyzer
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
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            CdtSymbols? symbols = CdtSymbols.For(start.Compilation);
            if (symbols == null)
            {
                return;
            }

            start.RegisterOperationAction(c => Analyze(c, symbols), OperationKind.Invocation, OperationKind.ObjectCreation);
        });
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
                return call.Tooth.State == SlotState.Absent ? "needs a tooth" : null;

            case AreaSurface:
                if (call.Tooth.State == SlotState.Absent)
                {
                    return "needs a tooth";
                }

                if (call.Surfaces.State == SlotState.Absent)
                {
                    return "needs surfaces";
                }

                if (call.Surfaces.State == SlotState.Present && call.Surfaces.Text != null)
                {
                    int count = ClaimLineCall.CountSurfaces(call.Surfaces.Text);
                    if ((rules.MinSurfaces > 0 && count < rules.MinSurfaces) || (rules.MaxSurfaces > 0 && count > rules.MaxSurfaces))
                    {
                        return DescribeSurfaces(rules.MinSurfaces, rules.MaxSurfaces) + ", not " + count.ToString(CultureInfo.InvariantCulture);
                    }
                }

                return null;

            case AreaNone:
            case AreaMouth:
                return call.Tooth.State == SlotState.Present ? "takes no tooth" : null;

            case AreaArch:
            case AreaQuadrant:
            case AreaSextant:
                bool toothStandsIn = rules.AlsoAllowsToothRange
                    && (call.Tooth.State == SlotState.Present || call.Tooth.State == SlotState.Unknown);
                return call.Area.State == SlotState.Absent && !toothStandsIn ? "needs an area" : null;

            case AreaToothRange:
                return call.Tooth.State == SlotState.Absent ? "needs a tooth range" : null;

            default:
                return null;
        }
    }

    private static string DescribeSurfaces(int min, int max)
    {
        string Count(int n) => n.ToString(CultureInfo.InvariantCulture) + (n == 1 ? " surface" : " surfaces");
        if (min > 0 && max > 0)
        {
            return min == max ? "covers " + Count(min) : "covers " + min.ToString(CultureInfo.InvariantCulture) + " to " + Count(max);
        }

        return min > 0 ? "covers at least " + Count(min) : "covers at most " + Count(max);
    }
}
