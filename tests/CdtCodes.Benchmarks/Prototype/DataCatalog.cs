using System.Globalization;
using System.Text;
using System.Text.Json;
using CdtCodes.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CdtCodes.Benchmarks.Prototype;

/// <summary>
/// Not the shipped design: a measured alternative for the generated catalog, as evidence for docs/benchmarks.md.
/// The generated code would hold the definitions as UTF-8 data (an RVA static: no IL per entry, so nothing to JIT
/// per code) and library code would decode it: all at once for All, or one record for a first TryGet. Fields are
/// separated by 0x1F, list items by 0x1E, records by 0x1D. Carries the strings (the bulk of a catalog) and the area
/// and editions; the rule fields are left out, which makes the prototype a little cheaper than a full one.
/// </summary>
public static class DataCatalog
{
    // The decoder lives in this (net10.0) assembly, so compile against the running framework rather than net8.0.
    private static readonly Lazy<MetadataReference[]> RuntimeReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "mscorlib.dll" or "netstandard.dll" or "CdtCodes.dll")
            .Append(typeof(DataCatalog).Assembly.Location)
            .Distinct()
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToArray());

    private const byte Record = 0x1D;
    private const byte Item = 0x1E;
    private const byte Field = 0x1F;

    /// <summary>The "generated" C# for the definitions: one class with the data and a static CdtCodeSet.</summary>
    public static string Source(IEnumerable<byte[]> files, bool lazy)
    {
        var data = new StringBuilder();
        foreach (var json in files)
        {
            var file = JsonSerializer.Deserialize(json, DefinitionJsonContext.Default.DefinitionFileDto)!;
            foreach (var c in file.Codes)
            {
                var fields = new List<string>
                {
                    c.Code, c.Name, c.Subcategory ?? "", c.Summary ?? "",
                    Join(c.WhenToUse), Join(c.NotFor), Join(c.Documentation), Join(c.BillingNotes), Join(c.DenialReasons),
                    Join(c.Faq?.SelectMany(f => new[] { f.Question, f.Answer })),
                    Area(c.TreatmentArea).ToString(CultureInfo.InvariantCulture),
                    (c.AddedIn ?? 0).ToString(CultureInfo.InvariantCulture),
                    (c.DeletedIn ?? 0).ToString(CultureInfo.InvariantCulture),
                    Join(c.ReplacedBy),
                    Join(c.Relations?.SelectMany(r => new[] { r.Kind, r.Code, r.Note ?? "" })),
                };
                data.Append(string.Join((char)Field, fields)).Append((char)Record);
            }
        }

        string literal = SymbolDisplay.FormatLiteral(data.ToString(), quote: true);
        string factory = lazy ? "DecodeLazy" : "Decode";
        return $$"""
            namespace Bench
            {
                internal static class DataCatalog
                {
                    public static readonly global::CdtCodes.Benchmarks.Prototype.ICodeLookup Codes = global::CdtCodes.Benchmarks.Prototype.DataCatalog.{{factory}}(Data);

                    private static global::System.ReadOnlySpan<byte> Data => {{literal}}u8;
                }
            }
            """;
    }

    /// <summary>Compiles the prototype catalog to an assembly image.</summary>
    public static byte[] Emit(IEnumerable<byte[]> files, bool lazy, string assemblyName)
    {
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { Harness.Parse(Source(files, lazy), "DataCatalog.cs") },
            RuntimeReferences.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(5)));
        }

        return stream.ToArray();
    }

    /// <summary>Every entry built at once (what CdtCatalog.All needs).</summary>
    public static ICodeLookup Decode(ReadOnlySpan<byte> data)
    {
        var codes = new List<CdtCode>();
        while (!data.IsEmpty)
        {
            int end = data.IndexOf(Record);
            codes.Add(Entry(data.Slice(0, end)));
            data = data.Slice(end + 1);
        }

        return new Eager(new CdtCodeSet(codes));
    }

    /// <summary>Only record offsets up front; an entry is built on its first lookup.</summary>
    public static unsafe ICodeLookup DecodeLazy(ReadOnlySpan<byte> data)
    {
        // RVA data never moves, so the pointer stays valid for the life of the (loaded) assembly.
        fixed (byte* start = data)
        {
            return new Lazy(start, data.Length);
        }
    }

    private static CdtCode Entry(ReadOnlySpan<byte> record)
    {
        var r = new Reader(record);
        return new CdtCode(
            r.String(), r.String(), r.String(), r.String(), r.List(), r.List(), r.List(), r.List(), r.List(), r.Faq(),
            treatmentArea: (TreatmentArea)r.Int(), addedIn: r.Int(), deletedIn: r.Int(), replacedBy: r.List(), relations: r.Relations());
    }

    private static string Join(IEnumerable<string>? items) => items == null ? "" : string.Join((char)Item, items);

    private static int Area(string? name) => name switch
    {
        "none" => 1, "mouth" => 2, "arch" => 3, "quadrant" => 4, "sextant" => 5, "toothRange" => 6, "tooth" => 7, "surface" => 8, _ => 0,
    };

    private ref struct Reader(ReadOnlySpan<byte> rest)
    {
        private ReadOnlySpan<byte> _rest = rest;

        public string String() => Encoding.UTF8.GetString(Next());

        public int Int() => int.Parse(Next(), CultureInfo.InvariantCulture);

        public string[]? List()
        {
            var field = Next();
            if (field.IsEmpty)
            {
                return null;
            }

            var items = new string[field.Count(Item) + 1];
            for (int i = 0; i < items.Length; i++)
            {
                int end = field.IndexOf(Item);
                items[i] = Encoding.UTF8.GetString(end < 0 ? field : field.Slice(0, end));
                field = end < 0 ? default : field.Slice(end + 1);
            }

            return items;
        }

        public CdtFaqEntry[]? Faq()
        {
            var items = List();
            return items?.Chunk(2).Select(p => new CdtFaqEntry(p[0], p[1])).ToArray();
        }

        public CdtRelation[]? Relations()
        {
            var items = List();
            return items?.Chunk(3).Select(t => new CdtRelation(Kind(t[0]), t[1], t[2])).ToArray();
        }

        private static CdtRelationKind Kind(string kind) => kind switch
        {
            "confusedWith" => CdtRelationKind.ConfusedWith,
            "useInstead" => CdtRelationKind.UseInstead,
            "reportedWith" => CdtRelationKind.ReportedWith,
            "replacedBy" => CdtRelationKind.ReplacedBy,
            _ => CdtRelationKind.Related,
        };

        private ReadOnlySpan<byte> Next()
        {
            int end = _rest.IndexOf(Field);
            var field = end < 0 ? _rest : _rest.Slice(0, end);
            _rest = end < 0 ? default : _rest.Slice(end + 1);
            return field;
        }
    }

    private sealed class Eager(CdtCodeSet set) : ICodeLookup
    {
        public int Count => set.Count;

        public bool TryGet(string code, out CdtCode entry) => set.TryGet(code, out entry);
    }

    private sealed unsafe class Lazy : ICodeLookup
    {
        private readonly byte* _data;
        private readonly int[] _start = new int[10000];
        private readonly int[] _length = new int[10000];
        private readonly CdtCode?[] _built = new CdtCode?[10000];

        public Lazy(byte* data, int length)
        {
            _data = data;
            var all = new ReadOnlySpan<byte>(data, length);
            int offset = 0;
            while (offset < length)
            {
                var rest = all.Slice(offset);
                int end = rest.IndexOf(Record);
                int number = int.Parse(rest.Slice(1, 4), CultureInfo.InvariantCulture);
                _start[number] = offset;
                _length[number] = end;
                Count++;
                offset += end + 1;
            }
        }

        public int Count { get; }

        public bool TryGet(string code, out CdtCode entry)
        {
            entry = null!;
            if (code is not { Length: 5 } || code[0] != 'D' || !int.TryParse(code.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out int number) || _length[number] == 0)
            {
                return false;
            }

            entry = _built[number] ??= Entry(new ReadOnlySpan<byte>(_data + _start[number], _length[number]));
            return true;
        }
    }
}

/// <summary>What the prototype catalogs expose to the benchmark.</summary>
public interface ICodeLookup
{
    int Count { get; }

    bool TryGet(string code, out CdtCode entry);
}
