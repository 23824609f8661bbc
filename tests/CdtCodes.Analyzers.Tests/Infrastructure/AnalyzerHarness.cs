using System.Collections.Immutable;
using System.Reflection;
using CdtCodes.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdtCodes.Tests.Infrastructure;

/// <summary>Compiles a test source with the catalog and the runtime library, and runs the usage analyzers on it.</summary>
public static class AnalyzerHarness
{
    public const string TestPath = "/src/Test0.cs";

    /// <summary>Every usage analyzer the generator assembly exports (found by reflection so new ones are covered).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers { get; } = typeof(EncounterModeAnalyzer).Assembly
        .GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static CSharpCompilation CreateCompilation(
        string source,
        CatalogMode mode = CatalogMode.Source,
        CatalogOptions? catalog = null,
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary,
        bool referenceRuntime = true)
    {
        catalog ??= CatalogOptions.Default;
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(source, TestCatalog.ParseOptions, path: TestPath) };
        var references = new List<MetadataReference>(TestCatalog.FrameworkReferences);
        if (referenceRuntime)
        {
            references.Add(TestCatalog.RuntimeLibrary);
        }

        if (mode == CatalogMode.Source)
        {
            trees.Add(CSharpSyntaxTree.ParseText(TestCatalog.Source(catalog, isPublic: false), TestCatalog.ParseOptions, path: "/src/obj/Cdt.g.cs"));
        }
        else if (mode == CatalogMode.Reference)
        {
            references.Add(TestCatalog.Reference(catalog));
        }

        return CSharpCompilation.Create(
            "TestProject",
            trees,
            references,
            new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));
    }

    public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(
        Compilation compilation,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        ImmutableArray<DiagnosticAnalyzer>? analyzers = null,
        AnalyzerOptions? options = null)
    {
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers ?? AllAnalyzers,
            new CompilationWithAnalyzersOptions(options ?? TestOptionsProvider.Create(globalOptions), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false));
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var crashes = diagnostics.Where(d => d.Id == "AD0001").ToList();
        Assert.True(crashes.Count == 0, "Analyzer crashed:\n" + string.Join("\n", crashes.Select(d => d.GetMessage())));
        return diagnostics;
    }

    /// <summary>
    /// Checks that exactly the marked diagnostics with the given IDs are reported (other IDs are ignored), that the
    /// source compiles, and that every reported diagnostic has a message and its descriptor's default severity.
    /// </summary>
    public static async Task VerifyAsync(
        string markup,
        string[] ids,
        CatalogMode mode = CatalogMode.Source,
        CatalogOptions? catalog = null,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary,
        bool allowCompilerErrors = false)
    {
        var (source, expected) = Markup.Parse(markup);
        var compilation = CreateCompilation(source, mode, catalog, outputKind);
        if (!allowCompilerErrors)
        {
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join("\n", errors));
        }

        var diagnostics = await GetDiagnosticsAsync(compilation, globalOptions);
        var actual = diagnostics
            .Where(d => ids.Contains(d.Id) && d.Location.SourceTree?.FilePath == TestPath)
            .Select(d => (d.Id, d.Location.SourceSpan))
            .OrderBy(d => d.SourceSpan.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var wanted = expected
            .Select(e => (Id: e.Id ?? ids[0], e.Span))
            .OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        Assert.True(
            wanted.SequenceEqual(actual),
            "Expected:\n" + Describe(source, wanted) + "\nActual:\n" + Describe(source, actual) + "\nAll:\n" + string.Join("\n", diagnostics));

        foreach (var diagnostic in diagnostics.Where(d => ids.Contains(d.Id)))
        {
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.Equal(diagnostic.Descriptor.DefaultSeverity, diagnostic.Severity);
        }
    }

    /// <summary>The diagnostics with one ID, for message and property checks.</summary>
    public static async Task<IReadOnlyList<Diagnostic>> GetAsync(
        string source,
        string id,
        CatalogMode mode = CatalogMode.Source,
        CatalogOptions? catalog = null,
        IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var diagnostics = await GetDiagnosticsAsync(CreateCompilation(source, mode, catalog), globalOptions);
        return diagnostics.Where(d => d.Id == id).OrderBy(d => d.Location.SourceSpan.Start).ToList();
    }

    private static string Describe(string source, IEnumerable<(string Id, Microsoft.CodeAnalysis.Text.TextSpan Span)> items) =>
        string.Join("\n", items.Select(i => $"  {i.Id} {i.Span} '{source.Substring(i.Span.Start, i.Span.Length)}'"));
}
