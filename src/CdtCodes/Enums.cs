namespace CdtCodes;

/// <summary>The twelve CDT categories of service, derived from the code's number range.</summary>
public enum CdtCategory
{
    /// <summary>Not a well-formed code, or a number outside every category (D0000–D0099).</summary>
    Unknown = 0,
    /// <summary>D0100–D0999.</summary>
    Diagnostic,
    /// <summary>D1000–D1999.</summary>
    Preventive,
    /// <summary>D2000–D2999.</summary>
    Restorative,
    /// <summary>D3000–D3999.</summary>
    Endodontics,
    /// <summary>D4000–D4999.</summary>
    Periodontics,
    /// <summary>D5000–D5899.</summary>
    ProsthodonticsRemovable,
    /// <summary>D5900–D5999.</summary>
    MaxillofacialProsthetics,
    /// <summary>D6000–D6199.</summary>
    ImplantServices,
    /// <summary>D6200–D6999.</summary>
    ProsthodonticsFixed,
    /// <summary>D7000–D7999.</summary>
    OralAndMaxillofacialSurgery,
    /// <summary>D8000–D8999.</summary>
    Orthodontics,
    /// <summary>D9000–D9999.</summary>
    AdjunctiveGeneralServices,
}

/// <summary>Where in the mouth a code is reported (the shape of a claim line).</summary>
public enum TreatmentArea
{
    /// <summary>The definition does not say; no area rule applies.</summary>
    Unspecified = 0,
    /// <summary>No area is reported (e.g. case management, teledentistry).</summary>
    None,
    /// <summary>The whole mouth (oral cavity area 00).</summary>
    Mouth,
    /// <summary>An arch (01 upper, 02 lower).</summary>
    Arch,
    /// <summary>A quadrant (10, 20, 30, 40).</summary>
    Quadrant,
    /// <summary>A sextant.</summary>
    Sextant,
    /// <summary>A range of teeth.</summary>
    ToothRange,
    /// <summary>One tooth.</summary>
    Tooth,
    /// <summary>One tooth and one or more of its surfaces.</summary>
    Surface,
}

/// <summary>How a patient encounter takes place.</summary>
public enum EncounterMode
{
    /// <summary>Not stated; no encounter rule applies.</summary>
    Unspecified = 0,
    /// <summary>Patient and provider in the same place.</summary>
    InPerson,
    /// <summary>Live, real-time interaction at a distance (e.g. a video consult).</summary>
    Synchronous,
    /// <summary>Records captured, stored and forwarded for later review (store-and-forward).</summary>
    Asynchronous,
}

/// <summary>The kind of an edge in the related-code graph.</summary>
public enum CdtRelationKind
{
    /// <summary>Worth knowing about together; no stronger claim.</summary>
    Related = 0,
    /// <summary>Often mistaken for each other; the note says how they differ.</summary>
    ConfusedWith,
    /// <summary>Use the target code instead, under the stated condition (e.g. an encounter mode).</summary>
    UseInstead,
    /// <summary>The source is reported together with the target on the same date.</summary>
    ReportedWith,
    /// <summary>The source was deleted and the target took over (part of) its use.</summary>
    ReplacedBy,
}
