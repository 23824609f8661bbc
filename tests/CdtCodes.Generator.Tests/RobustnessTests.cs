using System.Globalization;
using System.Text;
using CdtCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdtCodes.Generator.Tests;

/// <summary>Hostile and broken definitions: never an exception, never injected or uncompilable code, same bytes everywhere.</summary>
public class RobustnessTests
{
    /// <summary>Strings that try to end a literal, a comment, an XML element or a line, or hide text.</summary>
    public static readonly string[] Hostile =
    {
        "quote \" and backslash \\ and \\\" both",
        "line\nbreak\r\nand\rcarriage",
        "*/ class Injected { } /*",
        "</summary><summary>injected</summary>",
        "<see cref=\"System.Object\"/> & &amp; <![CDATA[ ]]> <!-- -->",
        "\n#error injected\n#define X",
        "\" + System.Environment.Exit(1) + \"",
        "{ } ; } } } namespace Evil { class X { } }",
        "bidi \u202Eevil\u202C and \u2066isolate\u2069 and \u200Fmark",
        "separators \u2028 and \u2029 and \u0085 next-line",
        "controls \u0000 \u0001 \u0007 \u001B \u007F \u009B",
        "zero width \u200B\u200C\u200D and BOM \uFEFF",
        "emoji 🦷 and é and 日本語 and combining e\u0301",
        "/// <summary>doc injection",
        "tab\there",
        "@\"verbatim\" $\"{interpolated}\" \"\"\"raw\"\"\"",
        "\\u0022 written out as an escape, not a quote",
    };

    /// <summary>A JSON string literal that keeps non-ASCII characters raw (only what JSON requires is escaped).</summary>
    private static string Json(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (char c in value)
        {
            if (c == '"' || c == '\\')
            {
                builder.Append('\\').Append(c);
            }
            else if (c < ' ')
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Append('"').ToString();
    }

    private static string HostileFile(string text)
    {
        string list = "[" + string.Join(", ", Hostile.Select(Json).Append(Json(text))) + "]";
        string s = Json(text);
        return $$"""
            {
              "schemaVersion": 1,
              "edition": 2025,
              "licenseNotice": {{s}},
              "codes": [
                {
                  "code": "D0120",
                  "name": {{s}},
                  "subcategory": {{s}},
                  "summary": {{s}},
                  "whenToUse": {{list}},
                  "notFor": {{list}},
                  "documentation": {{list}},
                  "billingNotes": {{list}},
                  "denialReasons": {{list}},
                  "faq": [ { "question": {{s}}, "answer": {{s}} } ],
                  "exclusiveWith": [ { "codes": ["D0140"], "note": {{s}} } ],
                  "relations": [ { "kind": "confusedWith", "code": "D0140", "note": {{s}} } ]
                },
                { "code": "D0140", "name": "A plain neighbour" }
              ]
            }
            """;
    }

    public static IEnumerable<object[]> HostileCases() =>
        Hostile.Select((h, i) => new object[] { i }).Append(new object[] { -1 });

    [Theory]
    [MemberData(nameof(HostileCases))]
    public void Hostile_text_in_every_field_compiles_cleanly_adds_nothing_and_round_trips(int index)
    {
        // -1: every hostile string at once, repeated to about 100 KB.
        string text = index >= 0 ? Hostile[index] : Repeat(string.Concat(Hostile), 100_000);

        var run = GeneratorHarness.Run(("/defs/hostile.cdt.json", HostileFile(text)));

        Assert.True(run.Diagnostics.IsEmpty, GeneratorHarness.Describe(run.Diagnostics));
        Assert.True(run.CompilationProblems.Count == 0, GeneratorHarness.Describe(run.CompilationProblems.Take(5)));
        AssertOnlyExpectedMembers(run, "D0120", "D0140");

        using var catalog = LoadedCatalog.Load(run);
        var entry = catalog.Entry("D0120");
        Assert.Equal(text, entry.Name);
        Assert.Equal(text, entry.Summary);
        Assert.Equal(text, entry.Subcategory);
        Assert.Equal(Hostile.Append(text), entry.WhenToUse);
        Assert.Equal(Hostile.Append(text), entry.DenialReasons);
        Assert.Equal(text, entry.Faq[0].Question);
        Assert.Equal(text, entry.ExclusiveWith[0].Note);
        Assert.Equal(text, entry.Relations[0].Note);
    }

    [Fact]
    public void Hostile_text_round_trips_through_string_literal_data_too()
    {
        string text = Repeat(string.Concat(Hostile), 100_000);

        var run = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/defs/hostile.cdt.json", HostileFile(text)) }, GeneratorHarness.Options(), TargetKind.Net80CSharp10);

        Assert.True(run.CompilationProblems.Count == 0, GeneratorHarness.Describe(run.CompilationProblems.Take(5)));
        using var catalog = LoadedCatalog.Load(run);
        var entry = catalog.Entry("D0120");
        Assert.Equal(text, entry.Name);
        Assert.Equal(Hostile.Append(text), entry.Documentation);
        Assert.Equal(text, entry.Faq[0].Answer);
        Assert.Equal(text, entry.Relations[0].Note);
    }

    [Fact]
    public void Hostile_text_compiles_as_CSharp_7_3_on_net472()
    {
        var file = new InMemoryAdditionalText("/defs/hostile.cdt.json", HostileFile(string.Concat(Hostile)));

        var run = GeneratorHarness.Run(new[] { file }, GeneratorHarness.Options(visibility: "public"), TargetKind.Net472);

        Assert.True(run.CompilationProblems.Count == 0, GeneratorHarness.Describe(run.CompilationProblems.Take(5)));
        AssertOnlyExpectedMembers(run, "D0120", "D0140");
    }

    private static string Repeat(string value, int length)
    {
        var builder = new StringBuilder(length + value.Length);
        while (builder.Length < length)
        {
            builder.Append(value);
        }

        return builder.ToString();
    }

    /// <summary>The generated trees declare Cdt and CdtCatalog only, with the expected members and no directives.</summary>
    private static void AssertOnlyExpectedMembers(GeneratorRun run, params string[] codes)
    {
        var generated = run.Output.SyntaxTrees.Where(t => t.FilePath.Contains("CdtCodesGenerator", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(generated);
        foreach (var tree in generated)
        {
            var root = tree.GetRoot();
            Assert.All(root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>(), t => Assert.Contains(t.Identifier.ValueText, new[] { "Cdt", "CdtCatalog" }));
            Assert.All(
                root.DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsDirective),
                d => Assert.Equal(SyntaxKind.NullableDirectiveTrivia, d.Kind()));
            Assert.DoesNotContain(root.DescendantNodes(), n => n is DelegateDeclarationSyntax);
            Assert.All(root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>(), n => Assert.Equal("TestProject", n.Name.ToString()));
        }

        var cdt = run.Output.GetTypeByMetadataName("TestProject.Cdt")!;
        Assert.Equal(codes, cdt.GetMembers().Where(m => !m.IsImplicitlyDeclared).Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal));

        var expected = new[] { "All", "Codes", "Graph", "InCategory", "TryGet", "TryParse", "Validator", "s_codes", ".cctor" }
            .Concat(codes)
            .Concat(new[] { "DiagnosticChunk", "DiagnosticCodes" })
            .OrderBy(n => n, StringComparer.Ordinal);
        var catalog = run.Output.GetTypeByMetadataName("TestProject.CdtCatalog")!;
        Assert.Equal(expected, catalog.GetMembers().Where(m => m is not IMethodSymbol { AssociatedSymbol: not null }).Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(2, run.Output.Assembly.GlobalNamespace.GetNamespaceMembers().Single(n => n.Name == "TestProject").GetTypeMembers().Count(t => t.Name.StartsWith("Cdt", StringComparison.Ordinal)));
    }

    public static IEnumerable<object[]> BrokenFiles()
    {
        yield return new object[] { "empty", "" };
        yield return new object[] { "whitespace", "  \n\t\n" };
        yield return new object[] { "null root", "null" };
        yield return new object[] { "array root", "[1, 2, 3]" };
        yield return new object[] { "string root", "\"codes\"" };
        yield return new object[] { "number root", "1e400" };
        yield return new object[] { "comment only", "// nothing here" };
        yield return new object[] { "unterminated comment", "{ /* never closed" };
        yield return new object[] { "BOM then object", "\uFEFF{ \"schemaVersion\": 1, \"codes\": [ { \"code\": \"D0150\", \"name\": \"x\" } ] }" };
        yield return new object[] { "empty object", "{}" };
        yield return new object[] { "codes null", "{ \"schemaVersion\": 1, \"codes\": null }" };
        yield return new object[] { "codes object", "{ \"schemaVersion\": 1, \"codes\": { \"code\": \"D0150\" } }" };
        yield return new object[] { "schemaVersion string", "{ \"schemaVersion\": \"1\", \"codes\": [] }" };
        yield return new object[] { "schemaVersion huge", "{ \"schemaVersion\": 1e400, \"codes\": [] }" };
        yield return new object[] { "schemaVersion fraction", "{ \"schemaVersion\": 1.5, \"codes\": [] }" };
        yield return new object[] { "deep nesting", new string('[', 10_000) + new string(']', 10_000) };
        yield return new object[] { "deep nesting in a field", "{ \"schemaVersion\": 1, \"codes\": [ { \"code\": \"D0150\", \"name\": \"x\", \"summary\": " + new string('[', 60) + new string(']', 60) + " } ] }" };
        yield return new object[] { "lone surrogate escape", "{ \"schemaVersion\": 1, \"codes\": [ { \"code\": \"D0150\", \"name\": \"\\uD800\" }, { \"code\": \"D0160\", \"name\": \"\\uDC00x\" } ] }" };
        yield return new object[] { "escaped property name", "{ \"schema\\u0056ersion\": 1, \"\\u0063odes\": [ { \"code\": \"D0150\", \"name\": \"x\" } ] }" };
        yield return new object[] { "duplicate properties", "{ \"schemaVersion\": 1, \"schemaVersion\": 2, \"codes\": [ { \"code\": \"D0150\", \"code\": \"D0160\", \"name\": \"x\" } ] }" };
        yield return new object[] { "NUL characters", "{ \"schemaVersion\": 1,\u0000 \"codes\": [] }" };
        yield return new object[] { "huge numbers", "{ \"schemaVersion\": 1, \"edition\": 99999999999999999999, \"codes\": [ { \"code\": \"D0150\", \"name\": \"x\", \"addedIn\": -1e308, \"deletedIn\": 1e400, \"maxPerDate\": 2147483648, \"surfaceCount\": { \"min\": -0, \"max\": 1e2 }, \"revisedIn\": [1.0, 2e3, -5] } ] }" };
        yield return new object[] { "code as number", "{ \"schemaVersion\": 1, \"codes\": [ { \"code\": 150, \"name\": \"x\" }, 17, null, [], \"D0150\" ] }" };
        yield return new object[] { "code edge values", "{ \"schemaVersion\": 1, \"codes\": [ { \"code\": \"D0000\", \"name\": \"x\" }, { \"code\": \"D9999\", \"name\": \"y\" }, { \"code\": \"D99999\", \"name\": \"z\" }, { \"code\": \"Ｄ０１２０\", \"name\": \"fullwidth\" }, { \"code\": \"\", \"name\": \"\" } ] }" };

        // Every field of a code object with every JSON type it should not have.
        string[] wrong = { "1", "-1", "\"text\"", "true", "null", "[]", "{}", "[1, \"x\", null, {}]", "[{ \"x\": 1 }]", "{ \"kind\": 1 }" };
        string[] fields =
        {
            "name", "subcategory", "summary", "whenToUse", "notFor", "documentation", "billingNotes", "denialReasons", "faq",
            "treatmentArea", "alsoAllowsToothRange", "surfaceCount", "byReport", "isProsthesis", "addedIn", "deletedIn",
            "replacedBy", "revisedIn", "encounterMode", "reportedWith", "exclusiveWith", "maxPerDate", "relations",
        };
        foreach (string field in fields)
        {
            string codes = string.Join(",\n", wrong.Select((w, i) =>
                "{ \"code\": \"D0" + (150 + i).ToString(CultureInfo.InvariantCulture) + "\", " + (field == "name" ? "" : "\"name\": \"x\", ") + "\"" + field + "\": " + w + " }"));
            yield return new object[] { "wrong types for " + field, "{ \"schemaVersion\": 1, \"codes\": [\n" + codes + "\n] }" };
        }

        // The same for the file header.
        foreach (string field in new[] { "$schema", "edition", "source", "licenseNotice" })
        {
            foreach (string w in wrong)
            {
                yield return new object[] { "header " + field + " = " + w, "{ \"schemaVersion\": 1, \"" + field + "\": " + w + ", \"codes\": [] }" };
            }
        }
    }

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void Broken_files_give_only_CDTG_diagnostics_and_the_other_files_still_generate(string description, string json)
    {
        var good = new InMemoryAdditionalText("/defs/good.cdt.json", Fixtures.UserFile(Fixtures.Code("D9310", "Still here")));
        var broken = new InMemoryAdditionalText("/defs/broken.cdt.json", json);

        var run = GeneratorHarness.Run(new AdditionalText[] { broken, good }, GeneratorHarness.Options());

        Assert.All(run.Diagnostics, d => Assert.StartsWith("CDTG", d.Id, StringComparison.Ordinal));
        Assert.DoesNotContain(run.Diagnostics, d => d.GetMessage(CultureInfo.InvariantCulture).Contains("bug in CdtCodes", StringComparison.Ordinal));
        Assert.All(run.Diagnostics, d => Assert.True(d.Location.GetLineSpan().Path is "/defs/broken.cdt.json" or "/defs/good.cdt.json", description));
        Assert.NotEmpty(run.Output.GetTypeByMetadataName("TestProject.Cdt")!.GetMembers("D9310"));
        Assert.True(run.CompilationProblems.Count == 0, description + "\n" + GeneratorHarness.Describe(run.CompilationProblems.Take(5)));
    }

    [Theory]
    [InlineData("empty", "CDTG001 /defs/broken.cdt.json(1,1)", "")]
    [InlineData("null root", "CDTG002 /defs/broken.cdt.json(1,1)", "")]
    [InlineData("deep nesting", "CDTG001 /defs/broken.cdt.json(1,65)", "")]
    [InlineData("lone surrogate escape", "CDTG002 /defs/broken.cdt.json(1,100) CDTG002 /defs/broken.cdt.json(1,61)", "")]
    [InlineData("duplicate properties", "CDTG002 /defs/broken.cdt.json(1,23) CDTG002 /defs/broken.cdt.json(1,73)", "D0150")]
    [InlineData("BOM then object", "", "D0150")]
    [InlineData("escaped property name", "", "D0150")]
    [InlineData("schemaVersion fraction", "CDTG007 /defs/broken.cdt.json(1,20)", "")]
    [InlineData("code edge values", "CDTG003 /defs/broken.cdt.json(1,112) CDTG003 /defs/broken.cdt.json(1,147) CDTG003 /defs/broken.cdt.json(1,189)", "D0000 D9999")]
    public void Selected_broken_files_report_what_they_should(string description, string expected, string generated)
    {
        string json = (string)BrokenFiles().Single(c => (string)c[0] == description)[1];

        var run = GeneratorHarness.Run(("/defs/broken.cdt.json", json));

        Assert.Equal(expected, string.Join(" ", run.Diagnostics.Select(GeneratorHarness.Where).OrderBy(x => x, StringComparer.Ordinal)));
        var cdt = run.Output.GetTypeByMetadataName("TestProject.Cdt");
        Assert.Equal(generated, cdt == null ? "" : string.Join(" ", cdt.GetMembers().Where(m => !m.IsImplicitlyDeclared).Select(m => m.Name)));
    }

    [Fact]
    public void Every_truncation_of_a_valid_file_is_handled()
    {
        string json = Fixtures.StarterJson;
        for (int length = 0; length < json.Length; length += 37)
        {
            var run = GeneratorHarness.Run(("/defs/truncated.cdt.json", json.Substring(0, length)));

            Assert.All(run.Diagnostics, d => Assert.Equal("CDTG001", d.Id));
            Assert.True(run.Diagnostics.Length == 1 || length == 0 || json.Substring(0, length).TrimEnd().EndsWith('}'), "length " + length);
        }
    }

    [Fact]
    public void Output_is_byte_identical_whatever_the_file_order_and_the_culture()
    {
        var files = new AdditionalText[]
        {
            Fixtures.Starter,
            new InMemoryAdditionalText("/defs/zz-user.cdt.json", Fixtures.UserFile(
                Fixtures.Code("D0120", "Override İ ı i I", "\"revisedIn\": [2024, 2019], \"addedIn\": 2001") + ",\n" +
                Fixtures.Code("D0150", "Dup in user", "\"exclusiveWith\": [ { \"codes\": [\"D0140\"], \"fromEdition\": 2024, \"toEdition\": 2026 } ]"))),
            new InMemoryAdditionalText("/defs/aa-user.cdt.json", Fixtures.UserFile(Fixtures.Code("D0150", "First dup") + ",\n" + Fixtures.Code("D7140", "Extraction (test)", "\"relations\": [ { \"kind\": \"related\", \"code\": \"D7999\" } ]"))),
            new InMemoryAdditionalText("/defs/Big.cdt.json", Fixtures.Synthetic(150, seed: 7).Replace("\"D0100\"", "\"D0110\"", StringComparison.Ordinal)),
        };

        var reference = Snapshot(files, CultureInfo.InvariantCulture);
        var orders = new[] { files.Reverse().ToArray(), files.Skip(2).Concat(files.Take(2)).ToArray(), new[] { files[1], files[3], files[0], files[2] } };
        foreach (var culture in new[] { "tr-TR", "ar-SA", "de-DE", "" })
        {
            foreach (var order in orders)
            {
                var snapshot = Snapshot(order, new CultureInfo(culture));
                Assert.Equal(reference.Keys, snapshot.Keys);
                foreach (var (name, text) in reference)
                {
                    Assert.True(text == snapshot[name], $"{name} differs under '{culture}':\n{Baseline.Diff(text, snapshot[name])}");
                }
            }
        }
    }

    private static SortedDictionary<string, string> Snapshot(AdditionalText[] files, CultureInfo culture)
    {
        var (previous, previousUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var run = GeneratorHarness.Run(files, GeneratorHarness.Options());
            var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (hintName, text) in run.Sources)
            {
                result[hintName] = text;
            }

            result["diagnostics"] = string.Join(
                "\n",
                run.Diagnostics.Select(d => GeneratorHarness.Where(d) + " " + string.Join(",", d.AdditionalLocations.Select(l => l.GetLineSpan().ToString())))
                    .OrderBy(x => x, StringComparer.Ordinal));
            return result;
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }
}
