using System;

namespace CdtCodes;

/// <summary>
/// Settings for a <see cref="CdtValidator"/>. The validator takes a copy when it is created, so changing the options
/// afterwards does not change a validator already made.
/// </summary>
public sealed class CdtValidationOptions
{
    /// <summary>The default cap on listed findings per visit.</summary>
    public const int DefaultMaxFindingsPerVisit = 1000;

    private readonly CdtSeverity?[] _severities;

    /// <summary>Creates options with every rule at its default severity.</summary>
    public CdtValidationOptions()
    {
        _severities = new CdtSeverity?[CdtValidationRules.Count];
        for (int i = 0; i < _severities.Length; i++)
        {
            _severities[i] = CdtValidationRules.All[i].DefaultSeverity;
        }
    }

    private CdtValidationOptions(CdtValidationOptions other)
    {
        _severities = (CdtSeverity?[])other._severities.Clone();
        DefaultEdition = other.DefaultEdition;
        MaxFindingsPerVisit = other.MaxFindingsPerVisit;
    }

    /// <summary>
    /// The edition for visits without a date of service. Null (the default) means such visits are not judged by
    /// edition at all: no CDT004, CDT005 or CDT006, since guessing "today" would make old data fail tomorrow. A visit's
    /// own date of service always wins.
    /// </summary>
    public CdtEdition? DefaultEdition { get; set; }

    /// <summary>
    /// The most findings listed per visit (default 1000); further findings are counted in
    /// <see cref="CdtValidationResult.OmittedFindings"/>, so a million bad lines cannot exhaust memory. Values below 0
    /// count as 0 (list none, count all).
    /// </summary>
    public int MaxFindingsPerVisit { get; set; } = DefaultMaxFindingsPerVisit;

    /// <summary>
    /// The default severity of a rule at run time: CDT012 (malformed code) is an error, because such a line cannot be
    /// billed or even judged; every other rule is a warning, as in the analyzer. CDT011 (unknown code) stays a warning
    /// because a catalog may hold only part of the code set (the starter set).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not a rule ID.</exception>
    public static CdtSeverity GetDefaultSeverity(string ruleId) => CdtValidationRules.All[IndexOf(ruleId)].DefaultSeverity;

    /// <summary>Sets a rule's severity (and enables it if it was disabled).</summary>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not a rule ID or <paramref name="severity"/> is not defined.</exception>
    public CdtValidationOptions SetSeverity(string ruleId, CdtSeverity severity)
    {
        if (severity < CdtSeverity.Info || severity > CdtSeverity.Error)
        {
            throw new ArgumentException("Unknown severity.", nameof(severity));
        }

        _severities[IndexOf(ruleId)] = severity;
        return this;
    }

    /// <summary>Turns a rule off: the validator neither checks nor reports it.</summary>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not a rule ID.</exception>
    public CdtValidationOptions Disable(string ruleId)
    {
        _severities[IndexOf(ruleId)] = null;
        return this;
    }

    /// <summary>A rule's severity, or null when it is disabled.</summary>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not a rule ID.</exception>
    public CdtSeverity? GetSeverity(string ruleId) => _severities[IndexOf(ruleId)];

    internal CdtSeverity? GetSeverity(int rule) => _severities[rule];

    internal CdtValidationOptions Clone() => new CdtValidationOptions(this);

    private static int IndexOf(string ruleId)
    {
        int index = CdtValidationRules.IndexOf(ruleId);
        if (index < 0)
        {
            throw new ArgumentException("Unknown rule ID '" + ruleId + "'; expected CDT001–CDT008 or CDT010–CDT012.", nameof(ruleId));
        }

        return index;
    }
}
