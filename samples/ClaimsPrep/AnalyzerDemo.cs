// =====================================================================================================================
// ANALYZER DEMO: DELIBERATE MISUSE. Nothing here is called by the app.
//
// Every member below codes a visit wrongly on purpose, so that `dotnet build` shows the CdtCodes analyzer at work:
//
//   AnalyzerDemo.cs(..): warning CDT001: D9996 (asynchronous) used in a synchronous context ...
//   AnalyzerDemo.cs(..): warning CDT002, CDT004, CDT010 ...
//
// In an IDE the same warnings are squiggles, and the light bulb offers the fix (D9996 -> D9995, the replacement of a
// deleted code, the constant for a literal). /*!CDTnnn*/ marks where each warning points; the package tests check
// that the build reports exactly these. Delete this file and the build is clean.
// =====================================================================================================================
using CdtCodes;

namespace ClaimsPrep;

internal static class AnalyzerDemo
{
    // CDT001: the live-video arm returns the store-and-forward code. A live consult is D9995.
    public static string TeledentistryCode(VisitKind kind) => kind switch
    {
        VisitKind.LiveVideoConsult => /*!CDT001*/Cdt.D9996,
        VisitKind.PhotoReview => Cdt.D9996,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    // CDT002: teledentistry is an add-on: it names how a service was delivered and is never billed alone.
    public static CdtVisit PhotoReviewWithoutTheReview() =>
        new CdtVisit(EncounterMode.Asynchronous) { /*!CDT002*/Cdt.D9996 };

    // CDT004: D2941 was deleted in CDT 2025 (this project targets 2025); its replacement is D2940.
    public static CdtClaimLine InterimRestoration() => new CdtClaimLine(/*!CDT004*/"D2941", tooth: "K");

    // CDT010: a raw literal where the generated constant exists (Cdt.D0120); a typo here would compile silently.
    public static CdtClaimLine PeriodicEvaluation() => new CdtClaimLine(/*!CDT010*/"D0120");
}
