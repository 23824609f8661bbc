using CdtCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CdtCodes.Generator.Tests;

public class EdgeCaseTests
{
    [Fact]
    public void Cancellation_is_honoured_not_turned_into_a_diagnostic()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() =>
            Parsing.DefinitionParser.Parse("/defs/big.cdt.json", SourceText.From(Fixtures.Synthetic(50)), cancelled.Token));
        var driver = GeneratorHarness.CreateDriver(new[] { Fixtures.Starter }, GeneratorHarness.Options());
        Assert.ThrowsAny<OperationCanceledException>(() => driver.RunGenerators(GeneratorHarness.CreateCompilation(), cancelled.Token));
    }

    [Fact]
    public void Documentation_may_link_to_a_deleted_constant_without_an_Obsolete_warning()
    {
        var file = new InMemoryAdditionalText("/defs/links.cdt.json", Fixtures.UserFile(
            Fixtures.Code("D0350", "Deleted one", "\"addedIn\": 2010, \"deletedIn\": 2020, \"replacedBy\": [\"D0360\"]") + ",\n" +
            Fixtures.Code("D0360", "Successor", "\"relations\": [ { \"kind\": \"related\", \"code\": \"D0350\" } ], \"exclusiveWith\": [ { \"codes\": [\"D0350\"] } ]")));

        var run = GeneratorHarness.Run(new[] { file }, GeneratorHarness.Options(visibility: "public"));

        string source = run.Source("Cdt.Diagnostic.g.cs");
        Assert.Contains("[global::System.Obsolete(\"D0350 was deleted in CDT 2020. Use D0360 instead.\"", source, StringComparison.Ordinal);
        Assert.Contains("<see cref=\"D0350\"/> (related)", source, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Several_successors_are_listed_in_the_Obsolete_message()
    {
        var file = new InMemoryAdditionalText("/defs/split.cdt.json", Fixtures.UserFile(
            Fixtures.Code("D0350", "Split in two", "\"deletedIn\": 2023, \"replacedBy\": [\"D0801\", \"D0802\"]") + ",\n" +
            Fixtures.Code("D0801", "First successor") + ",\n" + Fixtures.Code("D0802", "Second successor")));

        var run = GeneratorHarness.Run(new[] { file }, GeneratorHarness.Options());

        string source = run.Source("Cdt.Diagnostic.g.cs");
        Assert.Contains("[global::CdtCodes.Rules.Deleted(2023, \"D0801\", \"D0802\")]", source, StringComparison.Ordinal);
        Assert.Contains("\"D0350 was deleted in CDT 2023. Replaced by D0801, D0802.\"", source, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    [Fact]
    public void Rule_attributes_carry_the_definition_data()
    {
        var file = new InMemoryAdditionalText("/defs/rules.cdt.json", Fixtures.UserFile(
            Fixtures.Code("D0220", "Intraoral periapical, first image") + ",\n" +
            Fixtures.Code("D0230", "Intraoral periapical, each additional image", "\"reportedWith\": { \"codes\": [\"D0220\"] }, \"maxPerDate\": 9, \"addedIn\": 2000") + ",\n" +
            Fixtures.Code("D4355", "Debridement", "\"exclusiveWith\": [ { \"codes\": [\"D0220\"], \"fromEdition\": 2024, \"toEdition\": 2026 }, { \"codes\": [\"D0230\"] } ]") + ",\n" +
            Fixtures.Code("D2392", "Two-surface composite", "\"treatmentArea\": \"surface\", \"surfaceCount\": { \"min\": 2, \"max\": 2 }, \"byReport\": true")));

        var run = GeneratorHarness.Run(new[] { file }, GeneratorHarness.Options());

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationProblems);
        var cdt = run.Output.GetTypeByMetadataName("TestProject.Cdt")!;
        string Attributes(string code) => string.Join(" ", cdt.GetMembers(code).Single().GetAttributes().Select(a => a.ToString()));
        Assert.Equal("CdtCodes.Rules.ReportedWithAttribute({\"D0220\"}) CdtCodes.Rules.MaxPerDateAttribute(9) CdtCodes.Rules.AddedAttribute(2000)", Attributes("D0230"));
        Assert.Equal(
            "CdtCodes.Rules.ExclusiveWithAttribute({\"D0220\"}, FromEdition = 2024, ToEdition = 2026) CdtCodes.Rules.ExclusiveWithAttribute({\"D0230\"})",
            Attributes("D4355"));
        Assert.Equal(
            "CdtCodes.Rules.AreaAttribute(CdtCodes.TreatmentArea.Surface, MinSurfaces = 2, MaxSurfaces = 2) CdtCodes.Rules.ByReportAttribute",
            Attributes("D2392"));
        Assert.Equal("", Attributes("D0220"));

        var type = cdt.GetAttributes().Single();
        Assert.Equal("CdtCodes.Rules.CdtConstantsAttribute(TargetEdition = 2025)", type.ToString());
        var assembly = run.Output.Assembly.GetAttributes().Single(a => a.AttributeClass!.Name == "CdtCatalogAttribute");
        Assert.Equal("TestProject.Cdt", assembly.ConstructorArguments[0].Value!.ToString());
    }

    [Fact]
    public void The_default_target_edition_is_the_highest_edition_the_definitions_mention()
    {
        var file = new InMemoryAdditionalText("/defs/editions.cdt.json", Fixtures.UserFile(
            Fixtures.Code("D0350", "Revised late", "\"addedIn\": 2010, \"revisedIn\": [2027]")));

        var run = GeneratorHarness.Run(new[] { file }, GeneratorHarness.Options());
        var overridden = GeneratorHarness.Run(new[] { file }, GeneratorHarness.Options(edition: "2019"));
        var invalid = GeneratorHarness.Run(new[] { file }, GeneratorHarness.Options(edition: "next year"));

        Assert.Contains("TargetEdition = 2027", run.Source("Cdt.g.cs"), StringComparison.Ordinal);
        Assert.Contains("TargetEdition = 2019", overridden.Source("Cdt.g.cs"), StringComparison.Ordinal);
        Assert.Contains("TargetEdition = 2027", invalid.Source("Cdt.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicates_inside_the_starter_set_keep_the_first_silently_and_do_not_break_the_build()
    {
        var second = new InMemoryAdditionalText("/defs/starter2.cdt.json", Fixtures.StarterJson.Replace("Periodic evaluation", "Other wording", StringComparison.Ordinal));

        var run = GeneratorHarness.Run(new AdditionalText[] { second, Fixtures.Starter }, GeneratorHarness.Options());

        Assert.Empty(run.Diagnostics);
        Assert.Contains("Periodic evaluation of an established patient", run.Source("Cdt.Diagnostic.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems);
    }

    /// <summary>
    /// The repository's own definitions (written in parallel with the generator) go through it cleanly: the JSON
    /// contract of docs/definition-format.md is the same on both sides. Passes trivially while there are none.
    /// </summary>
    [Fact]
    public void Repository_definitions_generate_and_compile_without_diagnostics()
    {
        string folder = TestPaths.RepositoryDefinitions;
        var files = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories)
                .Where(p => !p.EndsWith(".schema.json", StringComparison.OrdinalIgnoreCase))
                .Where(p => File.ReadAllText(p).Contains("\"schemaVersion\"", StringComparison.Ordinal))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (AdditionalText)new InMemoryAdditionalText(p.EndsWith(".cdt.json", StringComparison.OrdinalIgnoreCase) ? p : p + ".cdt.json", File.ReadAllText(p)))
                .ToList()
            : new List<AdditionalText>();
        if (files.Count == 0)
        {
            return;
        }

        foreach (var target in new[] { TargetKind.Net80, TargetKind.Net472 })
        {
            var run = GeneratorHarness.Run(files, GeneratorHarness.Options(), target);

            Assert.True(run.Diagnostics.All(d => d.Severity < DiagnosticSeverity.Warning), GeneratorHarness.Describe(run.Diagnostics));
            Assert.True(run.CompilationProblems.Count == 0, GeneratorHarness.Describe(run.CompilationProblems.Take(10)));
        }
    }
}
