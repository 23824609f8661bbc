using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CdtCodes.Benchmarks;
using CdtCodes.Benchmarks.Synthetic;

// dotnet run -c Release --project tests/CdtCodes.Benchmarks -- [--short] [--filter *Lookup*] [other BenchmarkDotNet options]
//   --short                  few iterations, in process: the whole suite in minutes on 2 cores
//   --report                 generator step reasons and timing, cold first runs, analyzer telemetry (no BenchmarkDotNet)
//   --write-synthetic DIR N  writes N synthetic codes as definition files into DIR (for consumer-build.sh)
if (args.Length >= 3 && args[0] == "--write-synthetic")
{
    SyntheticCatalog.WriteTo(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

if (args.Length >= 1 && args[0] == "--write-consumer")
{
    Directory.CreateDirectory(args[1]);
    int count = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
    foreach (var (path, source) in SyntheticConsumer.Files(count))
    {
        File.WriteAllText(Path.Combine(args[1], Path.GetFileName(path)), source);
    }

    return 0;
}

if (args.Length >= 1 && args[0] == "--report")
{
    return Report.Run(args.Skip(1).ToArray());
}

if (args.Length >= 2 && args[0] == "--breakdown")
{
    return Report.Breakdown(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
}

if (args.Length >= 2 && args[0] == "--first-use")
{
    Report.FirstUse(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return 0;
}

if (args.Length >= 3 && args[0] == "--first-use-once")
{
    return Report.FirstUseOnce(args[1], args[2]);
}

if (args.Length >= 2 && args[0] == "--analyzers")
{
    return Report.AnalyzersOnly(args[1]);
}

if (args.Length >= 1 && args[0] == "--analyzer-split")
{
    return Report.AnalyzerSplit(
        args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3,
        args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000);
}

if (args.Length >= 2 && args[0] == "--cold-once")
{
    return Report.ColdOnce(args[1]);
}

bool isShort = args.Contains("--short");
var rest = args.Where(a => a != "--short").ToArray();
IConfig config = DefaultConfig.Instance;
if (isShort)
{
    // In process (no per-class project build) with few iterations: trends in minutes, not publication numbers.
    config = config.AddJob(Job.ShortRun.WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance).WithId("Short"));
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(rest, config);
return 0;
