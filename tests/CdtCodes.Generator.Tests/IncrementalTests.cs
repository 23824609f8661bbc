using System.Collections;
using System.Reflection;
using CdtCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CdtCodes.Generator.Tests;

/// <summary>
/// Caching, asserted through tracked step run reasons (never timings): C# edits cost nothing, editing one definition
/// file re-parses that file only and re-emits only its category, options re-emit what depends on them.
/// </summary>
public class IncrementalTests
{
    private static readonly string[] StepNames = typeof(TrackingNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    private static readonly InMemoryAdditionalText Diagnostic = new("/defs/diagnostic.cdt.json", Fixtures.UserFile(
        Fixtures.Code("D0120", "Periodic evaluation") + ",\n" + Fixtures.Code("D0140", "Limited evaluation", "\"relations\": [ { \"kind\": \"related\", \"code\": \"D9995\" } ]")));

    private static readonly InMemoryAdditionalText Adjunctive = new("/defs/adjunctive.cdt.json", Fixtures.UserFile(
        Fixtures.Code("D9995", "Live teledentistry", "\"encounterMode\": \"synchronous\"") + ",\n" + Fixtures.Code("D9996", "Store-and-forward teledentistry", "\"encounterMode\": \"asynchronous\"")));

    private static readonly InMemoryAdditionalText Restorative = new("/defs/restorative.cdt.json", Fixtures.UserFile(
        Fixtures.Code("D2391", "One-surface composite", "\"treatmentArea\": \"surface\"")));

    private static (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun(TestOptionsProvider? options = null)
    {
        var compilation = GeneratorHarness.CreateCompilation();
        var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { Diagnostic, Adjunctive, Restorative }, options ?? GeneratorHarness.Options(), trackSteps: true);
        driver = driver.RunGenerators(compilation);
        Assert.Null(driver.GetRunResult().Results[0].Exception);
        return (driver, compilation);
    }

    private static GeneratorRunResult Result(GeneratorDriver driver) => driver.GetRunResult().Results.Single();

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).Select(o => o.Reason).ToList()
            : new List<IncrementalStepRunReason>();

    private static void AssertNothingRan(GeneratorRunResult result)
    {
        foreach (string name in StepNames)
        {
            Assert.True(result.TrackedSteps.ContainsKey(name), "step " + name + " was not tracked");
            Assert.All(Reasons(result, name), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                name + " was " + reason));
        }

        Assert.All(
            result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Rerun_with_the_same_input_is_cached_everywhere()
    {
        var (driver, compilation) = FirstRun();

        driver = driver.RunGenerators(compilation.Clone());

        AssertNothingRan(Result(driver));
    }

    [Fact]
    public void An_unrelated_CSharp_edit_is_cached_everywhere()
    {
        var (driver, compilation) = FirstRun();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(
            "namespace TestProject { internal static class Edited { internal static int Answer => 42; } }",
            GeneratorHarness.ParseOptions(TargetKind.Net80)));

        driver = driver.RunGenerators(edited);

        AssertNothingRan(Result(driver));
    }

    [Fact]
    public void Editing_one_file_reparses_that_file_only_and_reemits_only_its_category()
    {
        var (driver, compilation) = FirstRun();
        var before = Sources(driver);
        var edited = new InMemoryAdditionalText(Adjunctive.Path, Adjunctive.GetText()!.ToString().Replace("Live teledentistry", "Live video teledentistry", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(Adjunctive, edited).RunGenerators(compilation);

        var result = Result(driver);
        var parse = Reasons(result, TrackingNames.Parse);
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, parse.Count(r => r == IncrementalStepRunReason.Cached));

        var chunks = Reasons(result, TrackingNames.Chunks);
        Assert.Equal(1, chunks.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, chunks.Count(r => r == IncrementalStepRunReason.Unchanged));
        AssertNotRerun(Reasons(result, TrackingNames.Settings));
        AssertNotRerun(Reasons(result, TrackingNames.Categories));

        var after = Sources(driver);
        Assert.Equal(
            new[] { "Cdt.AdjunctiveGeneralServices.g.cs" },
            after.Where(s => before[s.Key] != s.Value).Select(s => s.Key));
        Assert.Equal(
            1,
            result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Count(o => o.Reason == IncrementalStepRunReason.Modified));
    }

    [Fact]
    public void A_whitespace_only_edit_regenerates_nothing()
    {
        var (driver, compilation) = FirstRun();
        var reformatted = new InMemoryAdditionalText(Diagnostic.Path, "\n\n  " + Diagnostic.GetText()!.ToString().Replace("\n", "\n    ", StringComparison.Ordinal));

        driver = driver.ReplaceAdditionalText(Diagnostic, reformatted).RunGenerators(compilation);

        var result = Result(driver);
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, TrackingNames.Parse));
        AssertNotRerun(Reasons(result, TrackingNames.Catalog));
        Assert.All(
            result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void A_visibility_change_reemits_the_main_files_and_keeps_the_category_files()
    {
        var (driver, compilation) = FirstRun();
        var before = Sources(driver);

        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.Options(visibility: "public")).RunGenerators(compilation);

        var result = Result(driver);
        Assert.All(Reasons(result, TrackingNames.Parse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(result, TrackingNames.Options), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.All(Reasons(result, TrackingNames.Settings), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.All(Reasons(result, TrackingNames.ChunkSettings), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));

        var after = Sources(driver);
        Assert.Contains("public static partial class Cdt", after["Cdt.g.cs"], StringComparison.Ordinal);
        Assert.Contains("public static partial class CdtCatalog", after["CdtCatalog.g.cs"], StringComparison.Ordinal);
        Assert.Equal(new[] { "Cdt.g.cs", "CdtCatalog.g.cs" }, after.Where(s => before[s.Key] != s.Value).Select(s => s.Key).OrderBy(k => k, StringComparer.Ordinal));
    }

    [Fact]
    public void A_namespace_or_edition_change_reemits_every_file()
    {
        var (driver, compilation) = FirstRun();

        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.Options(ns: "Other.Namespace")).RunGenerators(compilation);

        var result = Result(driver);
        Assert.All(Reasons(result, TrackingNames.Parse), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Reasons(result, TrackingNames.ChunkSettings), r => Assert.Equal(IncrementalStepRunReason.Modified, r));
        Assert.All(
            result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Where(o => o.Reason != IncrementalStepRunReason.Cached),
            o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(Sources(driver).Values, text => Assert.Contains("namespace Other.Namespace", text, StringComparison.Ordinal));
    }

    [Fact]
    public void Removing_a_file_removes_its_codes()
    {
        var (driver, compilation) = FirstRun();

        driver = driver.RemoveAdditionalTexts(ImmutableArrayOf(Restorative)).RunGenerators(compilation);

        var result = Result(driver);
        Assert.Contains(IncrementalStepRunReason.Removed, Reasons(result, TrackingNames.Parse));
        Assert.DoesNotContain("Cdt.Restorative.g.cs", Sources(driver).Keys);
        Assert.DoesNotContain("AddRestorative", Sources(driver)["CdtCatalog.g.cs"], StringComparison.Ordinal);
    }

    [Fact]
    public void No_step_output_holds_a_compilation_symbol_syntax_node_or_location()
    {
        var (driver, _) = FirstRun();

        var result = Result(driver);
        foreach (string name in StepNames)
        {
            foreach (var step in result.TrackedSteps[name])
            {
                foreach (var (value, _) in step.Outputs)
                {
                    AssertNoBannedObjects(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
                }
            }
        }
    }

    [Fact]
    public void The_object_graph_walk_does_find_a_nested_compilation()
    {
        var holder = new { Inner = new object[] { 1, new Tuple<string, Compilation>("x", GeneratorHarness.CreateCompilation()) } };

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertNoBannedObjects(holder, "self-test", new HashSet<object>(ReferenceEqualityComparer.Instance)));
    }

    [Fact]
    public void Equal_arrays_hash_alike_whether_default_or_empty()
    {
        var empty = Model.EquatableArray<string>.Empty;
        var unset = default(Model.EquatableArray<string>);

        Assert.Equal(empty, unset);
        Assert.Equal(empty.GetHashCode(), unset.GetHashCode());
    }

    [Fact]
    public void Parsing_equal_text_twice_gives_equal_models()
    {
        string json = Diagnostic.GetText()!.ToString();

        var first = Parsing.DefinitionParser.Parse("/defs/a.cdt.json", SourceText.From(json), CancellationToken.None);
        var second = Parsing.DefinitionParser.Parse("/defs/a.cdt.json", SourceText.From(json), CancellationToken.None);
        var other = Parsing.DefinitionParser.Parse("/defs/a.cdt.json", SourceText.From(json.Replace("Periodic", "Recall", StringComparison.Ordinal)), CancellationToken.None);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.NotEqual(first.Definition, other.Definition);
    }

    /// <summary>Cached (input unchanged) or Unchanged (re-run, equal output): either way nothing downstream runs.</summary>
    private static void AssertNotRerun(List<IncrementalStepRunReason> reasons)
    {
        Assert.NotEmpty(reasons);
        Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    private static Dictionary<string, string> Sources(GeneratorDriver driver) =>
        Result(driver).GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());

    private static System.Collections.Immutable.ImmutableArray<AdditionalText> ImmutableArrayOf(AdditionalText text) =>
        System.Collections.Immutable.ImmutableArray.Create(text);

    private static readonly Type[] Banned = { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(Location) };

    private static void AssertNoBannedObjects(object? node, string step, HashSet<object> visited)
    {
        if (node == null)
        {
            return;
        }

        var type = node.GetType();
        if (type.IsPrimitive || type.IsEnum || node is string || node is Pointer)
        {
            return;
        }

        Assert.False(Banned.Any(b => b.IsAssignableFrom(type)), $"step {step} holds a {type.FullName}");
        if (!type.IsValueType && !visited.Add(node))
        {
            return;
        }

        if (node is IEnumerable enumerable && type.IsArray)
        {
            if (type.GetElementType()!.IsPrimitive)
            {
                return;
            }

            foreach (object? item in enumerable)
            {
                AssertNoBannedObjects(item, step, visited);
            }

            return;
        }

        for (var t = type; t != null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike)
                {
                    continue;
                }

                AssertNoBannedObjects(field.GetValue(node), step, visited);
            }
        }
    }
}
