using CdtCodes.Tests.Infrastructure;
using static CdtCodes.Tests.Infrastructure.AnalyzerHarness;

namespace CdtCodes.Tests.Rules;

/// <summary>
/// The "done when": CDT001 on a live-visit switch arm returning Cdt.D9996, CDT002 on a visit holding D9996
/// alone, CDT004 on a deleted code, CDT010 on "D0120" passed to a marked parameter — and nothing at all (no usage
/// diagnostic of any ID) on the same code paths written correctly.
/// </summary>
public class AcceptanceTests
{
    private static readonly string[] AllIds =
    [
        CdtRuleIds.EncounterModeMismatch, CdtRuleIds.AddOnWithoutProcedure, CdtRuleIds.ExclusiveCodes, CdtRuleIds.DeletedCode,
        CdtRuleIds.NotYetAddedCode, CdtRuleIds.SameDayExclusion, CdtRuleIds.TreatmentAreaMismatch, CdtRuleIds.ByReportWithoutNarrative,
        CdtRuleIds.RawLiteral, CdtRuleIds.UnknownCode, CdtRuleIds.MalformedCode,
    ];

    private const string Prelude = """
        using CdtCodes;
        using Dental;

        public enum VisitKind
        {
            [EncounterContext(EncounterMode.Synchronous)] VideoVisit,
            [EncounterContext(EncounterMode.Asynchronous)] PhotoReview,
            Office,
        }

        public static class Claims
        {
            public static void Submit([CdtCode] string code, [CdtTooth] string? tooth = null) { }
        }

        """;

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task Written_wrong(CatalogMode mode) => VerifyAsync(Prelude + """
        public static class Billing
        {
            public static string TeledentistryCode(VisitKind kind) => kind switch
            {
                VisitKind.VideoVisit => {|CDT001:Cdt.D9996|},
                VisitKind.PhotoReview => Cdt.D9996,
                _ => Cdt.D0140,
            };

            public static CdtVisit Review() => new CdtVisit(EncounterMode.Asynchronous) { {|CDT002:Cdt.D9996|} };

            public static CdtClaimLine Interim() => new CdtClaimLine({|CDT004:Cdt.D2941|}, "30");

            public static void Periodic() => Claims.Submit({|CDT010:"D0120"|});
        }
        """, AllIds, mode);

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task Written_right(CatalogMode mode) => VerifyAsync(Prelude + """
        public static class Billing
        {
            public static string TeledentistryCode(VisitKind kind) => kind switch
            {
                VisitKind.VideoVisit => Cdt.D9995,
                VisitKind.PhotoReview => Cdt.D9996,
                _ => Cdt.D0140,
            };

            public static CdtVisit Review() => new CdtVisit(EncounterMode.Asynchronous) { Cdt.D0140, Cdt.D9996 };

            public static CdtClaimLine Interim() => new CdtClaimLine(Cdt.D2940, "30");

            public static void Periodic() => Claims.Submit(Cdt.D0120);
        }
        """, AllIds, mode);
}
