using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using CdtCodes.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdtCodes.Generator.Tests.Infrastructure;

public enum TargetKind
{
    /// <summary>A net8.0 project, latest C#, nullable enabled.</summary>
    Net80,

    /// <summary>A .NET Framework 4.7.2 project at C# 7.3 against the netstandard2.0 CdtCodes.dll.</summary>
    Net472,

    /// <summary>A net8.0 project held at C# 10: no u8 literals, so the catalog's data is string literals (loadable here).</summary>
    Net80CSharp10,
}

/// <summary>What one generator run produced.</summary>
public sealed class GeneratorRun
{
    public required GeneratorDriver Driver { get; init; }

    public required CSharpCompilation Input { get; init; }

    public required Compilation Output { get; init; }

    public required ImmutableArray<Diagnostic> Diagnostics { get; init; }

    public required GeneratorRunResult Result { get; init; }

    /// <summary>Generated files by hint name, ordinal order.</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources =>
        Result.GeneratedSources
            .Select(s => (s.HintName, s.SourceText.ToString()))
            .OrderBy(s => s.HintName, StringComparer.Ordinal)
            .ToList();

    public string Source(string hintName) =>
        Sources.Single(s => s.HintName == hintName).Text;

    /// <summary>Compiler diagnostics of the output (generated code included), warnings and errors only.</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    public IReadOnlyList<Diagnostic> Cdtg(string id) => Diagnostics.Where(d => d.Id == id).ToList();
}

/// <summary>Runs the generator the way the compiler does, on in-memory files and options.</summary>
public static class GeneratorHarness
{
    public const string UserSource = "namespace TestProject { internal static class Program { } }\n";

    private static readonly Lazy<ImmutableArray<MetadataReference>> Net80References = new(() =>
        Net80.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(CdtCodes.CdtCode).Assembly.Location))
            .ToImmutableArray());

    private static readonly Lazy<ImmutableArray<MetadataReference>> Net472References = new(() =>
        Net472.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(TestPaths.NetStandardRuntime))
            .ToImmutableArray());

    public static CSharpParseOptions ParseOptions(TargetKind target) => target switch
    {
        TargetKind.Net472 => new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose),
        TargetKind.Net80CSharp10 => new CSharpParseOptions(LanguageVersion.CSharp10, DocumentationMode.Diagnose),
        _ => new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose),
    };

    public static CSharpCompilation CreateCompilation(TargetKind target = TargetKind.Net80, bool withRuntime = true, string? source = null)
    {
        var parseOptions = ParseOptions(target);
        var references = target == TargetKind.Net472 ? Net472References.Value : Net80References.Value;
        if (!withRuntime)
        {
            references = references.Where(r => !(r.Display ?? string.Empty).EndsWith("CdtCodes.dll", StringComparison.Ordinal)).ToImmutableArray();
        }

        return CSharpCompilation.Create(
            "TestProject",
            new[] { CSharpSyntaxTree.ParseText(source ?? UserSource, parseOptions, path: "Program.cs") },
            references,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: target == TargetKind.Net472 ? NullableContextOptions.Disable : NullableContextOptions.Enable,
                warningLevel: 9999,
                deterministic: true));
    }

    public static GeneratorDriver CreateDriver(
        IEnumerable<AdditionalText> files,
        AnalyzerConfigOptionsProvider? options = null,
        TargetKind target = TargetKind.Net80,
        bool trackSteps = false,
        CdtCodesGenerator? generator = null) =>
        CSharpGeneratorDriver.Create(
            new[] { (generator ?? new CdtCodesGenerator()).AsSourceGenerator() },
            files,
            ParseOptions(target),
            options ?? new TestOptionsProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    public static GeneratorRun Run(
        IEnumerable<AdditionalText> files,
        AnalyzerConfigOptionsProvider? options = null,
        TargetKind target = TargetKind.Net80,
        CSharpCompilation? compilation = null,
        CdtCodesGenerator? generator = null)
    {
        compilation ??= CreateCompilation(target);
        var driver = CreateDriver(files, options, target, generator: generator);
        return Run(driver, compilation);
    }

    public static GeneratorRun Run(GeneratorDriver driver, CSharpCompilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return new GeneratorRun
        {
            Driver = driver,
            Input = compilation,
            Output = output,
            Diagnostics = diagnostics,
            Result = result,
        };
    }

    public static GeneratorRun Run(params (string Path, string Json)[] files) =>
        Run(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Json)), Options());

    /// <summary>Options with the given namespace and visibility (what the package's props pass).</summary>
    public static TestOptionsProvider Options(string? ns = "TestProject", string? visibility = null, string? edition = null)
    {
        var values = new Dictionary<string, string>();
        if (ns != null)
        {
            values["build_property.RootNamespace"] = ns;
        }

        if (visibility != null)
        {
            values["build_property.CdtCodesVisibility"] = visibility;
        }

        if (edition != null)
        {
            values["build_property.CdtCodesTargetEdition"] = edition;
        }

        return new TestOptionsProvider(values);
    }

    /// <summary>"id path(line,col)" with 1-based positions, as dotnet build prints them.</summary>
    public static string Where(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => Where(d) + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
}
