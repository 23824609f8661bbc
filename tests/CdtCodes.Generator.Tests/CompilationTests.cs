using CdtCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CdtCodes.Generator.Tests;

/// <summary>The generated code compiles without a single warning on every target the package supports.</summary>
public class CompilationTests
{
    [Theory]
    [InlineData(TargetKind.Net80, "internal")]
    [InlineData(TargetKind.Net80, "public")]
    [InlineData(TargetKind.Net472, "internal")]
    [InlineData(TargetKind.Net472, "public")]
    public void Starter_fixture_compiles_without_warnings(TargetKind target, string visibility)
    {
        var run = GeneratorHarness.Run(new[] { Fixtures.Starter }, GeneratorHarness.Options("Dental.Billing", visibility), target);

        Assert.Empty(run.Diagnostics);
        Assert.True(run.CompilationProblems.Count == 0, GeneratorHarness.Describe(run.CompilationProblems));
        var cdt = run.Output.GetTypeByMetadataName("Dental.Billing.Cdt")!;
        Assert.Equal(visibility == "public" ? Accessibility.Public : Accessibility.Internal, cdt.DeclaredAccessibility);
    }

    [Fact]
    public void Net472_output_uses_no_feature_above_CSharp_7_3()
    {
        var run = GeneratorHarness.Run(new[] { Fixtures.Starter }, GeneratorHarness.Options("Dental.Billing"), TargetKind.Net472);

        foreach (var (hintName, text) in run.Sources)
        {
            Assert.DoesNotContain("#nullable", text, StringComparison.Ordinal);
            Assert.DoesNotContain("System.Obsolete", text, StringComparison.Ordinal);
        }

        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Net80_marks_a_code_deleted_in_the_target_edition_obsolete_with_CDT004()
    {
        var run = GeneratorHarness.Run(new[] { Fixtures.Starter }, GeneratorHarness.Options("Dental.Billing"));

        string diagnostic = run.Source("Cdt.Diagnostic.g.cs");
        Assert.Contains(
            "[global::System.Obsolete(\"D0351 was deleted in CDT 2023. Use D0801 instead.\", DiagnosticId = \"CDT004\", UrlFormat = \"https://github.com/cdtcodes/CdtCodes/blob/main/docs/rules/CDT004.md\")]",
            diagnostic,
            StringComparison.Ordinal);

        // A user of the deleted constant gets CDT004 from the compiler; the generated code itself never uses it.
        var user = GeneratorHarness.CreateCompilation(source: "namespace TestProject { internal static class Use { internal static string X() => Dental.Billing.Cdt.D0351; } }");
        var used = GeneratorHarness.Run(new[] { Fixtures.Starter }, GeneratorHarness.Options("Dental.Billing"), compilation: user);
        var problem = Assert.Single(used.CompilationProblems);
        Assert.Equal("CDT004", problem.Id);
        Assert.Equal("Program.cs", problem.Location.GetLineSpan().Path);
    }

    [Fact]
    public void A_target_edition_before_the_deletion_emits_no_Obsolete()
    {
        var run = GeneratorHarness.Run(new[] { Fixtures.Starter }, GeneratorHarness.Options("Dental.Billing", edition: "2022"));

        Assert.DoesNotContain("System.Obsolete", run.Source("Cdt.Diagnostic.g.cs"), StringComparison.Ordinal);
        Assert.Contains("CdtConstants(TargetEdition = 2022)", run.Source("Cdt.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Without_the_runtime_library_nothing_is_generated()
    {
        var compilation = GeneratorHarness.CreateCompilation(withRuntime: false);
        var run = GeneratorHarness.Run(new[] { Fixtures.Starter }, compilation: compilation);

        Assert.Empty(run.Sources);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Without_definition_files_nothing_is_generated()
    {
        var run = GeneratorHarness.Run(new[] { new InMemoryAdditionalText("/project/readme.json", "{}") });

        Assert.Empty(run.Sources);
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void A_catalog_of_1000_codes_compiles_and_hands_over_its_records_in_chunks_of_100()
    {
        var run = GeneratorHarness.Run(("/defs/big.cdt.json", Fixtures.Synthetic(1000)));

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        string restorative = run.Source("Cdt.Restorative.g.cs");
        int entries = CountOf(restorative, "public const string D");
        Assert.True(entries > 100, "the category should need more than one chunk");
        Assert.Equal((entries + 99) / 100, CountOf(restorative, "        case "));
        Assert.Equal(entries, CountOf(restorative, "\"u8 +") + CountOf(restorative, "\"u8;"));

        // No IL grows with the entries: the catalog's methods are the same few whatever the size.
        var catalog = run.Output.GetTypeByMetadataName("TestProject.CdtCatalog")!;
        Assert.Equal(
            new[] { "RestorativeChunk" },
            catalog.GetMembers().OfType<IMethodSymbol>().Select(m => m.Name).Where(n => n.StartsWith("Restorative", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(TargetKind.Net80CSharp10)]
    [InlineData(TargetKind.Net472)]
    public void Without_UTF8_literals_a_catalog_too_large_for_string_literals_gets_byte_arrays(TargetKind target)
    {
        // String literals share one 16 MB heap per assembly (CS8103). The default budget is millions of characters;
        // a small one here shows the switch without compiling megabytes of array initialisers.
        string summary = "A summary with text past ASCII: é ✓ 𝄞.";
        var file = new InMemoryAdditionalText("/defs/big.cdt.json", Fixtures.UserFile(Fixtures.Code("D0120", "Big", "\"summary\": \"" + summary + "\"") + ",\n" + Fixtures.Code("D9110", "Small")));
        var small = new CdtCodesGenerator(maxStringDataChars: 200);
        var large = new CdtCodesGenerator(maxStringDataChars: 5_000);

        var run = GeneratorHarness.Run(new[] { file }, GeneratorHarness.Options(), target, generator: small);
        var fits = GeneratorHarness.Run(new[] { file }, GeneratorHarness.Options(), target, generator: large);

        Assert.Empty(run.Diagnostics);
        Assert.True(run.CompilationProblems.Count == 0, GeneratorHarness.Describe(run.CompilationProblems.Take(5)));
        Assert.Contains("private static byte[] DiagnosticChunk(int index)", run.Source("Cdt.Diagnostic.g.cs"), StringComparison.Ordinal);
        Assert.Contains("private static byte[] AdjunctiveGeneralServicesChunk(int index)", run.Source("Cdt.AdjunctiveGeneralServices.g.cs"), StringComparison.Ordinal);
        Assert.Contains("private static string DiagnosticChunk(int index)", fits.Source("Cdt.Diagnostic.g.cs"), StringComparison.Ordinal);
        if (target == TargetKind.Net80CSharp10)
        {
            using var catalog = LoadedCatalog.Load(run);
            Assert.Equal(summary, catalog.Entry("D0120").Summary);
            Assert.Equal("Small", catalog.Entry("D9110").Name);
        }
    }

    [Fact]
    public void Growing_past_the_string_budget_switches_every_category_to_byte_arrays()
    {
        var generator = new CdtCodesGenerator(maxStringDataChars: 600);
        static InMemoryAdditionalText File(string name) =>
            new("/defs/a.cdt.json", Fixtures.UserFile(Fixtures.Code("D0120", name) + ",\n" + Fixtures.Code("D9110", "Small")));
        var original = File("Short");
        var compilation = GeneratorHarness.CreateCompilation(TargetKind.Net80CSharp10);
        var driver = GeneratorHarness.CreateDriver(new[] { original }, GeneratorHarness.Options(), TargetKind.Net80CSharp10, generator: generator);

        var first = GeneratorHarness.Run(driver, compilation);
        var grown = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(original, File(new string('n', 400))), compilation);

        Assert.Contains("private static string AdjunctiveGeneralServicesChunk", first.Source("Cdt.AdjunctiveGeneralServices.g.cs"), StringComparison.Ordinal);
        Assert.Contains("private static byte[] AdjunctiveGeneralServicesChunk", grown.Source("Cdt.AdjunctiveGeneralServices.g.cs"), StringComparison.Ordinal);
        Assert.Empty(grown.CompilationProblems);
    }

    [Fact]
    public void Every_code_and_every_generated_member_is_documented()
    {
        // DocumentationMode.Diagnose + public types would raise CS1591 for any undocumented member.
        var run = GeneratorHarness.Run(new[] { Fixtures.Starter }, GeneratorHarness.Options("Dental.Billing", "public"));

        Assert.DoesNotContain(run.CompilationProblems, d => d.Id is "CS1591" or "CS1570" or "CS1574" or "CS1584" or "CS1658");
        Assert.Empty(run.CompilationProblems);
    }

    [Theory]
    [InlineData(null, null, "CdtCodes.Generated")]
    [InlineData("My.App", null, "My.App")]
    [InlineData("My-App", null, "CdtCodes.Generated")]
    [InlineData("My.App", "Billing.Codes", "Billing.Codes")]
    [InlineData("My.App", "class.Codes", "My.App")]
    [InlineData("My.App", "Billing..Codes", "My.App")]
    [InlineData("My.App", " ", "My.App")]
    public void Namespace_comes_from_CdtCodesNamespace_then_RootNamespace_then_a_default(string? root, string? configured, string expected)
    {
        var values = new Dictionary<string, string>();
        if (root != null)
        {
            values["build_property.RootNamespace"] = root;
        }

        if (configured != null)
        {
            values["build_property.CdtCodesNamespace"] = configured;
        }

        var run = GeneratorHarness.Run(new[] { Fixtures.Starter }, new TestOptionsProvider(values));

        Assert.NotNull(run.Output.GetTypeByMetadataName(expected + ".Cdt"));
        Assert.NotNull(run.Output.GetTypeByMetadataName(expected + ".CdtCatalog"));
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void A_file_marked_with_CdtCodesDefinition_metadata_is_read_whatever_its_name()
    {
        var file = new InMemoryAdditionalText("/project/Codes/my-codes.json", Fixtures.UserFile(Fixtures.Code("D0150")));
        var other = new InMemoryAdditionalText("/project/appsettings.json", "{ \"not\": \"ours\" }");
        var options = new TestOptionsProvider(
            new Dictionary<string, string> { ["build_property.RootNamespace"] = "TestProject" },
            new Dictionary<string, IReadOnlyDictionary<string, string>>
            {
                [file.Path] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.CdtCodesDefinition"] = "True" },
            });

        var run = GeneratorHarness.Run(new AdditionalText[] { file, other }, options);

        Assert.Empty(run.Diagnostics);
        Assert.NotNull(run.Output.GetTypeByMetadataName("TestProject.Cdt")!.GetMembers("D0150").SingleOrDefault());
    }

    [Fact]
    public void The_suffix_is_matched_case_insensitively()
    {
        var run = GeneratorHarness.Run(("/project/Upper.CDT.JSON", Fixtures.UserFile(Fixtures.Code("D0150"))));

        Assert.Contains(run.Sources, s => s.HintName == "Cdt.Diagnostic.g.cs");
    }

    internal static int CountOf(string text, string value)
    {
        int count = 0;
        for (int i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
