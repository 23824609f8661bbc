using CdtCodes.Internal;
using System.Collections.Immutable;
using System.Globalization;
using CdtCodes.Generator.Analyzers.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace CdtCodes.Generator.Analyzers;

/// <summary>
/// CDT004 (deleted in or before the target edition) and CDT005 (added after it). The target edition is
/// <c>build_property.CdtCodesTargetEdition</c> when the project sets it, else the catalog's CdtConstants(TargetEdition).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class EditionAnalyzer : CdtUsageAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(UsageDescriptors.DeletedCode, UsageDescriptors.NotYetAddedCode);

    /// <inheritdoc />
    private protected override void Register(CompilationStartAnalysisContext start, CdtSymbols symbols, int targetEditionOverride)
    {
        start.RegisterOperationAction(c => Analyze(c, symbols, targetEditionOverride), OperationKind.FieldReference, OperationKind.Literal);
    }

    /// <summary>The edition in force for a code, and whether it is deleted there (CDT010 defers to CDT004 then).</summary>
    internal static bool IsDeletedIn(CodeRules rules, int targetEditionOverride)
    {
        int edition = rules.EditionFor(targetEditionOverride);
        return edition > 0 && rules.DeletedIn > 0 && rules.DeletedIn <= edition;
    }

    private static void Analyze(OperationAnalysisContext context, CdtSymbols symbols, int targetEditionOverride)
    {
        CodeRules? rules = CodeUse.Find(context.Operation, symbols);
        if (rules == null)
        {
            return;
        }

        int edition = rules.EditionFor(targetEditionOverride);
        if (edition <= 0)
        {
            return;
        }

        if (rules.DeletedIn > 0 && rules.DeletedIn <= edition)
        {
            // The generator's [Obsolete(DiagnosticId = "CDT004")] already makes the compiler report each reference.
            if (context.Operation is IFieldReferenceOperation && rules.CompilerReportsDeletion)
            {
                return;
            }

            string suggestion = string.Empty;
            ImmutableDictionary<string, string?>? properties = null;
            if (rules.ReplacedBy.Length == 1)
            {
                string replacement = rules.ReplacedBy[0];
                suggestion = CdtRuleText.UseInstead(replacement);
                properties = CdtSymbols.FixProperties(replacement, symbols.FindConstant(replacement, rules.Catalog));
            }
            else if (rules.ReplacedBy.Length > 1)
            {
                suggestion = CdtRuleText.UseOneOf(rules.ReplacedBy);
            }

            context.ReportDiagnostic(Diagnostic.Create(
                UsageDescriptors.DeletedCode,
                context.Operation.Syntax.GetLocation(),
                properties,
                rules.Code,
                rules.DeletedIn.ToString(CultureInfo.InvariantCulture),
                suggestion));
        }
        else if (rules.AddedIn > edition)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                UsageDescriptors.NotYetAddedCode,
                context.Operation.Syntax.GetLocation(),
                rules.Code,
                rules.AddedIn.ToString(CultureInfo.InvariantCulture),
                edition.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
