using CdtCodes.Generator.Tests.Infrastructure;

namespace CdtCodes.Generator.Tests;

/// <summary>The generated catalog at run time: compiled, emitted and loaded.</summary>
public class RuntimeCatalogTests
{
    private static LoadedCatalog LoadStarter() =>
        LoadedCatalog.Load(GeneratorHarness.Run(new[] { Fixtures.Starter }, GeneratorHarness.Options()));

    [Fact]
    public void TryGet_finds_exact_codes_only()
    {
        using var catalog = LoadStarter();

        Assert.True(catalog.TryGet("D9996", out var entry));
        Assert.Equal("D9996", entry!.Code);
        Assert.Equal(EncounterMode.Asynchronous, entry.EncounterMode);
        Assert.False(catalog.TryGet("d9996", out _));
        Assert.False(catalog.TryGet(" D9996", out _));
        Assert.False(catalog.TryGet("D9999", out _));
        Assert.False(catalog.TryGet(null, out _));
    }

    [Theory]
    [InlineData(" d9996 ")]
    [InlineData("D-9996")]
    [InlineData("D 9996")]
    [InlineData("9996")]
    [InlineData("D9996")]
    public void TryParse_normalises_messy_input(string input)
    {
        using var catalog = LoadStarter();

        Assert.True(catalog.TryParse(input, out var entry));
        Assert.Equal("D9996", entry!.Code);
    }

    [Fact]
    public void TryParse_rejects_what_is_not_a_code()
    {
        using var catalog = LoadStarter();

        Assert.False(catalog.TryParse("D99960", out _));
        Assert.False(catalog.TryParse("teledentistry", out _));
        Assert.False(catalog.TryParse("", out _));
        Assert.False(catalog.TryParse(null, out _));
    }

    [Fact]
    public void All_is_ordered_by_code_and_InCategory_filters()
    {
        using var catalog = LoadStarter();

        Assert.Equal(
            new[] { "D0120", "D0140", "D0351", "D0801", "D2391", "D4341", "D4355", "D6999", "D9995", "D9996" },
            catalog.All.Select(c => c.Code));
        Assert.Equal(new[] { "D9995", "D9996" }, catalog.InCategory(CdtCategory.AdjunctiveGeneralServices).Select(c => c.Code));
        Assert.Equal(new[] { "D4341", "D4355" }, catalog.InCategory(CdtCategory.Periodontics).Select(c => c.Code));
        Assert.Empty(catalog.InCategory(CdtCategory.Orthodontics));
    }

    [Fact]
    public void Entries_carry_every_field_of_the_definition()
    {
        using var catalog = LoadStarter();

        var d0120 = catalog.Entry("D0120");
        Assert.Equal("Periodic evaluation of an established patient", d0120.Name);
        Assert.Equal("Clinical oral evaluations", d0120.Subcategory);
        Assert.Equal(CdtCategory.Diagnostic, d0120.Category);
        Assert.Equal(new[] { "Findings since the last visit", "Updated history" }, d0120.Documentation);
        Assert.Equal("No, it is for established patients.", Assert.Single(d0120.Faq).Answer);
        Assert.Equal(1, d0120.MaxPerDate);
        Assert.True(d0120.IsStarter);

        var d9996 = catalog.Entry("D9996");
        Assert.True(d9996.IsAddOn);
        Assert.Empty(d9996.ReportedWith);
        var useInstead = d9996.Relations.Single(r => r.Kind == CdtRelationKind.UseInstead);
        Assert.Equal(("D9995", EncounterMode.Synchronous), (useInstead.Code, useInstead.When));

        var d0351 = catalog.Entry("D0351");
        Assert.Equal(2023, d0351.DeletedIn!.Value.Year);
        Assert.Equal(new[] { "D0801" }, d0351.ReplacedBy);

        var d2391 = catalog.Entry("D2391");
        Assert.Equal((TreatmentArea.Surface, 1, 1), (d2391.TreatmentArea, d2391.MinSurfaces, d2391.MaxSurfaces));
        Assert.Equal(new[] { 2020 }, d2391.RevisedIn);

        var exclusion = Assert.Single(catalog.Entry("D4355").ExclusiveWith);
        Assert.Equal((2025, 0), (exclusion.FromEdition, exclusion.ToEdition));
        Assert.Equal(new[] { "D0120", "D0140" }, exclusion.Codes);

        Assert.True(catalog.Entry("D4341").AlsoAllowsToothRange);
        Assert.True(catalog.Entry("D6999").ByReport);
        Assert.True(catalog.Entry("D6999").IsProsthesis);
    }

    [Fact]
    public void Constants_equal_their_codes_and_catalog_properties_are_the_set_entries()
    {
        using var catalog = LoadStarter();

        foreach (var entry in catalog.All)
        {
            Assert.Equal(entry.Code, catalog.Constant(entry.Code));
            Assert.Same(entry, catalog.Entry(entry.Code));
        }

        Assert.Same(catalog.Codes, catalog.Graph.Codes);
    }

    [Fact]
    public void A_catalog_of_1000_codes_loads_with_every_entry()
    {
        using var catalog = LoadedCatalog.Load(GeneratorHarness.Run(("/defs/big.cdt.json", Fixtures.Synthetic(1000))));

        Assert.Equal(1000, catalog.All.Count);
        Assert.True(catalog.TryGet("D0100", out var first));
        Assert.Equal("Synthetic procedure 0", first!.Name);
    }

    [Fact]
    public void UTF8_and_string_literal_data_decode_to_the_same_entries()
    {
        var utf8Run = GeneratorHarness.Run(new[] { Fixtures.Starter }, GeneratorHarness.Options());
        var textRun = GeneratorHarness.Run(new[] { Fixtures.Starter }, GeneratorHarness.Options(), TargetKind.Net80CSharp10);
        Assert.Contains("\"u8 +", utf8Run.Source("Cdt.Diagnostic.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("\"u8", textRun.Source("Cdt.Diagnostic.g.cs"), StringComparison.Ordinal);
        Assert.Empty(textRun.CompilationProblems);

        using var utf8 = LoadedCatalog.Load(utf8Run);
        using var text = LoadedCatalog.Load(textRun);

        int constants = utf8Run.Output.GetTypeByMetadataName("TestProject.Cdt")!.GetMembers().OfType<Microsoft.CodeAnalysis.IFieldSymbol>().Count();
        Assert.Equal(constants, utf8.All.Count);
        Assert.Equal(utf8.All.Select(EntryDump.Of), text.All.Select(EntryDump.Of));
    }

    [Fact]
    public void The_first_lookup_of_a_code_builds_its_entry_and_later_lookups_share_it()
    {
        using var catalog = LoadStarter();

        // A lookup before All: the entry comes from its record alone, and All then holds that same instance.
        Assert.True(catalog.TryGet("D4355", out var first));
        Assert.Equal(2025, Assert.Single(first!.ExclusiveWith).FromEdition);
        Assert.Same(first, catalog.Entry("D4355"));
        Assert.Same(first, catalog.All.Single(e => e.Code == "D4355"));
        Assert.Equal(catalog.All.Count, catalog.Codes.Count);
    }

    [Fact]
    public void Lookups_racing_on_a_fresh_catalog_all_get_the_same_instance()
    {
        using var catalog = LoadStarter();
        var codes = catalog.Codes;
        var seen = new CdtCode?[64];

        Parallel.For(0, seen.Length, i => codes.TryGet("D9996", out seen[i]!));

        Assert.All(seen, e => Assert.Same(seen[0], e));
    }
}
