using CdtCodes.Internal;
using Microsoft.CodeAnalysis;

namespace CdtCodes.Generator.Analyzers;

/// <summary>
/// The usage rules CDT001–CDT012 (design.md §6). Titles and messages are the runtime validator's (CdtRuleText);
/// severities must match AnalyzerReleases.Unshipped.md; every help link is docs/rules/{id}.md.
/// </summary>
// RS1032 wants single-sentence messages without a final period; these are the validator's full sentences
// (CdtRuleText), shared word for word, so they keep it.
#pragma warning disable RS1032
internal static class UsageDescriptors
{
    public static readonly DiagnosticDescriptor EncounterModeMismatch = new DiagnosticDescriptor(
        UsageRuleIds.EncounterModeMismatch,
        CdtRuleText.CDT001Title,
        CdtRuleText.CDT001Message,
        UsageRuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A code defined for one encounter mode (e.g. D9996, store-and-forward) is used where the stated context is another mode (e.g. a live video visit).",
        helpLinkUri: CdtRuleLinks.HelpUri(UsageRuleIds.EncounterModeMismatch));

    public static readonly DiagnosticDescriptor AddOnWithoutProcedure = new DiagnosticDescriptor(
        UsageRuleIds.AddOnWithoutProcedure,
        CdtRuleText.CDT002Title,
        CdtRuleText.CDT002Message,
        UsageRuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An add-on code is reported only in addition to another procedure on the same date, but the procedure set written here has none.",
        helpLinkUri: CdtRuleLinks.HelpUri(UsageRuleIds.AddOnWithoutProcedure));

    public static readonly DiagnosticDescriptor ExclusiveCodes = new DiagnosticDescriptor(
        UsageRuleIds.ExclusiveCodes,
        CdtRuleText.CDT003Title,
        CdtRuleText.CDT003Message,
        UsageRuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A procedure set holds two codes that the definitions say are not reported together on one date, or a code more often than its per-date limit.",
        helpLinkUri: CdtRuleLinks.HelpUri(UsageRuleIds.ExclusiveCodes));

    public static readonly DiagnosticDescriptor DeletedCode = new DiagnosticDescriptor(
        UsageRuleIds.DeletedCode,
        CdtRuleText.CDT004Title,
        CdtRuleText.CDT004Message,
        UsageRuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The code was deleted in or before the CDT edition the project targets.",
        helpLinkUri: CdtRuleLinks.HelpUri(UsageRuleIds.DeletedCode));

    public static readonly DiagnosticDescriptor NotYetAddedCode = new DiagnosticDescriptor(
        UsageRuleIds.NotYetAddedCode,
        CdtRuleText.CDT005Title,
        CdtRuleText.CDT005Message,
        UsageRuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The code was added in a CDT edition later than the one the project targets.",
        helpLinkUri: CdtRuleLinks.HelpUri(UsageRuleIds.NotYetAddedCode));

    public static readonly DiagnosticDescriptor SameDayExclusion = new DiagnosticDescriptor(
        UsageRuleIds.SameDayExclusion,
        CdtRuleText.CDT006Title,
        CdtRuleText.CDT006Message,
        UsageRuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A procedure set holds two codes whose same-day exclusion applies in the CDT edition the project targets.",
        helpLinkUri: CdtRuleLinks.HelpUri(UsageRuleIds.SameDayExclusion));

    public static readonly DiagnosticDescriptor TreatmentAreaMismatch = new DiagnosticDescriptor(
        UsageRuleIds.TreatmentAreaMismatch,
        CdtRuleText.CDT007Title,
        CdtRuleText.CDT007Message,
        UsageRuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A claim-line call gives a tooth, surfaces or area that the code's treatment area does not take, or leaves out one it needs.",
        helpLinkUri: CdtRuleLinks.HelpUri(UsageRuleIds.TreatmentAreaMismatch));

    public static readonly DiagnosticDescriptor ByReportWithoutNarrative = new DiagnosticDescriptor(
        UsageRuleIds.ByReportWithoutNarrative,
        CdtRuleText.CDT008Title,
        CdtRuleText.CDT008Message,
        UsageRuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A by-report code is passed to a claim-line call without a narrative, or with an empty one.",
        helpLinkUri: CdtRuleLinks.HelpUri(UsageRuleIds.ByReportWithoutNarrative));

    public static readonly DiagnosticDescriptor RawLiteral = new DiagnosticDescriptor(
        UsageRuleIds.RawLiteral,
        CdtRuleText.CDT010Title,
        CdtRuleText.CDT010Message,
        UsageRuleIds.Category,
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "A string literal spells a code the catalog defines; the generated constant carries the rule data the analyzer checks.",
        helpLinkUri: CdtRuleLinks.HelpUri(UsageRuleIds.RawLiteral));

    public static readonly DiagnosticDescriptor UnknownCode = new DiagnosticDescriptor(
        UsageRuleIds.UnknownCode,
        CdtRuleText.CDT011Title,
        CdtRuleText.CDT011Message,
        UsageRuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A string literal in CDT form, where a code is expected, that no definition in the visible catalogs knows.",
        helpLinkUri: CdtRuleLinks.HelpUri(UsageRuleIds.UnknownCode));

    public static readonly DiagnosticDescriptor MalformedCode = new DiagnosticDescriptor(
        UsageRuleIds.MalformedCode,
        CdtRuleText.CDT012Title,
        CdtRuleText.CDT012Message,
        UsageRuleIds.Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A string literal where a code is expected is not \"D\" followed by four digits.",
        helpLinkUri: CdtRuleLinks.HelpUri(UsageRuleIds.MalformedCode));
}
#pragma warning restore RS1032
