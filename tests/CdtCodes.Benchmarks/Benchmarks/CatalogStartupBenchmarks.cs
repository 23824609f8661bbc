using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using CdtCodes.Benchmarks.Infrastructure;

namespace CdtCodes.Benchmarks;

/// <summary>
/// First access of a generated catalog against reading the same definitions at run time. The catalog is compiled
/// once (GlobalSetup); each invocation loads it into a new collectible AssemblyLoadContext, so its static
/// constructor (and the JIT of its generated methods) runs every time, as on an app's first use, and reads
/// CdtCatalog.All (every entry built). The JSON side deserialises the same bytes into plain DTOs with
/// System.Text.Json: reflection with shared options (warm metadata: the cheapest a reflection user gets), reflection
/// with new options (metadata rebuilt each time, closer to a first call) and a source-generated context.
/// </summary>
[MemoryDiagnoser]
public class CatalogStartupBenchmarks
{
    private static readonly JsonSerializerOptions SharedOptions = NewOptions();
    private byte[] _assembly = [];
    private byte[][] _json = [];
    private byte[] _dataEager = [];
    private byte[] _dataLazy = [];

    [Params("starter", "1000")]
    public string Size { get; set; } = "starter";

    [GlobalSetup]
    public void Setup()
    {
        var files = Harness.DefinitionFiles(Size);
        _json = files.Select(f => f.Json).ToArray();
        _assembly = Harness.EmitCatalogAssembly(Harness.Texts(files), "BenchCatalog" + Size);
        _dataEager = Prototype.DataCatalog.Emit(_json, lazy: false, "BenchDataEager" + Size);
        _dataLazy = Prototype.DataCatalog.Emit(_json, lazy: true, "BenchDataLazy" + Size);
        int codes = CatalogAll();
        if (PrototypeDataAll() != codes || PrototypeLazyFirstTryGet() != 1)
        {
            throw new InvalidOperationException("The prototype catalog is wrong.");
        }

        int dtos = JsonReflection();
        if (codes != dtos || codes != JsonSourceGenerated())
        {
            throw new InvalidOperationException($"The catalog has {codes} entries, the JSON {dtos}.");
        }
    }

    /// <summary>Load the emitted assembly only: the part of the first access that is the runtime's, not ours.</summary>
    [Benchmark]
    public int LoadAssemblyOnly()
    {
        var context = new AssemblyLoadContext("catalog", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(_assembly));
            return assembly.GetType(Harness.Namespace + ".CdtCatalog", throwOnError: true)!.Name.Length;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Load and touch CdtCatalog.All: the static constructor builds every entry.</summary>
    [Benchmark(Baseline = true)]
    public int CatalogAll()
    {
        var context = new AssemblyLoadContext("catalog", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(_assembly));
            var catalog = assembly.GetType(Harness.Namespace + ".CdtCatalog", throwOnError: true)!;
            var all = (IReadOnlyList<CdtCode>)catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            return all.Count;
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Prototype (not shipped): the same entries decoded from UTF-8 data by library code, all at once.</summary>
    [Benchmark]
    public int PrototypeDataAll() => LoadPrototype(_dataEager, p => p.Count);

    /// <summary>Prototype (not shipped): record offsets indexed at load, one entry built by the first TryGet.</summary>
    [Benchmark]
    public int PrototypeLazyFirstTryGet() => LoadPrototype(_dataLazy, p => p.TryGet("D0140", out _) || p.TryGet("D0100", out _) ? 1 : 0);

    [Benchmark]
    public int JsonReflection() => Deserialize(SharedOptions);

    [Benchmark]
    public int JsonReflectionNewOptions() => Deserialize(NewOptions());

    [Benchmark]
    public int JsonSourceGenerated()
    {
        int count = 0;
        foreach (var bytes in _json)
        {
            count += JsonSerializer.Deserialize(bytes, DefinitionJsonContext.Default.DefinitionFileDto)!.Codes.Count;
        }

        return count;
    }

    private static int LoadPrototype(byte[] image, Func<Prototype.ICodeLookup, int> touch)
    {
        var context = new AssemblyLoadContext("prototype", isCollectible: true);
        try
        {
            var type = context.LoadFromStream(new MemoryStream(image)).GetType(Harness.Namespace + ".DataCatalog", throwOnError: true)!;
            return touch((Prototype.ICodeLookup)type.GetField("Codes")!.GetValue(null)!);
        }
        finally
        {
            context.Unload();
        }
    }

    private static JsonSerializerOptions NewOptions() => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private int Deserialize(JsonSerializerOptions options)
    {
        int count = 0;
        foreach (var bytes in _json)
        {
            count += JsonSerializer.Deserialize<DefinitionFileDto>(bytes, options)!.Codes.Count;
        }

        return count;
    }
}

// The definition format (docs/definition-format.md) as a user would model it.
public sealed class DefinitionFileDto
{
    public int SchemaVersion { get; set; }
    public int Edition { get; set; }
    public string? Source { get; set; }
    public string? LicenseNotice { get; set; }
    public List<CodeDto> Codes { get; set; } = new();
}

public sealed class CodeDto
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Subcategory { get; set; }
    public string? Summary { get; set; }
    public List<string>? WhenToUse { get; set; }
    public List<string>? NotFor { get; set; }
    public List<string>? Documentation { get; set; }
    public List<string>? BillingNotes { get; set; }
    public List<string>? DenialReasons { get; set; }
    public List<FaqDto>? Faq { get; set; }
    public string? TreatmentArea { get; set; }
    public bool AlsoAllowsToothRange { get; set; }
    public SurfaceCountDto? SurfaceCount { get; set; }
    public bool ByReport { get; set; }
    public bool IsProsthesis { get; set; }
    public int? AddedIn { get; set; }
    public int? DeletedIn { get; set; }
    public List<string>? ReplacedBy { get; set; }
    public List<int>? RevisedIn { get; set; }
    public string? EncounterMode { get; set; }
    public ReportedWithDto? ReportedWith { get; set; }
    public List<ExclusionDto>? ExclusiveWith { get; set; }
    public int? MaxPerDate { get; set; }
    public List<RelationDto>? Relations { get; set; }
}

public sealed class FaqDto
{
    public string Question { get; set; } = "";
    public string Answer { get; set; } = "";
}

public sealed class SurfaceCountDto
{
    public int Min { get; set; }
    public int Max { get; set; }
}

public sealed class ReportedWithDto
{
    public bool AnyOtherProcedure { get; set; }
    public List<string>? Codes { get; set; }
}

public sealed class ExclusionDto
{
    public List<string> Codes { get; set; } = new();
    public int? FromEdition { get; set; }
    public int? ToEdition { get; set; }
    public string? Note { get; set; }
}

public sealed class RelationDto
{
    public string Kind { get; set; } = "";
    public string Code { get; set; } = "";
    public string? Note { get; set; }
    public string? EncounterMode { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(DefinitionFileDto))]
public sealed partial class DefinitionJsonContext : JsonSerializerContext
{
}
