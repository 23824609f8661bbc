using System;
using System.Collections;
using System.Collections.Generic;

namespace CdtCodes;

/// <summary>
/// One patient's procedures on one date of service: a neutral model (not X12, not a claim form) that the runtime
/// validator checks and the analyzer understands. Supports collection initializers:
/// <c>new CdtVisit(EncounterMode.Synchronous) { Cdt.D0140, Cdt.D9995 }</c>.
/// </summary>
public sealed class CdtVisit : IEnumerable<CdtClaimLine>
{
    /// <summary>Creates an empty visit with no date and no stated encounter mode.</summary>
    public CdtVisit()
    {
    }

    /// <summary>Creates an empty visit with an encounter mode.</summary>
    public CdtVisit(EncounterMode encounterMode)
    {
        EncounterMode = encounterMode;
    }

    /// <summary>Creates an empty visit on a date of service.</summary>
    public CdtVisit(DateTime dateOfService, EncounterMode encounterMode = EncounterMode.Unspecified)
    {
        DateOfService = dateOfService;
        EncounterMode = encounterMode;
    }

    /// <summary>Your own identifier (appointment, encounter), echoed in findings.</summary>
    public string? Id { get; set; }

    /// <summary>The date of service; it picks the CDT edition that governs the visit.</summary>
    public DateTime? DateOfService { get; set; }

    /// <summary>How the encounter took place.</summary>
    public EncounterMode EncounterMode { get; set; }

    /// <summary>The place-of-service code, e.g. "11" (office), "02" or "10" (telehealth).</summary>
    public string? PlaceOfService { get; set; }

    /// <summary>The claim lines of the visit.</summary>
    public IList<CdtClaimLine> Lines { get; } = new List<CdtClaimLine>();

    /// <summary>Adds a line with just a code.</summary>
    public void Add([CdtCode] string code) => Lines.Add(new CdtClaimLine(code));

    /// <summary>Adds a line.</summary>
    public void Add(CdtClaimLine line) => Lines.Add(line ?? throw new ArgumentNullException(nameof(line)));

    /// <inheritdoc />
    public IEnumerator<CdtClaimLine> GetEnumerator() => Lines.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>One procedure line of a visit.</summary>
public sealed class CdtClaimLine
{
    /// <summary>Creates an empty line (for serializers and object initializers).</summary>
    public CdtClaimLine()
    {
    }

    /// <summary>Creates a line.</summary>
    public CdtClaimLine(
        [CdtCode] string? code,
        [CdtTooth] string? tooth = null,
        [CdtSurfaces] string? surfaces = null,
        [CdtArea] string? area = null,
        int quantity = 1,
        [CdtNarrative] string? narrative = null)
    {
        Code = code;
        Tooth = tooth;
        Surfaces = surfaces;
        Area = area;
        Quantity = quantity;
        Narrative = narrative;
    }

    /// <summary>The CDT code as entered (it may be messy; the validator says so).</summary>
    [CdtCode]
    public string? Code { get; set; }

    /// <summary>The tooth (Universal numbering: 1–32, A–T; supernumerary 51–82, AS–TS), or a range "2-5".</summary>
    [CdtTooth]
    public string? Tooth { get; set; }

    /// <summary>The surfaces, e.g. "MOD" (letters M, O, I, D, B, F, L).</summary>
    [CdtSurfaces]
    public string? Surfaces { get; set; }

    /// <summary>The oral cavity area: "00" whole mouth, "01"/"02" arch, "10"/"20"/"30"/"40" quadrant (or UR/UL/LL/LR, U/L).</summary>
    [CdtArea]
    public string? Area { get; set; }

    /// <summary>How many units; 1 unless stated.</summary>
    public int Quantity { get; set; } = 1;

    /// <summary>The narrative sent with the line (needed for by-report codes).</summary>
    [CdtNarrative]
    public string? Narrative { get; set; }
}
