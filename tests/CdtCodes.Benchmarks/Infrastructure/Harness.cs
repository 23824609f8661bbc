using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using Basic.Reference.Assemblies;
using CdtCodes.Benchmarks.Synthetic;
using CdtCodes.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CdtCodes.Benchmarks.Infrastructure;

/// <summary>An additional file held in memory.</summary>
public sealed class InMemoryText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryText(string path, SourceText text)
    {
        Path = path;
        _text = text;
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Global MSBuild options (build_property.*) as the package's props pass them.</summary>
public sealed class GlobalOptionsProvider : AnalyzerConfigOptionsProvider
{
    private static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

    public GlobalOptionsProvider(params (string Key, string Value)[] values)
    {
        GlobalOptions = new Options(values.ToImmutableDictionary(v => v.Key, v => v.Value));
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

    private sealed class Options(ImmutableDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

/// <summary>In-process compilations and generator drivers, the way the compiler sets them up.</summary>
public static class Harness
{
    public const string Namespace = "Bench";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse);

    public static readonly AnalyzerConfigOptionsProvider Options = new GlobalOptionsProvider(("build_property.RootNamespace", Namespace));

    public static readonly ImmutableArray<MetadataReference> References = Net80.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(CdtCode).Assembly.Location))
        .ToImmutableArray();

    public static string RepositoryRoot { get; } = typeof(Harness).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>The package's starter set, as the files ship.</summary>
    public static IReadOnlyList<(string Name, byte[] Json)> StarterFiles() =>
        Directory.GetFiles(Path.Combine(RepositoryRoot, "definitions", "starter"), "*.cdt.json")
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();

    /// <summary>The codes of the starter set.</summary>
    public static string[] StarterCodes() => StarterFiles()
        .SelectMany(f => System.Text.Json.JsonDocument.Parse(f.Json).RootElement.GetProperty("codes").EnumerateArray())
        .Select(c => c.GetProperty("code").GetString()!)
        .ToArray();

    /// <summary>"starter" or a synthetic size.</summary>
    public static IReadOnlyList<(string Name, byte[] Json)> DefinitionFiles(string size) =>
        size == "starter" ? StarterFiles() : SyntheticCatalog.Files(int.Parse(size, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Additional texts as the compiler makes them: decoded from the file's bytes.</summary>
    public static AdditionalText[] Texts(IEnumerable<(string Name, byte[] Json)> files) =>
        files.Select(f => (AdditionalText)new InMemoryText("/defs/" + f.Name, SourceText.From(f.Json, f.Json.Length, Encoding.UTF8, canBeEmbedded: false)))
            .ToArray();

    public static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, ParseOptions, path);

    public static CSharpCompilation Compilation(IEnumerable<SyntaxTree> trees, string name = "Consumer") =>
        CSharpCompilation.Create(
            name,
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, bool trackSteps = false, CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            new[] { new CdtCodesGenerator().AsSourceGenerator() },
            files,
            parseOptions ?? ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>Runs the generator once and returns the generated trees (the catalog a consumer compiles against).</summary>
    public static ImmutableArray<SyntaxTree> Generate(IEnumerable<AdditionalText> files, out ImmutableArray<Diagnostic> diagnostics, CSharpParseOptions? parseOptions = null)
    {
        var compilation = Compilation(new[] { CSharpSyntaxTree.ParseText("namespace Bench { }", parseOptions ?? ParseOptions, "Empty.cs") });
        var driver = Driver(files, parseOptions: parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out diagnostics);
        var result = driver.GetRunResult().Results[0];
        if (result.Exception != null)
        {
            throw new InvalidOperationException("The generator failed.", result.Exception);
        }

        return result.GeneratedSources.Select(s => s.SyntaxTree).ToImmutableArray();
    }

    /// <summary>
    /// Emits the consumer of a generated catalog to bytes (the assembly a user's app would ship). C# 11 and later
    /// get the catalog as UTF-8 literals; <paramref name="language"/> C# 10 shows the string-literal form .NET
    /// Framework projects get.
    /// </summary>
    public static byte[] EmitCatalogAssembly(IEnumerable<AdditionalText> files, string assemblyName, LanguageVersion language = LanguageVersion.Latest)
    {
        var trees = Generate(files, out var diagnostics, new CSharpParseOptions(language, DocumentationMode.Parse));
        var problems = diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Definitions have problems:\n" + string.Join("\n", problems.Take(20)));
        }

        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
        using var stream = new MemoryStream();
        var emit = compilation.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("The catalog does not compile:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        }

        return stream.ToArray();
    }
}
