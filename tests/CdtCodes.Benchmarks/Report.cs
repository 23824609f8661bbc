using System.Collections.Immutable;
using System.Diagnostics;
using CdtCodes.Generator.Model;
using System.Globalization;
using System.Text;
using CdtCodes.Benchmarks.Infrastructure;
using CdtCodes.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CdtCodes.Benchmarks;

/// <summary>
/// Numbers BenchmarkDotNet cannot give: the generator's own time (GeneratorDriver.GetTimingInfo) with the tracked
/// step reasons of each scenario, its first run in a fresh process, the size of what it generates, and the analyzers'
/// own telemetry (CompilationWithAnalyzers, logAnalyzerExecutionTime) next to the compile time. Prints Markdown.
/// </summary>
public static class Report
{
    private static readonly string[] Sizes = { "starter", "1000", "10000" };

    public static int Run(string[] args)
    {
        int repeats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 21;
        Console.WriteLine("## Generator: GetTimingInfo (median of " + repeats + ") and step reasons\n");
        Console.WriteLine("| size | input JSON | generated C# | cold first run, ms (of which JIT), 3 fresh processes | full run (warm) | rerun | unrelated C# edit | one file edited |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var reasons = new StringBuilder();
        foreach (string size in Sizes)
        {
            var cold = Enumerable.Range(0, 3).Select(_ => RunChild("--cold-once", size).Split(' ')).ToList();
            Generator(size, repeats, cold, reasons);
        }

        Console.WriteLine("\nStep reasons of the last run of each scenario (tracked steps: reason×outputs):\n");
        Console.WriteLine(reasons.ToString());
        Analyzers();
        Analyzers("10000");
        return 0;
    }

    /// <summary>Where a full run's time goes: our phases called directly, the compiler's parse of the output, the floor.</summary>
    public static int Breakdown(string size, int repeats)
    {
        var files = Harness.DefinitionFiles(size);
        var texts = Harness.Texts(files);
        var settings = new CdtCodes.Generator.Model.EmitSettings(true, Harness.Namespace, false, 2025, true, true, CdtCodes.Generator.Model.CatalogDataForm.Utf8Literals, default);
        var parsed = default(System.Collections.Immutable.ImmutableArray<CdtCodes.Generator.Model.ParsedFile>);
        CdtCodes.Generator.Model.MergeResult merged = null!;
        List<string> emitted = null!;
        var phases = new (string Name, Action Run)[]
        {
            ("JsonDocument.Parse of the bytes (floor)", () =>
            {
                foreach (var f in files)
                {
                    using var d = System.Text.Json.JsonDocument.Parse(f.Json);
                }
            }),
            ("SourceText.ToString + UTF-8 encode (input the generator gets)", () =>
            {
                foreach (var t in texts)
                {
                    _ = Encoding.UTF8.GetBytes(t.GetText()!.ToString());
                }
            }),
            ("DefinitionParser.Parse (all files)", () => parsed = texts.Select(t => CdtCodes.Generator.Parsing.DefinitionParser.Parse(t.Path, t.GetText(), CancellationToken.None)).ToImmutableArray()),
            ("CatalogMerger.Merge", () => merged = CdtCodes.Generator.Parsing.CatalogMerger.Merge(parsed, CancellationToken.None)),
            ("CatalogEmitter (all chunks + main + catalog)", () =>
            {
                var categories = merged.Catalog.Chunks.Select(c => c.Category).ToEquatableArray();
                emitted = merged.Catalog.Chunks.Select(c => CdtCodes.Generator.Emitting.CatalogEmitter.EmitChunk(c, settings)).ToList();
                emitted.Add(CdtCodes.Generator.Emitting.CatalogEmitter.EmitMain(categories, settings));
                emitted.Add(CdtCodes.Generator.Emitting.CatalogEmitter.EmitCatalog(categories, settings));
            }),
            ("SourceText.From (what AddSource stores)", () => emitted.ForEach(e => SourceText.From(e, Encoding.UTF8))),
            ("compiler: parse the generated C# into syntax trees", () => emitted.ForEach(e => CSharpSyntaxTree.ParseText(SourceText.From(e, Encoding.UTF8), Harness.ParseOptions))),
        };

        Console.WriteLine("| phase (" + size + ") | median ms | allocated |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, run) in phases)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            run();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:F1} | {2:N0} B |", name, MedianMs(repeats, run), allocated));
        }

        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "| input JSON {0:N0} B, generated C# {1:N0} B (UTF-8) | | |",
            files.Sum(f => (long)f.Json.Length),
            emitted.Sum(e => (long)Encoding.UTF8.GetByteCount(e))));
        var compilation = Harness.Compilation(new[] { Harness.Parse("namespace Bench { }", "Program.cs") });
        _ = compilation.GetTypeByMetadataName("CdtCodes.CdtCode");
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| whole driver run (new driver, wall clock) | {0:F1} |", MedianMs(repeats, () => Harness.Driver(texts).RunGenerators(compilation))));
        return 0;
    }

    /// <summary>
    /// First use in a fresh process: the compiled catalog (loaded from disk like an app's own assembly, not
    /// collectible), all entries or one TryGet, with UTF-8 data (C# 11+) and, below 10,000 codes, with string-literal
    /// data (C# 10 and .NET Framework projects); or the JSON deserialised into DTOs with System.Text.Json.
    /// JitInfo shows how much of it is the JIT.
    /// </summary>
    public static void FirstUse(string size, int launches)
    {
        var files = Harness.DefinitionFiles(size);
        string dir = Path.Combine(Path.GetTempPath(), "cdtcodes-bench-" + size);
        Directory.CreateDirectory(dir);
        File.WriteAllBytes(Path.Combine(dir, "BenchCatalog.dll"), Harness.EmitCatalogAssembly(Harness.Texts(files), "BenchCatalog"));

        // 10,000 synthetic codes are past the string-literal budget: C# 10 would get byte arrays, slow to compile.
        bool strings = size != "10000";
        if (strings)
        {
            File.WriteAllBytes(
                Path.Combine(dir, "BenchCatalogStrings.dll"),
                Harness.EmitCatalogAssembly(Harness.Texts(files), "BenchCatalogStrings", Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10));
        }
        for (int i = 0; i < files.Count; i++)
        {
            File.WriteAllBytes(Path.Combine(dir, i.ToString("00", CultureInfo.InvariantCulture) + ".json"), files[i].Json);
        }

        var modes = strings
            ? new[] { "catalog", "catalog-tryget", "strings", "strings-tryget", "json" }
            : new[] { "catalog", "catalog-tryget", "json" };
        foreach (string mode in modes)
        {
            var runs = Enumerable.Range(0, launches).Select(_ => RunChild("--first-use-once", mode, dir)).ToList();
            Console.WriteLine(size + " " + mode + ": " + string.Join(" | ", runs));
        }
    }

    public static int FirstUseOnce(string mode, string dir)
    {
        long jit0 = System.Runtime.JitInfo.GetCompilationTime().Ticks;
        long il0 = System.Runtime.JitInfo.GetCompiledILBytes();
        long methods0 = System.Runtime.JitInfo.GetCompiledMethodCount();
        var watch = Stopwatch.StartNew();
        int count;
        if (mode != "json")
        {
            string image = mode.StartsWith("strings", StringComparison.Ordinal) ? "BenchCatalogStrings.dll" : "BenchCatalog.dll";
            var assembly = System.Reflection.Assembly.LoadFrom(Path.Combine(dir, image));
            var type = assembly.GetType(Harness.Namespace + ".CdtCatalog", throwOnError: true)!;
            long loaded = watch.ElapsedTicks;
            count = mode.EndsWith("-tryget", StringComparison.Ordinal)
                ? CatalogStartupBenchmarks.FirstTryGet(type)
                : ((IReadOnlyList<CdtCode>)type.GetProperty("All")!.GetValue(null)!).Count;
            Console.Write(string.Format(CultureInfo.InvariantCulture, "load {0:F1} ms, ", loaded * 1000.0 / Stopwatch.Frequency));
        }
        else
        {
            count = 0;
            foreach (string file in Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal))
            {
                count += System.Text.Json.JsonSerializer.Deserialize<DefinitionFileDto>(File.ReadAllBytes(file), new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase })!.Codes.Count;
            }
        }

        watch.Stop();
        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "total {0:F1} ms, JIT {1:F1} ms ({2} methods, {3:N0} IL bytes), {4} entries",
            watch.Elapsed.TotalMilliseconds,
            TimeSpan.FromTicks(System.Runtime.JitInfo.GetCompilationTime().Ticks - jit0).TotalMilliseconds,
            System.Runtime.JitInfo.GetCompiledMethodCount() - methods0,
            System.Runtime.JitInfo.GetCompiledILBytes() - il0,
            count));
        return 0;
    }

    private static string RunChild(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", new[] { typeof(Report).Assembly.Location }.Concat(args))
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Trim();
    }

    /// <summary>Only the analyzer telemetry, for a catalog ("starter" or "10000").</summary>
    public static int AnalyzersOnly(string catalog, int files)
    {
        Analyzers(catalog, files);
        return 0;
    }

    /// <summary>Child process: the generator's first run in this process (JIT included), in ms.</summary>
    public static int ColdOnce(string size)
    {
        var texts = Harness.Texts(Harness.DefinitionFiles(size));
        var compilation = Harness.Compilation(new[] { Harness.Parse("namespace Bench { }", "Program.cs") });
        _ = compilation.GetTypeByMetadataName("CdtCodes.CdtCode");
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var wall = Stopwatch.StartNew();
        var driver = Harness.Driver(texts).RunGenerators(compilation);
        wall.Stop();
        double generator = driver.GetTimingInfo().GeneratorTimes[0].ElapsedTime.TotalMilliseconds;
        double jitMs = (System.Runtime.JitInfo.GetCompilationTime() - jit).TotalMilliseconds;
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0:F2} {1:F2} {2:F2}", generator, wall.Elapsed.TotalMilliseconds, jitMs));
        return 0;
    }

    private static void Generator(string size, int repeats, List<string[]> cold, StringBuilder reasons)
    {
        var files = Harness.DefinitionFiles(size);
        var texts = Harness.Texts(files);
        var compilation = Harness.Compilation(new[] { Harness.Parse("namespace Bench { internal static class Program { } }", "Program.cs") });
        _ = compilation.GetTypeByMetadataName("CdtCodes.CdtCode");

        var warm = Harness.Driver(texts, trackSteps: true).RunGenerators(compilation);
        var result = warm.GetRunResult().Results[0];
        long generatedChars = result.GeneratedSources.Sum(s => (long)s.SourceText.Length);
        long generatedBytes = result.GeneratedSources.Sum(s => (long)Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
        long inputBytes = files.Sum(f => (long)f.Json.Length);
        if (result.Diagnostics.Any(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            throw new InvalidOperationException(size + ": " + string.Join("\n", result.Diagnostics.Take(10)));
        }

        var last = texts[^1];
        string text = last.GetText()!.ToString();
        int at = text.IndexOf("\"name\": \"", StringComparison.Ordinal) + "\"name\": \"".Length;

        double full = Median(repeats, i => Harness.Driver(texts, trackSteps: true).RunGenerators(compilation), null);
        double rerun = Median(repeats, i => warm.RunGenerators(compilation), d => Record(reasons, size, "rerun", d));

        // Each run gets a compilation it has never seen, as each keystroke does.
        double csharp = Median(
            repeats,
            i => warm.RunGenerators(compilation.AddSyntaxTrees(Harness.Parse("namespace Bench { internal static class Edit" + i + " { } }", "Edit.cs"))),
            d => Record(reasons, size, "unrelated C# edit", d));
        double oneFile = Median(
            repeats,
            i => warm.ReplaceAdditionalText(last, new InMemoryText(last.Path, SourceText.From(text.Insert(at, "Edit " + i + " "), Encoding.UTF8))).RunGenerators(compilation),
            d => Record(reasons, size, "one file edited", d));

        Console.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "| {0} | {1:N0} B | {2:N0} B | {3} ms | {4:F2} ms | {5:F3} ms | {6:F3} ms | {7:F2} ms |",
            size,
            inputBytes,
            generatedBytes,
            string.Join(" / ", cold.Select(c => Math.Round(double.Parse(c[0], CultureInfo.InvariantCulture)) + " (JIT " + Math.Round(double.Parse(c[2], CultureInfo.InvariantCulture)) + ")")),
            full,
            rerun,
            csharp,
            oneFile));
        _ = generatedChars;
    }

    private static double Median(int repeats, Func<int, GeneratorDriver> run, Action<GeneratorDriver>? last)
    {
        var times = new List<double>();
        GeneratorDriver? driver = null;
        for (int i = 0; i < repeats + 2; i++)
        {
            driver = run(i);
            if (i >= 2)
            {
                times.Add(driver.GetTimingInfo().GeneratorTimes[0].ElapsedTime.TotalMilliseconds);
            }
        }

        last?.Invoke(driver!);
        times.Sort();
        return times[times.Count / 2];
    }

    private static void Record(StringBuilder reasons, string size, string scenario, GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results[0];
        var parts = new List<string>();
        foreach (var name in typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!))
        {
            if (!result.TrackedSteps.TryGetValue(name, out var steps))
            {
                continue;
            }

            parts.Add(name + " " + Summarise(steps.SelectMany(s => s.Outputs).Select(o => o.Reason)));
        }

        var outputs = result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);
        parts.Add("outputs " + Summarise(outputs));
        reasons.Append("- ").Append(size).Append(", ").Append(scenario).Append(": ").AppendLine(string.Join("; ", parts));
    }

    private static string Summarise(IEnumerable<IncrementalStepRunReason> reasons) =>
        string.Join(" ", reasons.GroupBy(r => r).OrderBy(g => g.Key).Select(g => g.Key + "×" + g.Count()));

    private static void Analyzers(string catalog = "starter", int files = 1000)
    {
        var bench = new AnalyzerBenchmarks { Catalog = catalog, Files = files };
        bench.Setup();
        Console.WriteLine("\n## Analyzers: " + files.ToString("N0", CultureInfo.InvariantCulture) + "-file consumer, " + catalog + " catalog, one thread\n");

        // Warm up both paths, then time three compiles of each.
        bench.Compile(null);
        bench.Compile(AnalyzerBenchmarks.CdtAnalyzers, logTime: true);
        double plain = MedianMs(3, () => bench.Compile(null));
        double noop = MedianMs(3, () => bench.Compile(AnalyzerBenchmarks.NoOpAnalyzers));
        double ours = MedianMs(3, () => bench.Compile(AnalyzerBenchmarks.CdtAnalyzers));
        // Telemetry counts a GC that lands inside a callback, and these compiles allocate over 1 GB: median of three.
        var runs = Enumerable.Range(0, 3).Select(_ => bench.Compile(AnalyzerBenchmarks.CdtAnalyzers, logTime: true)).ToList();
        var measured = runs[^1];

        Console.WriteLine("| analyzer (rules) | execution time (median of 3) | share of compile | operation actions | compilation-start actions |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        double total = 0;
        foreach (var analyzer in AnalyzerBenchmarks.CdtAnalyzers)
        {
            var infos = runs.Select(r => r.Analysis!.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult()).ToList();
            var times = infos.Select(i => i.ExecutionTime.TotalMilliseconds).OrderBy(t => t).ToList();
            double ms = times[1];
            total += ms;
            string rules = string.Join(", ", analyzer.SupportedDiagnostics.Select(d => d.Id));
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} ({1}) | {2:F1} ms ({3:F1}–{4:F1}) | {5:P2} | {6} | {7} |", analyzer.GetType().Name, rules, ms, times[0], times[2], ms / plain, infos[0].OperationActionsCount, infos[0].CompilationStartActionsCount));
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| **all CDT analyzers** | **{0:F1} ms** | **{1:P2}** | | |", total, total / plain));
        var counts = measured.Diagnostics.Where(d => d.Id.StartsWith("CDT", StringComparison.Ordinal)).GroupBy(d => d.Id).OrderBy(g => g.Key).Select(g => g.Key + "×" + g.Count());
        Console.WriteLine("\nCompile without analyzers " + plain.ToString("F0", CultureInfo.InvariantCulture)
            + " ms; with a no-op operation analyzer " + noop.ToString("F0", CultureInfo.InvariantCulture)
            + " ms; with the CDT analyzers " + ours.ToString("F0", CultureInfo.InvariantCulture) + " ms.");
        Console.WriteLine("Diagnostics reported: " + string.Join(", ", counts));
    }

    /// <summary>
    /// The analyzers' first code lookup on a compilation with a catalog of <paramref name="size"/> codes: one code
    /// (what FindCode does now) against every code (what reading the whole catalog up front cost).
    /// </summary>
    public static int FindCode(string size)
    {
        var trees = Harness.Generate(Harness.Texts(Harness.DefinitionFiles(size)), out _);
        var codes = Harness.DefinitionFiles(size)
            .SelectMany(f => System.Text.Json.JsonDocument.Parse(f.Json).RootElement.GetProperty("codes").EnumerateArray())
            .Select(c => c.GetProperty("code").GetString()!)
            .ToList();
        Console.WriteLine("| " + size + " codes | first lookup of one code | every code looked up (the former index) |");
        Console.WriteLine("|---|---:|---:|");
        for (int i = 0; i < 4; i++)
        {
            // A new compilation each time (CdtSymbols is per compilation), bound as the compiler has it by then.
            var compilation = Harness.Compilation(trees);
            using (var pe = new MemoryStream())
            {
                compilation.Emit(pe);
            }

            var one = Stopwatch.StartNew();
            var symbols = CdtCodes.Generator.Analyzers.Infrastructure.CdtSymbols.For(compilation)!;
            _ = symbols.FindCode("D0150");
            one.Stop();
            var all = Stopwatch.StartNew();
            foreach (string code in codes)
            {
                _ = symbols.FindCode(code);
            }

            all.Stop();
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| run {0} | {1:F2} ms | {2:F1} ms |", i + 1, one.Elapsed.TotalMilliseconds, all.Elapsed.TotalMilliseconds + one.Elapsed.TotalMilliseconds));
        }

        return 0;
    }

    /// <summary>Compile time with each analyzer alone, and with five no-op analyzers: where an overhead comes from.</summary>
    public static int AnalyzerSplit(int repeats, int files)
    {
        var bench = new AnalyzerBenchmarks { Files = files };
        bench.Setup();
        bench.Compile(AnalyzerBenchmarks.CdtAnalyzers);
        var sets = new List<(string, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>?)>
        {
            ("none", null),
            ("no-op", AnalyzerBenchmarks.NoOpAnalyzers),
            ("5 no-ops", Enumerable.Range(0, 5).Select(_ => (Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)new NoOpOperationAnalyzer()).ToImmutableArray()),
            ("all CDT", AnalyzerBenchmarks.CdtAnalyzers),
        };
        sets.AddRange(AnalyzerBenchmarks.CdtAnalyzers.Select(a => (a.GetType().Name, (System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer>?)System.Collections.Immutable.ImmutableArray.Create(a))));
        Console.WriteLine("| analyzers | median ms | allocated |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, set) in sets)
        {
            long before = GC.GetTotalAllocatedBytes(precise: true);
            bench.Compile(set);
            long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:F0} | {2:N0} B |", name, MedianMs(repeats, () => bench.Compile(set)), allocated));
        }

        return 0;
    }

    private static double MedianMs(int repeats, Action action)
    {
        var times = new List<double>();
        for (int i = 0; i < repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
