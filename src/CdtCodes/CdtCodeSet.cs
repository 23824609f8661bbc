using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.ComponentModel;
using System.Threading;
using CdtCodes.Internal;

namespace CdtCodes;

/// <summary>
/// The runtime core of a generated <c>CdtCatalog</c>: every entry, ordered by code, with a lookup that allocates
/// nothing once an entry is built (a code's four digits index a table directly, so no hashing is involved), category
/// views and the graph.
/// </summary>
/// <remarks>
/// A generated catalog keeps its content as data (<see cref="FromData"/>): an entry is built the first time it is
/// looked up, so the first lookup costs the same whatever the catalog's size; <see cref="All"/>,
/// <see cref="InCategory"/> and <see cref="Graph"/> build every entry on first use. Entries, once built, are shared:
/// every lookup of a code returns the same instance.
/// </remarks>
public sealed class CdtCodeSet
{
    private const int TableSize = 10000;

    // Data-backed sets: where each code's record is, as 1 + (part index × PartStride + ordinal); 0 = no such code.
    private const int PartStride = 1 << 14;

    private readonly CdtCode?[] _byNumber = new CdtCode?[TableSize];
    private readonly int[]? _pending;
    private readonly CdtCatalogData[]? _parts;
    private readonly int _count;
    private ReadOnlyCollection<CdtCode>? _all;
    private ReadOnlyCollection<CdtCode>[]? _byCategory;
    private CdtGraph? _graph;
    private CdtValidator? _validator;

    /// <summary>Builds a set; later entries with the same code replace earlier ones.</summary>
    public CdtCodeSet(IEnumerable<CdtCode> codes)
    {
        if (codes == null)
        {
            throw new ArgumentNullException(nameof(codes));
        }

        foreach (var code in codes)
        {
            if (code == null)
            {
                throw new ArgumentException("The set contains a null entry.", nameof(codes));
            }

            _byNumber[code.Number] = code;
        }

        _all = Collect();
        _count = _all.Count;
    }

    private CdtCodeSet(CdtCatalogData[] parts)
    {
        if (parts.Length >= int.MaxValue / PartStride)
        {
            throw new ArgumentException("Too many parts.", nameof(parts));
        }

        _parts = parts;
        _pending = new int[TableSize];
        for (int p = 0; p < parts.Length; p++)
        {
            var part = parts[p] ?? throw new ArgumentException("The list contains a null part.", nameof(parts));
            if (part.Count >= PartStride)
            {
                throw new ArgumentException("A part holds more records than there are codes.", nameof(parts));
            }

            for (int ordinal = 0; ordinal < part.Count; ordinal++)
            {
                int number = part.NumberAt(ordinal);
                if (_pending[number] == 0)
                {
                    _count++;
                }

                // As with the constructor, a later record of the same code replaces an earlier one.
                _pending[number] = 1 + (p * PartStride) + ordinal;
            }
        }
    }

    /// <summary>
    /// The set of a generated catalog, whose content the generator wrote as data. For generated code; to build a set
    /// from entries of your own, use the constructor.
    /// </summary>
    /// <param name="parts">The catalog's parts, one per category of service; a later record of a code replaces an earlier one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is null.</exception>
    /// <exception cref="ArgumentException">A part is null.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static CdtCodeSet FromData(params CdtCatalogData[] parts)
    {
        if (parts == null)
        {
            throw new ArgumentNullException(nameof(parts));
        }

        return new CdtCodeSet(parts);
    }

    /// <summary>Every entry, ordered by code (built on first use for a generated catalog).</summary>
    public IReadOnlyList<CdtCode> All => _all ?? BuildAll();

    /// <summary>How many codes the set holds.</summary>
    public int Count => _count;

    /// <summary>
    /// Exact lookup: "D" and four digits, as stored (use <see cref="TryParse"/> for messy input). Never throws; allocates
    /// only when it builds a generated entry on its first lookup.
    /// </summary>
    public bool TryGet(string? code, out CdtCode entry)
    {
        int number = CdtCodeSyntax.GetNumber(code);
        if (number >= 0)
        {
            var found = _byNumber[number] ?? BuildPending(number);
            if (found != null)
            {
                entry = found;
                return true;
            }
        }

        entry = null!;
        return false;
    }

    /// <summary>
    /// Lookup after normalising messy input (" d9996 ", "D-9996", "9996"); see <see cref="CdtCodeFormat.TryNormalize"/>.
    /// Never throws.
    /// </summary>
    public bool TryParse(string? input, out CdtCode entry)
    {
        if (TryGet(input, out entry))
        {
            return true;
        }

        if (CdtCodeSyntax.TryNormalize(input, out var normalized))
        {
            return TryGet(normalized, out entry);
        }

        entry = null!;
        return false;
    }

    /// <summary>True when the set holds the exact code.</summary>
    public bool Contains(string? code) => TryGet(code, out _);

    /// <summary>The entry for an exact code.</summary>
    /// <exception cref="KeyNotFoundException">The set has no such code.</exception>
    public CdtCode this[string code] =>
        TryGet(code, out var entry) ? entry : throw new KeyNotFoundException("No CDT definition for '" + code + "'.");

    /// <summary>The entries of one category of service, ordered by code.</summary>
    public IReadOnlyList<CdtCode> InCategory(CdtCategory category)
    {
        var byCategory = _byCategory ?? InitializeCategories();
        int index = (int)category;
        return index >= 0 && index < byCategory.Length ? byCategory[index] : byCategory[0];
    }

    /// <summary>The related-code graph over this set.</summary>
    public CdtGraph Graph
    {
        get
        {
            var graph = _graph;
            if (graph == null)
            {
                graph = new CdtGraph(this);
                graph = Interlocked.CompareExchange(ref _graph, graph, null) ?? graph;
            }

            return graph;
        }
    }

    /// <summary>
    /// A validator over this set with the default options (see <see cref="CdtValidationOptions"/>), made on first use
    /// and shared. For other options, create a <see cref="CdtValidator"/> yourself.
    /// </summary>
    public CdtValidator Validator
    {
        get
        {
            var validator = _validator;
            if (validator == null)
            {
                validator = new CdtValidator(this);
                validator = Interlocked.CompareExchange(ref _validator, validator, null) ?? validator;
            }

            return validator;
        }
    }

    /// <summary>The entry for a code number 0–9999, or null.</summary>
    internal CdtCode? GetByNumber(int number)
    {
        if (number < 0 || number >= TableSize)
        {
            return null;
        }

        return _byNumber[number] ?? BuildPending(number);
    }

    /// <summary>Builds a generated entry not looked up before; null when the set has no such code.</summary>
    private CdtCode? BuildPending(int number)
    {
        if (_pending == null || _pending[number] == 0)
        {
            return null;
        }

        int location = _pending[number] - 1;
        var built = _parts![location / PartStride].Decode(location % PartStride);

        // Publish once, so every lookup of the code returns the same instance even when threads race to build it.
        return Interlocked.CompareExchange(ref _byNumber[number], built, null) ?? built;
    }

    private ReadOnlyCollection<CdtCode> BuildAll()
    {
        for (int number = 0; number < TableSize; number++)
        {
            if (_byNumber[number] == null)
            {
                BuildPending(number);
            }
        }

        var all = Collect();
        if (_parts != null)
        {
            foreach (var part in _parts)
            {
                part.ReleaseChunks();
            }
        }

        return Interlocked.CompareExchange(ref _all, all, null) ?? all;
    }

    private ReadOnlyCollection<CdtCode> Collect()
    {
        var all = new List<CdtCode>(_count);
        foreach (var entry in _byNumber)
        {
            if (entry != null)
            {
                all.Add(entry);
            }
        }

        return all.AsReadOnly();
    }

    private ReadOnlyCollection<CdtCode>[] InitializeCategories()
    {
        var lists = new List<CdtCode>[CdtCodeSyntax.CategoryNames.Length + 1];
        for (int i = 0; i < lists.Length; i++)
        {
            lists[i] = new List<CdtCode>();
        }

        foreach (var entry in All)
        {
            lists[(int)entry.Category].Add(entry);
        }

        var result = new ReadOnlyCollection<CdtCode>[lists.Length];
        for (int i = 0; i < lists.Length; i++)
        {
            result[i] = lists[i].AsReadOnly();
        }

        return Interlocked.CompareExchange(ref _byCategory, result, null) ?? result;
    }
}
