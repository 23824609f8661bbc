using CdtCodes.Tests.Infrastructure;
using static CdtCodes.Tests.Infrastructure.AnalyzerHarness;

namespace CdtCodes.Tests.Rules;

/// <summary>CDT007 (treatment area) and CDT008 (narrative) on claim-line calls with a constant code.</summary>
public class ClaimLineTests
{
    private static readonly string[] Ids = [CdtRuleIds.TreatmentAreaMismatch, CdtRuleIds.ByReportWithoutNarrative];

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT007_reported(CatalogMode mode) => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static object[] Lines() =>
            [
                new CdtClaimLine({|CDT007:Cdt.D2940|}),
                new CdtClaimLine({|CDT007:Cdt.D2940|}, null),
                new CdtClaimLine({|CDT007:Cdt.D2940|}, " "),
                new CdtClaimLine({|CDT007:Cdt.D2391|}, "30"),
                new CdtClaimLine({|CDT007:Cdt.D2391|}, "30", "MO"),
                new CdtClaimLine({|CDT007:Cdt.D2392|}, "30", surfaces: "O"),
                new CdtClaimLine({|CDT007:Cdt.D0120|}, "3"),
                new CdtClaimLine({|CDT007:Cdt.D9992|}, tooth: "3"),
                new CdtClaimLine({|CDT007:Cdt.D4341|}),
                new CdtClaimLine({|CDT007:Cdt.D5211|}),
                new CdtClaimLine { Code = {|CDT007:Cdt.D2940|} },
                new CdtClaimLine { Code = {|CDT007:Cdt.D0220|}, Surfaces = "O" },
                new CdtClaimLine({|CDT007:"D2940"|}),
                Api.Generic({|CDT007:Cdt.D2940|}, null, 1),
            ];

            public static void Calls()
            {
                Api.Line({|CDT007:Cdt.D2940|});
                Api.CodeAndTooth({|CDT007:Cdt.D2940|}, null);
            }
        }
        """.Replace("Api.Generic(", "(object)Api.Generic(")), Ids, mode);

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT007_not_reported(CatalogMode mode) => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static object[] Lines(string tooth, string surfaces, string code) =>
            [
                new CdtClaimLine(Cdt.D2940, "3"),
                new CdtClaimLine(Cdt.D2940, tooth),
                new CdtClaimLine(Cdt.D2391, "30", "O"),
                new CdtClaimLine(Cdt.D2392, "30", "M O"),
                new CdtClaimLine(Cdt.D2391, "30", surfaces),
                new CdtClaimLine(Cdt.D0120),
                new CdtClaimLine(Cdt.D0120, tooth),
                new CdtClaimLine(Cdt.D4341, area: "10"),
                new CdtClaimLine(Cdt.D5211, tooth: "2-5"),
                new CdtClaimLine(Cdt.D5211, tooth: tooth),
                new CdtClaimLine(Cdt.D5211, area: "01"),
                new CdtClaimLine(Cdt.D9920, narrative: "why"),
                new CdtClaimLine { Code = Cdt.D2940, Tooth = "3" },
                new CdtClaimLine(code),
                new CdtClaimLine(),
                new CdtVisit { Cdt.D2940, Cdt.D4341 },
            ];

            public static void Calls()
            {
                // Only a [CdtCode]: no slot to judge.
                Api.Code(Cdt.D2940);
                Api.CodeOnly(Cdt.D2940);
            }
        }
        """), Ids, mode);

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT008_reported_and_not(CatalogMode mode) => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static object[] Lines(string narrative) =>
            [
                new CdtClaimLine({|CDT008:Cdt.D9920|}),
                new CdtClaimLine({|CDT008:Cdt.D9920|}, narrative: "  "),
                new CdtClaimLine({|CDT008:Cdt.D9920|}, narrative: null),
                new CdtClaimLine { Code = {|CDT008:Cdt.D9920|} },
                new CdtClaimLine { Code = {|CDT008:Cdt.D9920|}, Narrative = "" },
                new CdtClaimLine(Cdt.D9920, narrative: "Patient could not tolerate treatment."),
                new CdtClaimLine(Cdt.D9920, narrative: narrative),
                new CdtClaimLine { Code = Cdt.D9920, Narrative = narrative },
                new CdtVisit { Cdt.D0120, Cdt.D9920 },
            ];

            public static void Calls()
            {
                Api.Line({|CDT008:Cdt.D9920|});
                Api.Line(Cdt.D9920, narrative: "why");
                Api.Code(Cdt.D9920);
            }
        }
        """), Ids, mode);

    [Fact]
    public async Task Messages()
    {
        var source = TestApi.With("""
            public static class Billing
            {
                public static object[] Lines() =>
                [
                    new CdtClaimLine(Cdt.D2940),
                    new CdtClaimLine(Cdt.D2391, "30"),
                    new CdtClaimLine(Cdt.D2391, "30", "MOD"),
                    new CdtClaimLine(Cdt.D2392, "30", "O"),
                    new CdtClaimLine(Cdt.D0120, "3"),
                    new CdtClaimLine(Cdt.D4341),
                    new CdtClaimLine(Cdt.D9920),
                ];
            }
            """);
        var area = await GetAsync(source, CdtRuleIds.TreatmentAreaMismatch);
        Assert.Equal(
            ["D2940 needs a tooth.", "D2391 needs surfaces.", "D2391 covers 1 surface, not 3.", "D2392 covers 2 surfaces, not 1.",
             "D0120 takes no tooth.", "D4341 needs a quadrant (10, 20, 30, 40, UR, UL, LL or LR)."],
            area.Select(d => d.GetMessage()));
        var narrative = await GetAsync(source, CdtRuleIds.ByReportWithoutNarrative);
        Assert.Equal(["D9920 is reported by report and needs a narrative."], narrative.Select(d => d.GetMessage()));
    }
}
