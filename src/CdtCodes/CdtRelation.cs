using System;

namespace CdtCodes;

/// <summary>A typed edge from one code to another in the related-code graph.</summary>
public sealed class CdtRelation
{
    /// <summary>Creates an edge.</summary>
    /// <param name="kind">What the edge means.</param>
    /// <param name="code">The target code.</param>
    /// <param name="note">One line in plain words (for <see cref="CdtRelationKind.ConfusedWith"/>: how the two differ).</param>
    /// <param name="when">For <see cref="CdtRelationKind.UseInstead"/>: the encounter mode under which the target is right.</param>
    public CdtRelation(CdtRelationKind kind, string code, string? note = null, EncounterMode when = EncounterMode.Unspecified)
    {
        Kind = kind;
        Code = code ?? throw new ArgumentNullException(nameof(code));
        Note = note ?? string.Empty;
        When = when;
    }

    /// <summary>What the edge means.</summary>
    public CdtRelationKind Kind { get; }

    /// <summary>The target code.</summary>
    public string Code { get; }

    /// <summary>One line in plain words; empty when the definition gives none.</summary>
    public string Note { get; }

    /// <summary>The condition of a <see cref="CdtRelationKind.UseInstead"/> edge, or <see cref="EncounterMode.Unspecified"/>.</summary>
    public EncounterMode When { get; }

    /// <inheritdoc />
    public override string ToString() => Kind + " " + Code;
}

/// <summary>A question and answer from a code's companion FAQ.</summary>
public sealed class CdtFaqEntry
{
    /// <summary>Creates an FAQ entry.</summary>
    public CdtFaqEntry(string question, string answer)
    {
        Question = question ?? throw new ArgumentNullException(nameof(question));
        Answer = answer ?? throw new ArgumentNullException(nameof(answer));
    }

    /// <summary>The question.</summary>
    public string Question { get; }

    /// <summary>The answer.</summary>
    public string Answer { get; }
}

/// <summary>
/// Codes that must not be reported with the owning code on the same date of service, optionally only in a range of
/// editions (e.g. a same-day exclusion a descriptor added in one edition).
/// </summary>
public sealed class CdtExclusion
{
    /// <summary>Creates an exclusion.</summary>
    /// <param name="codes">The excluded codes.</param>
    /// <param name="fromEdition">First edition (year) it applies in; 0 for every edition up to <paramref name="toEdition"/>.</param>
    /// <param name="toEdition">Last edition (year) it applies in; 0 for every edition from <paramref name="fromEdition"/> on.</param>
    /// <param name="note">Why, in one line.</param>
    public CdtExclusion(string[] codes, int fromEdition = 0, int toEdition = 0, string? note = null)
    {
        Codes = Array.AsReadOnly(codes ?? throw new ArgumentNullException(nameof(codes)));
        FromEdition = fromEdition;
        ToEdition = toEdition;
        Note = note ?? string.Empty;
    }

    /// <summary>The excluded codes.</summary>
    public System.Collections.Generic.IReadOnlyList<string> Codes { get; }

    /// <summary>First edition year it applies in, or 0 for no lower bound.</summary>
    public int FromEdition { get; }

    /// <summary>Last edition year it applies in, or 0 for no upper bound.</summary>
    public int ToEdition { get; }

    /// <summary>True when the exclusion is limited to a range of editions (rule CDT006 rather than CDT003).</summary>
    public bool IsEditionBound => FromEdition != 0 || ToEdition != 0;

    /// <summary>Why, in one line; empty when the definition gives none.</summary>
    public string Note { get; }

    /// <summary>Whether the exclusion applies in an edition.</summary>
    public bool AppliesIn(CdtEdition edition) =>
        (FromEdition == 0 || edition.Year >= FromEdition) && (ToEdition == 0 || edition.Year <= ToEdition);
}
