using CdtCodes.Tests.Infrastructure;
using static CdtCodes.Tests.Infrastructure.AnalyzerHarness;

namespace CdtCodes.Tests.Rules;

/// <summary>CDT002, CDT003 and CDT006: one date of service written as a set of constants.</summary>
public class ProcedureSetTests
{
    private static readonly string[] Ids = [CdtRuleIds.AddOnWithoutProcedure, CdtRuleIds.ExclusiveCodes, CdtRuleIds.SameDayExclusion];

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT002_add_on_alone_in_every_set_form(CatalogMode mode) => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static void Run(EncounterMode mode)
            {
                _ = new CdtVisit(EncounterMode.Asynchronous) { {|CDT002:Cdt.D9996|} };
                _ = new CdtVisit(mode) { new CdtClaimLine({|CDT002:Cdt.D9996|}) };
                Api.Day({|CDT002:Cdt.D9995|});
                Api.Day(new[] { {|CDT002:Cdt.D9995|} });
                Api.Codes([{|CDT002:Cdt.D9996|}]);
                Api.Codes(new List<string> { {|CDT002:Cdt.D9996|} });
                Api.Lines(new List<CdtClaimLine> { new CdtClaimLine({|CDT002:Cdt.D9996|}) });
                Api.Lines([new CdtClaimLine { Code = {|CDT002:Cdt.D9996|} }]);
                _ = new Claim { Codes = new[] { {|CDT002:Cdt.D9996|} } };
                Api.Day(Cdt.D0120, {|CDT002:Cdt.D0230|});
                Api.Day({|CDT002:"D9996"|});
                CdtVisit targetTyped = new(EncounterMode.Asynchronous) { {|CDT002:Cdt.D9996|} };
                _ = new CdtVisit { EncounterMode = EncounterMode.Asynchronous, Lines = { new CdtClaimLine({|CDT002:Cdt.D9996|}) } };
            }
        }
        """), Ids, mode);

    [Fact]
    public Task CDT002_two_add_ons_accompany_nothing() => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static void Run() => Api.Day({|CDT002:Cdt.D9995|}, {|CDT002:{|CDT003:Cdt.D9996|}|});
        }
        """), Ids);

    [Fact]
    public Task CDT002_a_code_needing_its_own_companion_is_still_a_procedure() => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static void Run() => Api.Day({|CDT002:Cdt.D0230|}, Cdt.D9996);
        }
        """), Ids);

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT002_not_reported(CatalogMode mode) => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static void Run(string code, string[] others, CdtVisit visit)
            {
                // With another procedure (or the one the add-on needs).
                _ = new CdtVisit(EncounterMode.Asynchronous) { Cdt.D0140, Cdt.D9996 };
                Api.Day(Cdt.D0220, Cdt.D0230);
                Api.Day("X0001", Cdt.D9995);
                // A non-constant element, a spread or a variable: the set is not known at compile time.
                _ = new CdtVisit { code, Cdt.D9996 };
                Api.Codes([.. others, Cdt.D9996]);
                Api.Day(others);
                Api.Day(Cdt.D9996, code);
                _ = new CdtVisit { EncounterMode = EncounterMode.Asynchronous, Lines = { new CdtClaimLine(code), new CdtClaimLine(Cdt.D9996) } };
                _ = new CdtVisit { Lines = { new CdtClaimLine(Cdt.D0140), new CdtClaimLine(Cdt.D9996) } };
                // Separate statements are data flow, not a set.
                var later = new CdtVisit();
                later.Add(Cdt.D9996);
                visit.Add(Cdt.D9996);
                // Not a marked destination.
                Api.Use(new[] { Cdt.D9996 });
                string[] local = { Cdt.D9996 };
                // Empty sets.
                Api.Day();
                _ = new Claim { Codes = [] };
            }
        }
        """), Ids, mode);

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT003_exclusive_codes_and_per_date_limit(CatalogMode mode) => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static void Run()
            {
                _ = new CdtVisit { Cdt.D0140, Cdt.D9995, {|CDT003:Cdt.D9996|} };
                Api.Day(Cdt.D0140, Cdt.D9995, {|CDT003:Cdt.D9995|});
                Api.Codes([Cdt.D0140, Cdt.D9996, {|CDT003:"D9996"|}, {|CDT003:Cdt.D9996|}]);
                // Fine: one of each, or no limit on D0140.
                Api.Day(Cdt.D0140, Cdt.D0140, Cdt.D9995);
            }
        }
        """), Ids, mode);

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT006_same_day_exclusion_of_the_target_edition(CatalogMode mode) => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static void Run()
            {
                Api.Day(Cdt.D0150, {|CDT006:Cdt.D4355|});
                Api.Day(Cdt.D4355, {|CDT006:Cdt.D0180|});
                _ = new CdtVisit { Cdt.D4355, {|CDT006:Cdt.D0160|} };
                Api.Day(Cdt.D4355, Cdt.D0120);
            }
        }
        """), Ids, mode);

    [Theory]
    [InlineData(2017, CatalogMode.Source)]
    [InlineData(2017, CatalogMode.Reference)]
    [InlineData(0, CatalogMode.Source)]
    public Task CDT006_not_before_the_exclusion_applies_or_without_an_edition(int catalogEdition, CatalogMode mode) => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static void Run() => Api.Day(Cdt.D0150, Cdt.D4355);
        }
        """), Ids, mode, new CatalogOptions(TargetEdition: catalogEdition));

    [Fact]
    public Task CDT006_project_edition_overrides_the_catalog() => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static void Run() => Api.Day(Cdt.D0150, Cdt.D4355);
        }
        """), Ids, globalOptions: TestOptionsProvider.TargetEdition(2017));

    [Fact]
    public Task CDT006_project_edition_turns_it_on() => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static void Run() => Api.Day(Cdt.D0150, {|CDT006:Cdt.D4355|});
        }
        """), Ids, catalog: new CatalogOptions(TargetEdition: 0), globalOptions: TestOptionsProvider.TargetEdition(2024));

    [Fact]
    public async Task Messages()
    {
        var source = TestApi.With("""
            public static class Billing
            {
                public static void Run()
                {
                    _ = new CdtVisit { Cdt.D9996 };
                    Api.Day(Cdt.D0120, Cdt.D0230);
                    Api.Day(Cdt.D0140, Cdt.D9995, Cdt.D9996);
                    Api.Day(Cdt.D0140, Cdt.D9995, Cdt.D9995);
                    Api.Day(Cdt.D0150, Cdt.D4355);
                }
            }
            """);
        var addOns = await GetAsync(source, CdtRuleIds.AddOnWithoutProcedure);
        Assert.Equal(
            ["D9996 is reported only in addition to another procedure on the same date, and this procedure set has none.",
             "D0230 is reported only in addition to D0220, and this procedure set has none."],
            addOns.Select(d => d.GetMessage()));
        var exclusive = await GetAsync(source, CdtRuleIds.ExclusiveCodes);
        Assert.Equal(
            ["D9996 is not reported with D9995 on the same date.",
             "D9995 is not reported with itself on the same date. At most 1 per date; this date has 2."],
            exclusive.Select(d => d.GetMessage()));
        var sameDay = await GetAsync(source, CdtRuleIds.SameDayExclusion);
        Assert.Equal(
            ["D4355 is not reported on the same date as D0150 in CDT 2025. The debridement comes first; the evaluation follows at a later visit."],
            sameDay.Select(d => d.GetMessage()));
    }
}
