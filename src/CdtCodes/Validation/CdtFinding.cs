namespace CdtCodes;

/// <summary>
/// One problem the validator found in a visit: the rule (the same ID and message as the analyzer's diagnostic), how
/// serious it is, the line it concerns and, where one code is the obvious fix, that code.
/// </summary>
public sealed class CdtFinding
{
    internal CdtFinding(
        string ruleId,
        string title,
        CdtSeverity severity,
        string message,
        int lineIndex,
        string? code,
        string? relatedCode,
        string? suggestion,
        string? visitId,
        int sequence)
    {
        RuleId = ruleId;
        Title = title;
        Severity = severity;
        Message = message;
        LineIndex = lineIndex;
        Code = code;
        RelatedCode = relatedCode;
        Suggestion = suggestion;
        VisitId = visitId;
        Sequence = sequence;
    }

    /// <summary>The rule, "CDT001" … "CDT012" (see <see cref="CdtRuleIds"/>).</summary>
    public string RuleId { get; }

    /// <summary>The rule's title, as the analyzer's descriptor has it.</summary>
    public string Title { get; }

    /// <summary>How serious the finding is (the rule's default or the options' override).</summary>
    public CdtSeverity Severity { get; }

    /// <summary>What is wrong, in one or two sentences (invariant culture, the analyzer's wording).</summary>
    public string Message { get; }

    /// <summary>The index of the line in <see cref="CdtVisit.Lines"/>; -1 when the finding concerns the whole visit.</summary>
    public int LineIndex { get; }

    /// <summary>
    /// The code the finding is about: for CDT012 the text as written (it may be null, empty or very long); otherwise
    /// the well-formed code.
    /// </summary>
    public string? Code { get; }

    /// <summary>For rules about two codes (CDT003, CDT006): the other code; otherwise null.</summary>
    public string? RelatedCode { get; }

    /// <summary>The code to use instead, when there is exactly one (e.g. "D9995"); otherwise null.</summary>
    public string? Suggestion { get; }

    /// <summary>The visit's <see cref="CdtVisit.Id"/>.</summary>
    public string? VisitId { get; }

    /// <summary>The rule's documentation page.</summary>
    public string HelpUri => Internal.CdtRuleLinks.HelpUri(RuleId);

    /// <summary>Order of discovery, the last sort key.</summary>
    internal int Sequence { get; }

    /// <summary>"CDT004 warning line 2: D2941 was deleted in CDT 2025. Use D2940 instead." (line numbers from 1).</summary>
    public override string ToString() =>
        RuleId + " " + Severity.ToString().ToLowerInvariant() +
        (LineIndex >= 0 ? " line " + (LineIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty) +
        ": " + Message;
}
