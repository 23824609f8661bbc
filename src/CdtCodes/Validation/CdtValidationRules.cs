using CdtCodes.Internal;

namespace CdtCodes;

/// <summary>The rule table: ID, title, message format and run-time default severity, indexed by a small number.</summary>
internal static class CdtValidationRules
{
    public const int CDT001 = 0;
    public const int CDT002 = 1;
    public const int CDT003 = 2;
    public const int CDT004 = 3;
    public const int CDT005 = 4;
    public const int CDT006 = 5;
    public const int CDT007 = 6;
    public const int CDT008 = 7;
    public const int CDT010 = 8;
    public const int CDT011 = 9;
    public const int CDT012 = 10;
    public const int Count = 11;

    public static readonly Rule[] All =
    {
        new Rule(CdtRuleIds.EncounterModeMismatch, CdtRuleText.CDT001Title, CdtRuleText.CDT001Message, CdtSeverity.Warning),
        new Rule(CdtRuleIds.AddOnWithoutProcedure, CdtRuleText.CDT002Title, CdtRuleText.CDT002Message, CdtSeverity.Warning),
        new Rule(CdtRuleIds.ExclusiveCodes, CdtRuleText.CDT003Title, CdtRuleText.CDT003Message, CdtSeverity.Warning),
        new Rule(CdtRuleIds.DeletedCode, CdtRuleText.CDT004Title, CdtRuleText.CDT004Message, CdtSeverity.Warning),
        new Rule(CdtRuleIds.NotYetAddedCode, CdtRuleText.CDT005Title, CdtRuleText.CDT005Message, CdtSeverity.Warning),
        new Rule(CdtRuleIds.SameDayExclusion, CdtRuleText.CDT006Title, CdtRuleText.CDT006Message, CdtSeverity.Warning),
        new Rule(CdtRuleIds.TreatmentAreaMismatch, CdtRuleText.CDT007Title, CdtRuleText.CDT007Message, CdtSeverity.Warning),
        new Rule(CdtRuleIds.ByReportWithoutNarrative, CdtRuleText.CDT008Title, CdtRuleText.CDT008Message, CdtSeverity.Warning),
        // Compile-time only (a raw literal in source); listed so its severity can be set without an error.
        new Rule(CdtRuleIds.RawLiteral, CdtRuleText.CDT010Title, CdtRuleText.CDT010Message, CdtSeverity.Info),
        new Rule(CdtRuleIds.UnknownCode, CdtRuleText.CDT011Title, CdtRuleText.CDT011Message, CdtSeverity.Warning),
        new Rule(CdtRuleIds.MalformedCode, CdtRuleText.CDT012Title, CdtRuleText.CDT012Message, CdtSeverity.Error),
    };

    public static int IndexOf(string? ruleId)
    {
        if (ruleId != null)
        {
            for (int i = 0; i < All.Length; i++)
            {
                if (string.Equals(All[i].Id, ruleId, System.StringComparison.Ordinal))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    internal sealed class Rule
    {
        public Rule(string id, string title, string format, CdtSeverity defaultSeverity)
        {
            Id = id;
            Title = title;
            Format = format;
            DefaultSeverity = defaultSeverity;
        }

        public string Id { get; }

        public string Title { get; }

        public string Format { get; }

        public CdtSeverity DefaultSeverity { get; }
    }
}
