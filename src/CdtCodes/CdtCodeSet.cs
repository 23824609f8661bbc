using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;
using CdtCodes.Internal;

namespace CdtCodes;

/// <summary>
/// The runtime core of a generated <c>CdtCatalog</c>: every entry, ordered by code, with an allocation-free lookup
/// (a code's four digits index a table directly, so no hashing is involved), category views and the graph.
/// </summary>
public sealed class CdtCodeSet
{
    private const int TableSize = 10000;
    private readonly CdtCode?[] _byNumber = new CdtCode?[TableSize];
    private readonly ReadOnlyCollection<CdtCode> _all;
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

        var all = new List<CdtCode>();
        foreach (var entry in _byNumber)
        {
            if (entry != null)
            {
                all.Add(entry);
            }
        }

        _all = all.AsReadOnly();
    }

    /// <summary>Every entry, ordered by code.</summary>
    public IReadOnlyList<CdtCode> All => _all;

    /// <summary>How many codes the set holds.</summary>
    public int Count => _all.Count;

    /// <summary>
    /// Exact lookup: "D" and four digits, as stored (use <see cref="TryParse"/> for messy input). Never throws,
    /// never allocates.
    /// </summary>
    public bool TryGet(string? code, out CdtCode entry)
    {
        int number = CdtCodeSyntax.GetNumber(code);
        if (number >= 0)
        {
            var found = _byNumber[number];
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
    internal CdtCode? GetByNumber(int number) => number >= 0 && number < TableSize ? _byNumber[number] : null;

    private ReadOnlyCollection<CdtCode>[] InitializeCategories()
    {
        var lists = new List<CdtCode>[CdtCodeSyntax.CategoryNames.Length + 1];
        for (int i = 0; i < lists.Length; i++)
        {
            lists[i] = new List<CdtCode>();
        }

        foreach (var entry in _all)
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
