using CdtCodes;

namespace ClaimsPrep;

/// <summary>How a visit at the practice took place. The attributes tell the CdtCodes analyzer which teledentistry
/// code fits each kind, so a wrong code in a switch arm is a build warning (see AnalyzerDemo.cs).</summary>
internal enum VisitKind
{
    [EncounterContext(EncounterMode.InPerson)]
    InOffice,

    /// <summary>The dentist and the patient talk on a live video call.</summary>
    [EncounterContext(EncounterMode.Synchronous)]
    LiveVideoConsult,

    /// <summary>The patient (or a hygienist on site) sends photos and a history; the dentist reviews them later.</summary>
    [EncounterContext(EncounterMode.Asynchronous)]
    PhotoReview,
}

internal static class ClaimCoder
{
    /// <summary>The delivery-mode code a teledentistry visit adds to its claim, or null for an office visit.</summary>
    public static string? TeledentistryCode(VisitKind kind) => kind switch
    {
        VisitKind.LiveVideoConsult => Cdt.D9995,
        VisitKind.PhotoReview => Cdt.D9996,
        _ => null,
    };
}
