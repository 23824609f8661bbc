using System.Globalization;
using CdtCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CdtCodes.Generator.Tests;

/// <summary>
/// One test per CDTG diagnostic: id, file, and the 1-based line and column dotnet build prints, e.g.
/// <c>codes.cdt.json(5,5): error CDTG001: …</c>. Every test also checks that the other codes are still generated.
/// </summary>
public class DiagnosticTests
{
    private const string Good = "/project/good.cdt.json";

    private static readonly string GoodJson = Fixtures.UserFile(Fixtures.Code("D9310", "A good code next to a broken file"));

    private static GeneratorRun Run(string path, string json) =>
        GeneratorHarness.Run(
            new AdditionalText[] { new InMemoryAdditionalText(Good, GoodJson), new InMemoryAdditionalText(path, json) },
            GeneratorHarness.Options());

    private static void AssertGoodFileStillGenerated(GeneratorRun run)
    {
        Assert.NotEmpty(run.Output.GetTypeByMetadataName("TestProject.Cdt")!.GetMembers("D9310"));
        Assert.DoesNotContain(run.CompilationProblems, d => d.Severity == DiagnosticSeverity.Error);
    }

    private static Diagnostic Single(GeneratorRun run, string id)
    {
        var found = run.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(found.Count == 1, "Expected one " + id + ", got:\n" + GeneratorHarness.Describe(run.Diagnostics));
        return found[0];
    }

    [Fact]
    public void CDTG001_invalid_JSON_is_located_at_the_first_bad_token()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "codes": [
                { "code": "D0120", "name": "Missing comma after me" }
                { "code": "D0140", "name": "x" }
              ]
            }
            """;

        var run = Run("/project/broken.cdt.json", json);

        var diagnostic = Single(run, "CDTG001");
        Assert.Equal("CDTG001 /project/broken.cdt.json(5,5)", GeneratorHarness.Where(diagnostic));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("The definition file could not be read as JSON: '{' is invalid after a value.", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Single(run.Diagnostics);
        AssertGoodFileStillGenerated(run);
    }

    [Fact]
    public void CDTG001_columns_count_characters_not_UTF8_bytes()
    {
        // "é" and "🦷" are 2 and 4 bytes in UTF-8 but 1 and 2 UTF-16 characters; columns count UTF-16 characters,
        // as Roslyn and MSBuild do.
        const string json = "{ \"schemaVersion\": 1, \"codes\": [ { \"code\": \"D0120\", \"name\": \"é🦷\" } ] x }";

        var run = Run("/project/unicode.cdt.json", json);

        Assert.Equal("CDTG001 /project/unicode.cdt.json(1,71)", GeneratorHarness.Where(Single(run, "CDTG001")));
        Assert.Equal('x', json[70]);
    }

    [Fact]
    public void CDTG001_line_numbers_follow_the_file_for_CRLF_line_endings()
    {
        string json = "{\r\n  \"schemaVersion\": 1,\r\n  \"codes\": [\r\n    { \"code\": \"D0120\" \"name\": \"x\" }\r\n  ]\r\n}\r\n";

        var run = Run("/project/crlf.cdt.json", json);

        Assert.Equal("CDTG001 /project/crlf.cdt.json(4,23)", GeneratorHarness.Where(Single(run, "CDTG001")));
    }

    [Fact]
    public void CDTG002_schema_violations_are_located_at_the_property_or_value()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "codes": [
                {
                  "code": "D0120",
                  "name": "Periodic evaluation",
                  "sumary": "typo in a property name",
                  "treatmentArea": "teeth",
                  "byReport": "yes",
                  "whenToUse": ["fine", 42]
                }
              ]
            }
            """;

        var run = Run("/project/schema.cdt.json", json);

        var found = run.Diagnostics.Where(d => d.Id == "CDTG002").Select(GeneratorHarness.Where).ToList();
        Assert.Equal(
            new[]
            {
                "CDTG002 /project/schema.cdt.json(10,29)",
                "CDTG002 /project/schema.cdt.json(7,7)",
                "CDTG002 /project/schema.cdt.json(8,24)",
                "CDTG002 /project/schema.cdt.json(9,19)",
            },
            found.OrderBy(x => x, StringComparer.Ordinal));
        Assert.Contains(run.Diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture) == "Unknown property 'sumary' in D0120");
        Assert.Contains(
            run.Diagnostics,
            d => d.GetMessage(CultureInfo.InvariantCulture) == "D0120: 'treatmentArea' must be one of none, mouth, arch, quadrant, sextant, toothRange, tooth, surface; \"teeth\" is not");

        // A bad field costs only that field: the entry is generated, with the good list item.
        var entry = run.Output.GetTypeByMetadataName("TestProject.Cdt")!.GetMembers("D0120");
        Assert.Single(entry);
        using (var catalog = LoadedCatalog.Load(run))
        {
            Assert.Equal(new[] { "fine" }, catalog.Entry("D0120").WhenToUse);
        }

        AssertGoodFileStillGenerated(run);
    }

    [Fact]
    public void CDTG002_a_missing_name_drops_the_entry_and_is_located_at_its_object()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "codes": [
                { "code": "D0120" },
                { "code": "D0140", "name": "Kept", "relations": [ { "kind": "related", "code": "D0120" } ] }
              ]
            }
            """;

        var run = Run("/project/noname.cdt.json", json);

        Assert.Equal("CDTG002 /project/noname.cdt.json(4,5)", GeneratorHarness.Where(Single(run, "CDTG002")));
        var cdt = run.Output.GetTypeByMetadataName("TestProject.Cdt")!;
        Assert.Empty(cdt.GetMembers("D0120"));
        Assert.Single(cdt.GetMembers("D0140"));

        // The dropped entry still counts as known, so the relation to it is not also reported as unknown.
        Assert.Empty(run.Cdtg("CDTG005"));
        AssertGoodFileStillGenerated(run);
    }

    [Fact]
    public void CDTG003_malformed_code_is_located_at_the_code_and_suggests_the_normal_form()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "codes": [
                { "code": "d0120", "name": "Lower-case d" },
                { "code": "D0140", "name": "Bad reference", "replacedBy": ["D 0150"], "deletedIn": 2020 }
              ]
            }
            """;

        var run = Run("/project/malformed.cdt.json", json);

        var found = run.Cdtg("CDTG003");
        Assert.Equal(
            new[] { "CDTG003 /project/malformed.cdt.json(4,15)", "CDTG003 /project/malformed.cdt.json(5,64)" },
            found.Select(GeneratorHarness.Where));
        Assert.Equal("'d0120' is not a well-formed CDT code (\"D\" and four digits). Did you mean \"D0120\"?", found[0].GetMessage(CultureInfo.InvariantCulture));
        Assert.Single(run.Output.GetTypeByMetadataName("TestProject.Cdt")!.GetMembers("D0140"));
        AssertGoodFileStillGenerated(run);
    }

    [Fact]
    public void CDTG004_duplicate_user_code_reports_both_locations_and_keeps_the_first_by_path()
    {
        var first = new InMemoryAdditionalText("/project/a.cdt.json", Fixtures.UserFile(Fixtures.Code("D0150", "First definition")));
        var second = new InMemoryAdditionalText("/project/b.cdt.json", Fixtures.UserFile(Fixtures.Code("D0180", "Other") + ",\n" + Fixtures.Code("D0150", "Second definition")));

        // Pass them in reverse order: "first" is decided by ordinal path order, not by arrival.
        var run = GeneratorHarness.Run(new AdditionalText[] { second, first }, GeneratorHarness.Options());

        var diagnostic = Assert.Single(run.Cdtg("CDTG004"));
        Assert.Equal("CDTG004 /project/b.cdt.json(7,15)", GeneratorHarness.Where(diagnostic));
        var other = Assert.Single(diagnostic.AdditionalLocations).GetLineSpan();
        Assert.Equal("/project/a.cdt.json(6,15)", $"{other.Path}({other.StartLinePosition.Line + 1},{other.StartLinePosition.Character + 1})");
        Assert.Equal("D0150 is defined more than once; the definition in a.cdt.json line 6 is kept and this one is ignored", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Empty(run.CompilationProblems);
        using var catalog = LoadedCatalog.Load(run);
        Assert.Equal("First definition", catalog.Entry("D0150").Name);
    }

    [Fact]
    public void CDTG005_reference_to_an_unknown_code_is_located_at_the_reference()
    {
        const string json = """
            {
              "schemaVersion": 1,
              "codes": [
                {
                  "code": "D0140",
                  "name": "Refers to nothing",
                  "relations": [ { "kind": "confusedWith", "code": "D0999", "note": "Not defined anywhere." } ],
                  "exclusiveWith": [ { "codes": ["D9310", "D0998"] } ]
                }
              ]
            }
            """;

        var run = Run("/project/dangling.cdt.json", json);

        var found = run.Cdtg("CDTG005");
        Assert.Equal(
            new[] { "CDTG005 /project/dangling.cdt.json(7,56)", "CDTG005 /project/dangling.cdt.json(8,47)" },
            found.Select(GeneratorHarness.Where).OrderBy(x => x, StringComparer.Ordinal));
        Assert.Contains(found, d => d.GetMessage(CultureInfo.InvariantCulture) == "D0140: a 'confusedWith' relation names D0999, which no definition knows");
        Assert.All(found, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));

        // Kept as data, but documented as plain text: a cref to it would not compile cleanly.
        string source = run.Source("Cdt.Diagnostic.g.cs");
        Assert.Contains("<description>D0999 (often confused with)", source, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData("\"exclusiveWith\": [ { \"codes\": [\"D0140\"] } ]", 80, "'exclusiveWith.codes' names the code itself")]
    [InlineData("\"relations\": [ { \"kind\": \"related\", \"code\": \"D0140\" } ]", 93, "a 'related' relation points at the code itself")]
    [InlineData("\"replacedBy\": [\"D0150\"]", 63, "'replacedBy' is given but the code has no 'deletedIn'")]
    [InlineData("\"addedIn\": 2020, \"deletedIn\": 2019", 60, "'deletedIn' (2019) is not after 'addedIn' (2020)")]
    [InlineData("\"surfaceCount\": { \"min\": 3, \"max\": 2 }", 65, "'surfaceCount.min' (3) is greater than 'surfaceCount.max' (2)")]
    [InlineData("\"encounterMode\": \"synchronous\", \"relations\": [ { \"kind\": \"useInstead\", \"code\": \"D9310\", \"encounterMode\": \"synchronous\" } ]", 154, "'useInstead' D9310 when the encounter is synchronous")]
    public void CDTG006_contradictions_are_located_at_the_contradicting_value(string fields, int column, string message)
    {
        string json = "{\n  \"schemaVersion\": 1,\n  \"codes\": [\n" + Fixtures.Code("D0140", "Contradiction", fields) + "\n  ]\n}\n";

        var run = Run("/project/contradiction.cdt.json", json);

        var diagnostic = Single(run, "CDTG006");
        Assert.Equal($"CDTG006 /project/contradiction.cdt.json(4,{column})", GeneratorHarness.Where(diagnostic));
        Assert.StartsWith("D0140: " + message, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Single(run.Output.GetTypeByMetadataName("TestProject.Cdt")!.GetMembers("D0140"));
        AssertGoodFileStillGenerated(run);
    }

    [Fact]
    public void CDTG007_unsupported_schema_version_is_located_at_the_version_and_skips_the_file()
    {
        const string json = """
            {
              "schemaVersion": 2,
              "codes": [ { "code": "D0120", "name": "Not read", "newField": true } ],
              "codes": "a later version may allow what version 1 does not"
            }
            """;

        var run = Run("/project/v2.cdt.json", json);

        var diagnostic = Single(run, "CDTG007");
        Assert.Equal("CDTG007 /project/v2.cdt.json(2,20)", GeneratorHarness.Where(diagnostic));
        Assert.Equal("Schema version 2 is not supported; this generator reads version 1. The file is ignored.", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Single(run.Diagnostics);
        Assert.Empty(run.Output.GetTypeByMetadataName("TestProject.Cdt")!.GetMembers("D0120"));
        AssertGoodFileStillGenerated(run);
    }

    [Fact]
    public void CDTG008_user_override_of_a_starter_entry_is_an_info_with_both_locations()
    {
        var user = new InMemoryAdditionalText("/project/mine.cdt.json", Fixtures.UserFile(Fixtures.Code("D0120", "Our own wording")));

        var run = GeneratorHarness.Run(new AdditionalText[] { user, Fixtures.Starter }, GeneratorHarness.Options());

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("CDTG008 /project/mine.cdt.json(6,15)", GeneratorHarness.Where(diagnostic));
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        var starter = Assert.Single(diagnostic.AdditionalLocations).GetLineSpan();
        Assert.Equal("/defs/starter.cdt.json", starter.Path);
        Assert.Equal(Fixtures.StarterJson.Split('\n').ToList().FindIndex(l => l.Contains("\"D0120\"", StringComparison.Ordinal) && l.Contains("\"code\"", StringComparison.Ordinal)), starter.StartLinePosition.Line);
        Assert.Empty(run.CompilationProblems);
        using var catalog = LoadedCatalog.Load(run);
        Assert.Equal("Our own wording", catalog.Entry("D0120").Name);
        Assert.False(catalog.Entry("D0120").IsStarter);
    }

    [Fact]
    public void Every_descriptor_links_to_its_rule_page_and_matches_the_release_file()
    {
        string repository = Path.GetFullPath(Path.Combine(TestPaths.ProjectDirectory, "..", ".."));
        string releases = File.ReadAllText(Path.Combine(repository, "src", "CdtCodes.Generator", "AnalyzerReleases.Unshipped.md"));
        for (int i = 1; i <= 8; i++)
        {
            string id = "CDTG00" + i.ToString(CultureInfo.InvariantCulture);
            var descriptor = GeneratorDiagnostics.Find(id);
            Assert.Equal("https://github.com/cdtcodes/CdtCodes/blob/main/docs/rules/" + id + ".md", descriptor.HelpLinkUri);
            Assert.True(File.Exists(Path.Combine(repository, "docs", "rules", id + ".md")), "docs/rules/" + id + ".md is missing");
            Assert.Contains(id + " | CdtCodes.Definitions | " + descriptor.DefaultSeverity + " |", releases, StringComparison.Ordinal);
        }
    }
}
