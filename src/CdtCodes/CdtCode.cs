using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using CdtCodes.Internal;

namespace CdtCodes;

/// <summary>
/// One CDT code with everything the definitions say about it: name, category, companion content (when to use,
/// documentation checklist, billing notes, FAQ), shape, edition history, rule data and related codes. Immutable.
/// Instances come from a generated <c>CdtCatalog</c>; the constructor is public so generated code in any project can
/// build them.
/// </summary>
public sealed class CdtCode : IEquatable<CdtCode>
{
    private static readonly ReadOnlyCollection<string> NoStrings = Array.AsReadOnly(Array.Empty<string>());
    private static readonly ReadOnlyCollection<CdtFaqEntry> NoFaq = Array.AsReadOnly(Array.Empty<CdtFaqEntry>());
    private static readonly ReadOnlyCollection<CdtRelation> NoRelations = Array.AsReadOnly(Array.Empty<CdtRelation>());
    private static readonly ReadOnlyCollection<CdtExclusion> NoExclusions = Array.AsReadOnly(Array.Empty<CdtExclusion>());
    private static readonly ReadOnlyCollection<int> NoYears = Array.AsReadOnly(Array.Empty<int>());

    /// <summary>Creates an entry. Arrays are taken over, not copied: do not change them afterwards.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not "D" and four digits.</exception>
    public CdtCode(
        string code,
        string name,
        string? subcategory = null,
        string? summary = null,
        string[]? whenToUse = null,
        string[]? notFor = null,
        string[]? documentation = null,
        string[]? billingNotes = null,
        string[]? denialReasons = null,
        CdtFaqEntry[]? faq = null,
        TreatmentArea treatmentArea = TreatmentArea.Unspecified,
        bool alsoAllowsToothRange = false,
        int minSurfaces = 0,
        int maxSurfaces = 0,
        bool byReport = false,
        bool isProsthesis = false,
        int addedIn = 0,
        int deletedIn = 0,
        string[]? replacedBy = null,
        int[]? revisedIn = null,
        EncounterMode encounterMode = EncounterMode.Unspecified,
        bool isAddOn = false,
        string[]? reportedWith = null,
        CdtExclusion[]? exclusiveWith = null,
        int maxPerDate = 0,
        CdtRelation[]? relations = null,
        bool isStarter = false)
    {
        if (!CdtCodeSyntax.IsWellFormed(code))
        {
            throw new ArgumentException("A CDT code is \"D\" followed by four digits.", nameof(code));
        }

        Code = code;
        Number = CdtCodeSyntax.GetNumber(code);
        Category = (CdtCategory)CdtCodeSyntax.GetCategoryNumber(Number);
        Name = name ?? throw new ArgumentNullException(nameof(name));
        Subcategory = subcategory ?? string.Empty;
        Summary = summary ?? string.Empty;
        WhenToUse = Wrap(whenToUse, NoStrings);
        NotFor = Wrap(notFor, NoStrings);
        Documentation = Wrap(documentation, NoStrings);
        BillingNotes = Wrap(billingNotes, NoStrings);
        DenialReasons = Wrap(denialReasons, NoStrings);
        Faq = Wrap(faq, NoFaq);
        TreatmentArea = treatmentArea;
        AlsoAllowsToothRange = alsoAllowsToothRange;
        MinSurfaces = minSurfaces;
        MaxSurfaces = maxSurfaces;
        ByReport = byReport;
        IsProsthesis = isProsthesis;
        AddedIn = addedIn > 0 ? new CdtEdition(addedIn) : (CdtEdition?)null;
        DeletedIn = deletedIn > 0 ? new CdtEdition(deletedIn) : (CdtEdition?)null;
        ReplacedBy = Wrap(replacedBy, NoStrings);
        RevisedIn = Wrap(revisedIn, NoYears);
        EncounterMode = encounterMode;
        IsAddOn = isAddOn || (reportedWith != null && reportedWith.Length > 0);
        ReportedWith = Wrap(reportedWith, NoStrings);
        ExclusiveWith = Wrap(exclusiveWith, NoExclusions);
        MaxPerDate = maxPerDate;
        Relations = Wrap(relations, NoRelations);
        IsStarter = isStarter;
    }

    /// <summary>The code, e.g. "D9995".</summary>
    public string Code { get; }

    /// <summary>The code's number, 0–9999 (D9995 → 9995).</summary>
    public int Number { get; }

    /// <summary>The category of service, from the number range.</summary>
    public CdtCategory Category { get; }

    /// <summary>A short name in the definitions' own words (not the ADA descriptor).</summary>
    public string Name { get; }

    /// <summary>The subcategory heading; empty when not given.</summary>
    public string Subcategory { get; }

    /// <summary>What the code is for, in a few sentences; empty when not given.</summary>
    public string Summary { get; }

    /// <summary>Situations the code fits.</summary>
    public IReadOnlyList<string> WhenToUse { get; }

    /// <summary>Situations the code does not fit (often with the code that does).</summary>
    public IReadOnlyList<string> NotFor { get; }

    /// <summary>A documentation checklist a clinician can follow.</summary>
    public IReadOnlyList<string> Documentation { get; }

    /// <summary>Billing notes specific to this code.</summary>
    public IReadOnlyList<string> BillingNotes { get; }

    /// <summary>Common reasons a claim line with this code is denied.</summary>
    public IReadOnlyList<string> DenialReasons { get; }

    /// <summary>Frequently asked questions.</summary>
    public IReadOnlyList<CdtFaqEntry> Faq { get; }

    /// <summary>Where in the mouth the code is reported.</summary>
    public TreatmentArea TreatmentArea { get; }

    /// <summary>For arch or quadrant codes: a tooth or tooth range may be given too.</summary>
    public bool AlsoAllowsToothRange { get; }

    /// <summary>For surface codes: the fewest surfaces the code covers; 0 when not stated.</summary>
    public int MinSurfaces { get; }

    /// <summary>For surface codes: the most surfaces the code covers; 0 when not stated.</summary>
    public int MaxSurfaces { get; }

    /// <summary>The code needs a narrative ("by report").</summary>
    public bool ByReport { get; }

    /// <summary>A crown, bridge or denture: claims ask whether it is an initial placement or a replacement.</summary>
    public bool IsProsthesis { get; }

    /// <summary>The edition that added the code, when known.</summary>
    public CdtEdition? AddedIn { get; }

    /// <summary>The edition that deleted the code, or null for a live code.</summary>
    public CdtEdition? DeletedIn { get; }

    /// <summary>The codes that took over a deleted code's use (may be empty: some deletions have no successor).</summary>
    public IReadOnlyList<string> ReplacedBy { get; }

    /// <summary>Edition years in which the code's wording or meaning was revised.</summary>
    public IReadOnlyList<int> RevisedIn { get; }

    /// <summary>The encounter mode the code stands for (teledentistry), or <see cref="CdtCodes.EncounterMode.Unspecified"/>.</summary>
    public EncounterMode EncounterMode { get; }

    /// <summary>An add-on: reported only in addition to another procedure on the same date.</summary>
    public bool IsAddOn { get; }

    /// <summary>For an add-on: the codes it must accompany; empty means any other procedure.</summary>
    public IReadOnlyList<string> ReportedWith { get; }

    /// <summary>Codes not reported with this one on the same date.</summary>
    public IReadOnlyList<CdtExclusion> ExclusiveWith { get; }

    /// <summary>How many times the code may be reported per date of service; 0 when not limited.</summary>
    public int MaxPerDate { get; }

    /// <summary>Typed edges to other codes, as the definitions state them.</summary>
    public IReadOnlyList<CdtRelation> Relations { get; }

    /// <summary>True when the entry comes from the package's starter set rather than the user's definitions.</summary>
    public bool IsStarter { get; }

    /// <summary>True when the code was deleted in or before <paramref name="edition"/>.</summary>
    public bool IsDeletedIn(CdtEdition edition) => DeletedIn.HasValue && DeletedIn.Value <= edition;

    /// <summary>True when <paramref name="edition"/> is before the edition that added the code.</summary>
    public bool IsNotYetIn(CdtEdition edition) => AddedIn.HasValue && edition < AddedIn.Value;

    /// <summary>True when the code is valid for a date of service (added on or before it, not yet deleted).</summary>
    public bool IsValidOn(DateTime dateOfService)
    {
        var edition = CdtEdition.ForDateOfService(dateOfService);
        return !IsNotYetIn(edition) && !IsDeletedIn(edition);
    }

    /// <summary>Entries are equal when their codes are (ordinal).</summary>
    public bool Equals(CdtCode? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CdtCode);

    /// <inheritdoc />
    public override int GetHashCode() => Number;

    /// <summary>"D9995 Teledentistry, live encounter".</summary>
    public override string ToString() => Code + " " + Name;

    private static ReadOnlyCollection<T> Wrap<T>(T[]? items, ReadOnlyCollection<T> empty) =>
        items == null || items.Length == 0 ? empty : Array.AsReadOnly(items);
}
