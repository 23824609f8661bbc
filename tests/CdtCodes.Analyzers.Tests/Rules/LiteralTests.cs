using CdtCodes.Tests.Infrastructure;
using static CdtCodes.Tests.Infrastructure.AnalyzerHarness;

namespace CdtCodes.Tests.Rules;

/// <summary>CDT010 (known code as a literal), CDT011 (unknown code), CDT012 (malformed code).</summary>
public class LiteralTests
{
    private static readonly string[] Ids = [CdtRuleIds.RawLiteral, CdtRuleIds.UnknownCode, CdtRuleIds.MalformedCode];

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT010_in_every_code_position(CatalogMode mode) => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            [CdtCode] private const string Default = {|CDT010:"D0120"|};

            public static int Run([CdtCode] string code, CdtClaimLine line)
            {
                Api.Code({|CDT010:"D0120"|});
                Api.Code(@{|CDT010:"D0120"|}.Trim());
                Api.Code({|CDT010:@"D0120"|});
                Api.Code(code: {|CDT010:"D0120"|});
                Api.Day({|CDT010:"D0140"|}, {|CDT010:"D9995"|});
                Api.Codes([{|CDT010:"D0140"|}]);
                Api.Codes(new List<string> { {|CDT010:"D0140"|} });
                Api.Codes(new[] { {|CDT010:"D0140"|} });
                _ = new CdtVisit { {|CDT010:"D0120"|} };
                _ = new CdtClaimLine({|CDT010:"D0120"|});
                _ = new CdtClaimLine { Code = {|CDT010:"D0120"|} };
                _ = new Claim { Primary = {|CDT010:"D0120"|}, Secondary = {|CDT010:"D0140"|}, Codes = [{|CDT010:"D0150"|}] };
                line.Code = {|CDT010:"D0120"|};
                if (code == {|CDT010:"D0120"|} || {|CDT010:"D0140"|} != line.Code || Cdt.D0120 == {|CDT010:"D0120"|}) { }
                if (line is { Code: {|CDT010:"D0120"|} } || code is {|CDT010:"D0140"|} or {|CDT010:"D0150"|}) { }
                switch (line.Code)
                {
                    case {|CDT010:"D0120"|}: return 1;
                    case {|CDT010:"D0140"|} when code.Length > 0: return 2;
                }

                return code switch
                {
                    {|CDT010:"D0120"|} => 1,
                    not {|CDT010:"D0140"|} => 2,
                    _ => 3,
                };
            }
        }
        """.Replace("@{|CDT010:\"D0120\"|}.Trim()", "\"D0120\".Trim()")), Ids, mode);

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task No_diagnostic_outside_code_positions(CatalogMode mode) => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            private const string Local = "D0120";

            public static string Run(string text, int n)
            {
                string s = "D0120";
                Console.WriteLine("D0120");
                Api.Use(new[] { "D0120", "d0120", "D-Day" });
                Api.Code(Local);
                Api.Code($"D0120");
                Api.Code($"{n}D0120");
                Api.Code("D0120".Trim());
                if (text == "D0120" || text == "D-Day") { }
                _ = new CdtClaimLine(Cdt.D0120, tooth: "D0120", narrative: "D-Day");
                // Api.Code("D0120");
                /* "D-Day" */
                return text switch { "D0120" => s, _ => "D-Day" };
            }
        }
        """), Ids, mode);

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT011_unknown_code(CatalogMode mode) => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static void Run([CdtCode] string code)
            {
                Api.Code({|CDT011:"D1234"|});
                _ = new CdtVisit { Cdt.D0120, {|CDT011:"D0001"|} };
                if (code == {|CDT011:"D9999"|}) { }
            }
        }
        """), Ids, mode);

    [Fact]
    public Task CDT011_needs_a_visible_catalog() => VerifyAsync(TestApi.Source.Replace("using Dental;", "") + """
        public static class Billing
        {
            public static void Run() => Api.Code("D1234");
        }
        """, Ids, CatalogMode.None);

    [Theory]
    [InlineData(CatalogMode.Source)]
    [InlineData(CatalogMode.Reference)]
    public Task CDT012_malformed(CatalogMode mode) => VerifyAsync(TestApi.With("""
        public static class Billing
        {
            public static void Run([CdtCode] string code)
            {
                Api.Code({|CDT012:"d9996"|});
                Api.Code({|CDT012:"D 9996"|});
                Api.Code({|CDT012:"9996"|});
                Api.Code({|CDT012:"D-0120"|});
                Api.Code({|CDT012:" D0120 "|});
                Api.Code({|CDT012:"D99"|});
                Api.Code({|CDT012:"D-Day"|});
                _ = new CdtVisit { {|CDT012:"d0120"|} };
                if (code == {|CDT012:"d0120"|}) { }
                // Blank means "no code"; a sentinel in a comparison is not a code.
                Api.Code("");
                Api.Code("   ");
                if (code == "NONE" || code == "") { }
            }
        }
        """), Ids, mode);

    [Fact]
    public Task CDT012_without_any_catalog() => VerifyAsync(TestApi.Source.Replace("using Dental;", "") + """
        public static class Billing
        {
            public static void Run() => Api.Code({|CDT012:"d9996"|});
        }
        """, Ids, CatalogMode.None);

    [Fact]
    public Task CDT010_only_when_the_constant_is_accessible() => VerifyAsync(TestApi.Source.Replace("using Dental;", "") + """
        public static class Billing
        {
            // The referenced catalog is internal: the code is known (no CDT011) but there is no constant to use.
            public static void Run() => Api.Code("D0120");
        }
        """, Ids, CatalogMode.Reference, new CatalogOptions(Internal: true));

    [Fact]
    public async Task Messages_and_fix_data()
    {
        var source = TestApi.With("""
            public static class Billing
            {
                public static void Run()
                {
                    Api.Code("D0120");
                    Api.Code("D1234");
                    Api.Code("d9996");
                    Api.Code("d1234");
                    Api.Code("D-Day");
                }
            }
            """);
        var raw = Assert.Single(await GetAsync(source, CdtRuleIds.RawLiteral));
        Assert.Equal("Use Cdt.D0120 instead of the literal \"D0120\".", raw.GetMessage());
        Assert.Equal("D0120", raw.Properties["Code"]);
        Assert.Equal("global::Dental.Cdt", raw.Properties["ConstantType"]);

        var unknown = Assert.Single(await GetAsync(source, CdtRuleIds.UnknownCode));
        Assert.Equal("No CDT definition knows D1234.", unknown.GetMessage());

        var malformed = await GetAsync(source, CdtRuleIds.MalformedCode);
        Assert.Equal(
            ["\"d9996\" is not a well-formed CDT code (\"D\" and four digits). Use D9996 instead.",
             "\"d1234\" is not a well-formed CDT code (\"D\" and four digits). Use D1234 instead.",
             "\"D-Day\" is not a well-formed CDT code (\"D\" and four digits)."],
            malformed.Select(d => d.GetMessage()));
        Assert.Equal("D9996", malformed[0].Properties["Code"]);
        Assert.Equal("D9996", malformed[0].Properties["ConstantName"]);
        Assert.Equal("D1234", malformed[1].Properties["Code"]);
        Assert.False(malformed[1].Properties.ContainsKey("ConstantName"));
        Assert.False(malformed[2].Properties.ContainsKey("Code"));
    }
}
