using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;
using CdtCodes.Benchmarks.Infrastructure;
using CdtCodes.Benchmarks.Synthetic;

namespace CdtCodes.Benchmarks;

/// <summary>
/// CdtCodeSet.TryGet (what the generated CdtCatalog.TryGet delegates to) against Dictionary and FrozenDictionary
/// over the same entries. Each call looks up 1,024 keys that are fresh string instances (as read from a database),
/// so no lookup wins by reference equality; misses are well-formed codes the set lacks and, where the set is full,
/// lower-case or over-long codes.
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private const int Keys = 1024;
    private CdtCodeSet _set = null!;
    private Dictionary<string, CdtCode> _dictionary = null!;
    private FrozenDictionary<string, CdtCode> _frozen = null!;
    private string[] _hits = [];
    private string[] _misses = [];

    [Params("starter", "1000", "10000")]
    public string Size { get; set; } = "starter";

    [GlobalSetup]
    public void Setup()
    {
        var codes = Size == "starter"
            ? Harness.StarterCodes()
            : SyntheticCatalog.Numbers(int.Parse(Size, System.Globalization.CultureInfo.InvariantCulture)).Select(n => "D" + n.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var entries = codes.Select(c => new CdtCode(c, "Entry " + c)).ToArray();
        _set = new CdtCodeSet(entries);
        _dictionary = entries.ToDictionary(e => e.Code, StringComparer.Ordinal);
        _frozen = entries.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);

        var random = new Random(42);
        _hits = Enumerable.Range(0, Keys).Select(_ => new string(codes[random.Next(codes.Length)].AsSpan())).ToArray();
        var absent = Enumerable.Range(0, 10000).Select(n => "D" + n.ToString("0000", System.Globalization.CultureInfo.InvariantCulture)).Except(codes).ToArray();
        _misses = Enumerable.Range(0, Keys)
            .Select(i => absent.Length > 0 && i % 2 == 0 ? new string(absent[random.Next(absent.Length)].AsSpan()) : (i % 4 == 1 ? "d" : "D0") + codes[random.Next(codes.Length)].Substring(1))
            .ToArray();
        if (_hits.Any(k => !_set.TryGet(k, out _)) || _misses.Any(k => _set.TryGet(k, out _) || _frozen.ContainsKey(k)))
        {
            throw new InvalidOperationException("Key sets are wrong.");
        }
    }

    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("Hit")]
    public int CdtCodeSet_Hit() => CountSet(_hits);

    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("Hit")]
    public int Dictionary_Hit() => CountDictionary(_hits);

    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("Hit")]
    public int FrozenDictionary_Hit() => CountFrozen(_hits);

    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("Miss")]
    public int CdtCodeSet_Miss() => CountSet(_misses);

    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("Miss")]
    public int Dictionary_Miss() => CountDictionary(_misses);

    [Benchmark(OperationsPerInvoke = Keys)]
    [BenchmarkCategory("Miss")]
    public int FrozenDictionary_Miss() => CountFrozen(_misses);

    private int CountSet(string[] keys)
    {
        int found = 0;
        foreach (string key in keys)
        {
            if (_set.TryGet(key, out var entry))
            {
                found += entry.Number;
            }
        }

        return found;
    }

    private int CountDictionary(string[] keys)
    {
        int found = 0;
        foreach (string key in keys)
        {
            if (_dictionary.TryGetValue(key, out var entry))
            {
                found += entry.Number;
            }
        }

        return found;
    }

    private int CountFrozen(string[] keys)
    {
        int found = 0;
        foreach (string key in keys)
        {
            if (_frozen.TryGetValue(key, out var entry))
            {
                found += entry.Number;
            }
        }

        return found;
    }
}
