using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Serialization;
using BenchmarkDotNet.Attributes;
using CdtCodes.Benchmarks.Infrastructure;

namespace CdtCodes.Benchmarks;

/// <summary>
/// First access of a generated catalog against reading the same definitions at run time. The catalog is compiled
/// once (GlobalSetup, C# latest: UTF-8 data); each invocation loads it into a new collectible AssemblyLoadContext, so
/// its static constructor runs every time, as on an app's first use, and then reads CdtCatalog.All (every entry
/// built) or does one TryGet (one entry built). The JSON side deserialises the same bytes into plain DTOs with
/// System.Text.Json: reflection with shared options (warm metadata: the cheapest a reflection user gets), reflection
/// with new options (metadata rebuilt each time, closer to a first call) and a source-generated context.
/// </summary>
[MemoryDiagnoser]
public class CatalogStartupBenchmarks
{
    private static readonly JsonSerializerOptions SharedOptions = NewOptions();
    private byte[] _assembly = [];
    private byte[][] _json = [];

    [Params("starter", "1000", "10000")]
    public string Size { get; set; } = "starter";

    [GlobalSetup]
    public void Setup()
    {
        var files = Harness.DefinitionFiles(Size);
        _json = files.Select(f => f.Json).ToArray();
        _assembly = Harness.EmitCatalogAssembly(Harness.Texts(files), "BenchCatalog" + Size);
        int codes = CatalogAll();
        if (CatalogFirstTryGet() != 1)
        {
            throw new InvalidOperationException("The first code of the catalog was not found.");
        }

        int dtos = JsonReflection();
        if (codes != dtos || codes != JsonSourceGenerated())
        {
            throw new InvalidOperationException($"The catalog has {codes} entries, the JSON {dtos}.");
        }
    }

    /// <summary>Load the emitted assembly only: the part of the first access that is the runtime's, not ours.</summary>
    [Benchmark]
    public int LoadAssemblyOnly() => WithCatalog(_assembly, catalog => catalog.Name.Length);

    /// <summary>Load and touch CdtCatalog.All: every entry built.</summary>
    [Benchmark(Baseline = true)]
    public int CatalogAll() => WithCatalog(_assembly, catalog =>
        ((IReadOnlyList<CdtCode>)catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).Count);

    /// <summary>Load and look up one code (the lowest the catalog has): only that entry is built.</summary>
    [Benchmark]
    public int CatalogFirstTryGet() => WithCatalog(_assembly, catalog => FirstTryGet(catalog));

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

    /// <summary>TryGet of the catalog's lowest code (D0120 in the starter set, D0100 in the synthetic ones): 1 when found.</summary>
    public static int FirstTryGet(Type catalog)
    {
        foreach (string code in new[] { "D0120", "D0100" })
        {
            var args = new object?[] { code, null };
            if ((bool)catalog.GetMethod("TryGet")!.Invoke(null, args)!)
            {
                return 1;
            }
        }

        return 0;
    }

    private static int WithCatalog(byte[] image, Func<Type, int> touch)
    {
        var context = new AssemblyLoadContext("catalog", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(image));
            return touch(assembly.GetType(Harness.Namespace + ".CdtCatalog", throwOnError: true)!);
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
