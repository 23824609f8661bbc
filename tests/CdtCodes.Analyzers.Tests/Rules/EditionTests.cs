using CdtCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using static CdtCodes.Tests.Infrastructure.AnalyzerHarness;

namespace CdtCodes.Tests.Rules;

/// <summary>CDT004 (deleted in the target edition) and CDT005 (added after it).</summary>
public class EditionTests
{
    private static readonly string[] Ids = [CdtRuleIds.DeletedCode, CdtRuleIds.NotYetAddedCode, CdtRuleIds.RawLiteral];

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT004_on_references_and_code_literals(CatalogMode mode) => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static string Code => {|CDT004:Cdt.D2941|};
            public static string Old => {|CDT004:Dental.Cdt.D0351|};

            public static void Run(string code)
            {
                Api.Code({|CDT004:"D2941"|});
                _ = new CdtVisit { Cdt.D0120, {|CDT004:Cdt.D2941|} };
                if (code == {|CDT004:Cdt.D2941|}) { }
                // Not a code position, not a reference, or just its name.
                string text = "D2941 was deleted";
                _ = nameof(Cdt.D2941);
            }
        }
        """), Ids, mode);

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public async Task CDT004_left_to_the_compiler_when_the_constant_is_Obsolete_with_the_id(CatalogMode mode)
    {
        var catalog = new CatalogOptions(ObsoleteWithDiagnosticId: true);
        const string body = """
            public static class Billing
            {
                public static string Code => Cdt.D2941;
                public static void Run() => Api.Code({|CDT004:"D2941"|});
            }
            """;
        await VerifyAsync(TestApi.With(body), Ids, mode, catalog);

        var (source, _) = Markup.Parse(TestApi.With(body));
        var compiler = CreateCompilation(source, mode, catalog).GetDiagnostics().Where(d => d.Id == "CDT004").ToList();
        var reported = Assert.Single(compiler);
        Assert.Equal(DiagnosticSeverity.Warning, reported.Severity);
    }

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT004_not_before_the_deleting_edition(CatalogMode mode) => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static string Code => Cdt.D2941;
        }
        """), Ids, mode, new CatalogOptions(TargetEdition: 2024));

    [Fact]
    public Task CDT004_project_edition_overrides_the_catalog() => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static string Code => Cdt.D2941;
            public static string Old => {|CDT004:Cdt.D0351|};
        }
        """), Ids, globalOptions: TestOptionsProvider.TargetEdition(2024));

    [Fact]
    public Task No_edition_no_edition_rules() => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static string[] Codes => [Cdt.D2941, Cdt.D0801];
        }
        """), Ids, catalog: new CatalogOptions(TargetEdition: 0));

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT005_from_the_catalog_edition(CatalogMode mode) => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static string Code => {|CDT005:Cdt.D0801|};
            public static void Run() => Api.Code({|CDT005:{|CDT010:"D0801"|}|});
        }
        """), Ids, mode, new CatalogOptions(TargetEdition: 2022));

    [Fact]
    public Task CDT005_from_the_project_edition() => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static string Code => {|CDT005:Cdt.D0801|};
            public static string Live => Cdt.D0120;
        }
        """), Ids, globalOptions: TestOptionsProvider.TargetEdition(2022));

    [Theory]
    [InlineData("")]
    [InlineData("not a year")]
    [InlineData("-1")]
    public Task A_broken_project_edition_falls_back_to_the_catalog(string value) => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static string Code => {|CDT004:Cdt.D2941|};
        }
        """), Ids, globalOptions: new Dictionary<string, string> { ["build_property.CdtCodesTargetEdition"] = value });

    [Fact]
    public async Task Messages()
    {
        var source = TestApi.With("""
            public static class Billing
            {
                public static string[] Codes => [Cdt.D2941, Cdt.D0351];
                public static string New => Cdt.D0801;
            }
            """);
        var deleted = await GetAsync(source, CdtRuleIds.DeletedCode, globalOptions: TestOptionsProvider.TargetEdition(2025));
        Assert.Equal(
            ["D2941 was deleted in CDT 2025. Use D2940 instead.",
             "D0351 was deleted in CDT 2023. Use D0801, D0802, D0803 or D0804 instead."],
            deleted.Select(d => d.GetMessage()));
        Assert.Equal("D2940", deleted[0].Properties["Code"]);
        Assert.Equal("D2940", deleted[0].Properties["ConstantName"]);
        Assert.False(deleted[1].Properties.ContainsKey("Code"));

        var added = await GetAsync(source, CdtRuleIds.NotYetAddedCode, globalOptions: TestOptionsProvider.TargetEdition(2022));
        Assert.Equal(["D0801 was added in CDT 2023 and does not exist in CDT 2022."], added.Select(d => d.GetMessage()));
    }
}

/// <summary>A class marked [CdtConstants] without the assembly-level CdtCatalog registration.</summary>
public class UnregisteredCatalogTests
{
    private const string Catalog = """
        namespace Mine
        {
            [CdtCodes.Rules.CdtConstants(TargetEdition = 2025)]
            public static class Codes
            {
                [CdtCodes.Rules.Deleted(2025, "D2940")]
                public const string D2941 = "D2941";
                public const string D2940 = "D2940";
                [CdtCodes.Rules.Encounter(CdtCodes.EncounterMode.Asynchronous)]
                [CdtCodes.Rules.ReportedWith]
                public const string D9996 = "D9996";
            }
        }

        """;

    [Fact]
    public Task References_are_judged_by_the_constants_attribute() => AnalyzerHarness.VerifyAsync(TestApi.Source.Replace("using Dental;", "") + Catalog + """
        [EncounterContext(EncounterMode.Synchronous)]
        public static class Billing
        {
            public static string Old => {|CDT004:Mine.Codes.D2941|};
            public static CdtVisit Visit() => new CdtVisit { {|CDT001:{|CDT002:Mine.Codes.D9996|}|} };
            // Literals need a registered catalog to be known; with none visible there is no CDT011 either.
            public static void Literal() => Api.Code("D2941");
        }
        """, [CdtRuleIds.DeletedCode, CdtRuleIds.EncounterModeMismatch, CdtRuleIds.AddOnWithoutProcedure, CdtRuleIds.RawLiteral, CdtRuleIds.UnknownCode], CatalogMode.None);
}
