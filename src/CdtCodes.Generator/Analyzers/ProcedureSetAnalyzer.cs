using CdtCodes.Internal;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using CdtCodes.Generator.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdtCodes.Generator.Analyzers;

/// <summary>
/// The rules about one date of service written as a set of constants — a <c>new CdtVisit { … }</c> initializer or a
/// value given to a [CdtProcedureSet] parameter, property or field: CDT002 (add-on alone), CDT003 (exclusive codes,
/// per-date limit), CDT006 (same-day exclusion of the target edition).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ProcedureSetAnalyzer : CdtUsageAnalyzer
{

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(UsageDescriptors.AddOnWithoutProcedure, UsageDescriptors.ExclusiveCodes, UsageDescriptors.SameDayExclusion);

    /// <inheritdoc />
    private protected override void Register(CompilationStartAnalysisContext start, CdtSymbols symbols, int targetEditionOverride)
    {
        start.RegisterOperationAction(
            c => Analyze(c, symbols, targetEditionOverride),
            OperationKind.ObjectCreation,
            OperationKind.Argument,
            OperationKind.SimpleAssignment,
            OperationKind.PropertyInitializer,
            OperationKind.FieldInitializer);
    }

    private static void Analyze(OperationAnalysisContext context, CdtSymbols symbols, int targetEditionOverride)
    {
        IOperation? set = null;
        switch (context.Operation)
        {
            case IObjectCreationOperation creation:
                if (creation.Initializer != null && IsVisit(creation, symbols))
                {
                    set = creation;
                }

                break;
            case IArgumentOperation argument:
                if ((symbols.GetMarks(argument.Parameter) & CdtMarks.ProcedureSet) != 0)
                {
                    set = argument.Value;
                }

                break;
            case ISimpleAssignmentOperation assignment:
                if (CodePositions.IsMarkedTarget(assignment.Target, symbols, CdtMarks.ProcedureSet))
                {
                    set = assignment.Value;
                }

                break;
            case IPropertyInitializerOperation propertyInitializer:
                if (IsProcedureSet(propertyInitializer.InitializedProperties, symbols))
                {
                    set = propertyInitializer.Value;
                }

                break;
            case IFieldInitializerOperation fieldInitializer:
                if (IsProcedureSet(fieldInitializer.InitializedFields, symbols))
                {
                    set = fieldInitializer.Value;
                }

                break;
        }

        // A CdtVisit given to a [CdtProcedureSet] destination is judged once, as a visit.
        if (set == null || (!(context.Operation is IObjectCreationOperation) && IsVisit(CodePositions.Unwrap(set), symbols)))
        {
            return;
        }

        List<SetElement> elements = new List<SetElement>();
        if (!ProcedureSetReader.TryRead(set, symbols, elements) || elements.Count == 0)
        {
            return;
        }

        CheckAddOns(context, elements);
        CheckExclusions(context, elements, targetEditionOverride);
        CheckMaxPerDate(context, elements);
    }

    private static bool IsVisit(IOperation operation, CdtSymbols symbols) =>
        operation is IObjectCreationOperation creation && symbols.CdtVisit != null
        && SymbolEqualityComparer.Default.Equals(creation.Type, symbols.CdtVisit);

    private static bool IsProcedureSet<TSymbol>(ImmutableArray<TSymbol> members, CdtSymbols symbols)
        where TSymbol : ISymbol
    {
        foreach (TSymbol member in members)
        {
            if ((symbols.GetMarks(member) & CdtMarks.ProcedureSet) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckAddOns(OperationAnalysisContext context, List<SetElement> elements)
    {
        for (int i = 0; i < elements.Count; i++)
        {
            CodeRules? rules = elements[i].Rules;
            if (rules == null || !rules.IsAddOn)
            {
                continue;
            }

            bool accompanied = false;
            for (int j = 0; j < elements.Count && !accompanied; j++)
            {
                if (j == i)
                {
                    continue;
                }

                // "Any other procedure" is a code that is not itself such an add-on (D9995 with D9996 describes two
                // delivery modes and no service); a code that needs a named companion (D0230) is still a procedure.
                CodeRules? other = elements[j].Rules;
                accompanied = rules.ReportedWith.IsEmpty
                    ? other == null || !other.IsAddOn || !other.ReportedWith.IsEmpty
                    : rules.ReportedWith.Contains(elements[j].Code);
            }

            if (!accompanied)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    UsageDescriptors.AddOnWithoutProcedure,
                    elements[i].Location.Syntax.GetLocation(),
                    rules.Code,
                    rules.ReportedWith.IsEmpty ? CdtRuleText.AnyOtherProcedure : CdtRuleText.Alternatives(rules.ReportedWith)));
            }
        }
    }

    private static void CheckExclusions(OperationAnalysisContext context, List<SetElement> elements, int targetEditionOverride)
    {
        for (int j = 1; j < elements.Count; j++)
        {
            for (int i = 0; i < j; i++)
            {
                if (elements[i].Code == elements[j].Code)
                {
                    continue;
                }

                // Unbounded exclusions (CDT003) first; an edition-bound one (CDT006) only when it applies.
                if (Excludes(elements[i], elements[j], bounded: false, targetEditionOverride, out _, out Exclusion? exclusion)
                    || Excludes(elements[j], elements[i], bounded: false, targetEditionOverride, out _, out exclusion))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        UsageDescriptors.ExclusiveCodes,
                        elements[j].Location.Syntax.GetLocation(),
                        elements[j].Code,
                        elements[i].Code,
                        CdtRuleText.NoteSuffix(exclusion!.Note)));
                }
                else if (Excludes(elements[i], elements[j], bounded: true, targetEditionOverride, out int edition, out exclusion)
                    || Excludes(elements[j], elements[i], bounded: true, targetEditionOverride, out edition, out exclusion))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        UsageDescriptors.SameDayExclusion,
                        elements[j].Location.Syntax.GetLocation(),
                        elements[j].Code,
                        elements[i].Code,
                        edition.ToString(CultureInfo.InvariantCulture),
                        CdtRuleText.NoteSuffix(exclusion!.Note)));
                }
            }
        }
    }

    private static bool Excludes(
        SetElement owner, SetElement other, bool bounded, int targetEditionOverride, out int edition, out Exclusion? matched)
    {
        edition = 0;
        matched = null;
        if (owner.Rules == null)
        {
            return false;
        }

        foreach (Exclusion exclusion in owner.Rules.Exclusions)
        {
            if (exclusion.IsEditionBound != bounded || !exclusion.Names(other.Code))
            {
                continue;
            }

            if (!bounded)
            {
                matched = exclusion;
                return true;
            }

            int ownerEdition = owner.Rules.EditionFor(targetEditionOverride);
            if (exclusion.AppliesIn(ownerEdition))
            {
                edition = ownerEdition;
                matched = exclusion;
                return true;
            }
        }

        return false;
    }

    private static void CheckMaxPerDate(OperationAnalysisContext context, List<SetElement> elements)
    {
        for (int i = 0; i < elements.Count; i++)
        {
            CodeRules? rules = elements[i].Rules;
            if (rules == null || rules.MaxPerDate <= 0)
            {
                continue;
            }

            int seen = 0;
            for (int j = 0; j < i; j++)
            {
                if (elements[j].Code == elements[i].Code)
                {
                    seen++;
                }
            }

            if (seen >= rules.MaxPerDate)
            {
                string detail = CdtRuleText.MaxPerDateDetail(rules.MaxPerDate, seen + 1);
                context.ReportDiagnostic(Diagnostic.Create(
                    UsageDescriptors.ExclusiveCodes,
                    elements[i].Location.Syntax.GetLocation(),
                    rules.Code,
                    CdtRuleText.Itself,
                    detail));
            }
        }
    }
}
