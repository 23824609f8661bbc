using System.Collections.Immutable;
using System.Reflection;
using BenchmarkDotNet.Attributes;
using CdtCodes.Benchmarks.Infrastructure;
using CdtCodes.Benchmarks.Synthetic;
using CdtCodes.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdtCodes.Benchmarks;

/// <summary>
/// A compile of the synthetic consumer (1,000 files + the generated starter catalog): parse, bind, emit. Then the
/// same with an analyzer that registers the same operation kinds and does nothing (the analyzer driver's cost, which
/// a real build shares with the SDK's own analyzers), and with our analyzers. Single-threaded on purpose (2 busy
/// cores): the ratios are what matter.
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private IReadOnlyList<(string Path, string Source)> _consumer = [];
    private ImmutableArray<SyntaxTree> _catalog;

    public static ImmutableArray<DiagnosticAnalyzer> CdtAnalyzers { get; } = typeof(EncounterModeAnalyzer).Assembly
        .GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static ImmutableArray<DiagnosticAnalyzer> NoOpAnalyzers { get; } = ImmutableArray.Create<DiagnosticAnalyzer>(new NoOpOperationAnalyzer());

    /// <summary>Consumer size; --short lowers it (set before the in-process run starts).</summary>
    public static int DefaultFiles { get; set; } = 1000;

    public static IEnumerable<int> FileCounts => new[] { DefaultFiles };

    [ParamsSource(nameof(FileCounts))]
    public int Files { get; set; } = DefaultFiles;

    /// <summary>The catalog the consumer compiles against: the starter set, or 10,000 synthetic codes.</summary>
    [Params("starter")]
    public string Catalog { get; set; } = "starter";

    [GlobalSetup]
    public void Setup()
    {
        _consumer = SyntheticConsumer.Files(Files);
        _catalog = Harness.Generate(Harness.Texts(Harness.DefinitionFiles(Catalog)), out _);
        var errors = Compile(null).Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The synthetic consumer does not compile:\n" + string.Join("\n", errors.Take(10)));
        }
    }

    [Benchmark(Baseline = true)]
    public int CompileWithoutAnalyzers() => Compile(null).Diagnostics.Length;

    [Benchmark]
    public int CompileWithNoOpAnalyzer() => Compile(NoOpAnalyzers).Diagnostics.Length;

    [Benchmark]
    public int CompileWithCdtAnalyzers() => Compile(CdtAnalyzers).Diagnostics.Length;

    /// <summary>What csc does for one project, minus writing files: parse, compile, emit, and run the analyzers.</summary>
    public CompileResult Compile(ImmutableArray<DiagnosticAnalyzer>? analyzers, bool logTime = false)
    {
        var trees = new List<SyntaxTree>(_consumer.Count + _catalog.Length);
        foreach (var (path, source) in _consumer)
        {
            trees.Add(Harness.Parse(source, path));
        }

        trees.AddRange(_catalog);
        var compilation = CSharpCompilation.Create(
            "Consumer",
            trees,
            Harness.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, concurrentBuild: false));

        using var pe = new MemoryStream();
        if (analyzers == null)
        {
            var emit = compilation.Emit(pe);
            return new CompileResult(emit.Diagnostics, null);
        }

        // As csc does: one compilation whose events drive the analyzers; emit, then collect analyzer diagnostics.
        var withAnalyzers = compilation.WithAnalyzers(
            analyzers.Value,
            new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, Harness.Options), null, concurrentAnalysis: false, logAnalyzerExecutionTime: logTime));
        var result = withAnalyzers.Compilation.Emit(pe);
        var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return new CompileResult(result.Diagnostics.AddRange(diagnostics), withAnalyzers);
    }

    public sealed record CompileResult(ImmutableArray<Diagnostic> Diagnostics, CompilationWithAnalyzers? Analysis);
}

/// <summary>Registers what our analyzers register and does nothing: isolates the driver's own cost.</summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NoOpOperationAnalyzer : DiagnosticAnalyzer
{
    // Enabled by default: an analyzer whose every rule is off is skipped by the driver and would measure nothing.
    private static readonly DiagnosticDescriptor Never = new("BENCH0", "never reported", "never reported", "bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => start.RegisterOperationAction(
            static _ => { },
            OperationKind.Invocation,
            OperationKind.ObjectCreation,
            OperationKind.Literal,
            OperationKind.FieldReference,
            OperationKind.Argument,
            OperationKind.SimpleAssignment,
            OperationKind.PropertyInitializer,
            OperationKind.FieldInitializer));
    }
}
