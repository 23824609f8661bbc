using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CdtCodes.Benchmarks;
using CdtCodes.Benchmarks.Synthetic;

// dotnet run -c Release --project tests/CdtCodes.Benchmarks -- [--short] [--filter *Lookup*] [other BenchmarkDotNet options]
//   --short                  few iterations, in process, smaller consumer: the whole suite in minutes on 2 cores
//   --publish                the job docs/benchmarks.md uses (in process, 5 iterations): about 15 minutes
//   (neither)                BenchmarkDotNet's default job, out of process: the most precise, and hours long
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
    return Report.AnalyzersOnly(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000);
}

if (args.Length >= 2 && args[0] == "--findcode")
{
    return Report.FindCode(args[1]);
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
bool isPublish = args.Contains("--publish");
var rest = args.Where(a => a != "--short" && a != "--publish").ToArray();
IConfig config = DefaultConfig.Instance;
if (isShort)
{
    // In process (no per-class project build), one warm-up, three 100 ms iterations, a 300-file consumer: the whole
    // suite in a few minutes on 2 cores. Trends only.
    AnalyzerBenchmarks.DefaultFiles = 300;
    config = config.AddJob(Job.ShortRun
        .WithWarmupCount(1)
        .WithIterationCount(3)
        .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(100))
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithId("Short"));
}
else if (isPublish)
{
    // What docs/benchmarks.md was measured with: in process, 3 warm-ups, 5 iterations, the 1,000-file consumer.
    config = config.AddJob(Job.ShortRun.WithIterationCount(5).WithToolchain(InProcessEmitToolchain.Instance).WithId("Publish"));
}

BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(rest, config);
return 0;
