using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace CdtCodes;

/// <summary>The findings for one visit.</summary>
public sealed class CdtValidationResult
{
    private static readonly ReadOnlyCollection<CdtFinding> NoFindings = Array.AsReadOnly(Array.Empty<CdtFinding>());

    internal CdtValidationResult(
        CdtVisit? visit,
        int visitIndex,
        CdtEdition? edition,
        List<CdtFinding>? findings,
        int omittedFindings,
        bool hasErrors,
        bool hasWarnings)
    {
        Visit = visit;
        VisitIndex = visitIndex;
        Edition = edition;
        Findings = findings == null || findings.Count == 0 ? NoFindings : findings.AsReadOnly();
        OmittedFindings = omittedFindings;
        HasErrors = hasErrors;
        HasWarnings = hasWarnings;
    }

    /// <summary>The visit judged; null for a null entry of a batch.</summary>
    public CdtVisit? Visit { get; }

    /// <summary>The visit's <see cref="CdtVisit.Id"/>.</summary>
    public string? VisitId => Visit?.Id;

    /// <summary>The visit's position in the batch (0 for a single visit).</summary>
    public int VisitIndex { get; }

    /// <summary>
    /// The CDT edition the visit was judged by: its date of service's, else the options' default edition; null when
    /// neither is known (then no edition rule ran).
    /// </summary>
    public CdtEdition? Edition { get; }

    /// <summary>
    /// The findings, ordered by line, then rule ID. At most <see cref="CdtValidationOptions.MaxFindingsPerVisit"/>;
    /// <see cref="OmittedFindings"/> counts the rest.
    /// </summary>
    public IReadOnlyList<CdtFinding> Findings { get; }

    /// <summary>Findings found beyond the cap and not listed (they still count for <see cref="HasErrors"/> and <see cref="HasWarnings"/>).</summary>
    public int OmittedFindings { get; }

    /// <summary>True when any finding (listed or omitted) is an error.</summary>
    public bool HasErrors { get; }

    /// <summary>True when any finding (listed or omitted) is a warning.</summary>
    public bool HasWarnings { get; }

    /// <summary>True when there is no error and no warning (info findings may remain).</summary>
    public bool IsValid => !HasErrors && !HasWarnings;
}
