using System;
using System.Text;

namespace CdtCodes.Internal;

/// <summary>
/// Reads the tokens of <see cref="CdtCatalogDataFormat"/> from a chunk: a string (lengths count UTF-16 code units) or
/// UTF-8 bytes (lengths count bytes, so each field is decoded straight from the chunk, never the chunk as a whole).
/// </summary>
internal struct CatalogDataReader
{
    private readonly string? _text;
    private readonly byte[]? _utf8;
    private readonly int _length;
    private int _position;

    public CatalogDataReader(string text, int position)
    {
        _text = text;
        _utf8 = null;
        _length = text.Length;
        _position = position;
    }

    public CatalogDataReader(byte[] utf8, int position)
    {
        _text = null;
        _utf8 = utf8;
        _length = utf8.Length;
        _position = position;
    }

    public int Position => _position;

    public bool AtEnd => _position >= _length;

    /// <summary>Builds one entry from the record that starts at the current position (after its length).</summary>
    public CdtCode ReadEntry()
    {
        string code = ReadString();
        string name = ReadString();
        string subcategory = ReadString();
        string summary = ReadString();
        var whenToUse = ReadStrings();
        var notFor = ReadStrings();
        var documentation = ReadStrings();
        var billingNotes = ReadStrings();
        var denialReasons = ReadStrings();
        var faq = ReadFaq();
        var area = (TreatmentArea)ReadInt();
        int flags = ReadInt();
        int minSurfaces = ReadInt();
        int maxSurfaces = ReadInt();
        int addedIn = ReadInt();
        int deletedIn = ReadInt();
        var replacedBy = ReadStrings();
        var revisedIn = ReadInts();
        var mode = (EncounterMode)ReadInt();
        var reportedWith = ReadStrings();
        var exclusiveWith = ReadExclusions();
        int maxPerDate = ReadInt();
        var relations = ReadRelations();

        return new CdtCode(
            code,
            name,
            subcategory,
            summary,
            whenToUse,
            notFor,
            documentation,
            billingNotes,
            denialReasons,
            faq,
            area,
            alsoAllowsToothRange: Has(flags, CdtCatalogDataFormat.FlagAlsoAllowsToothRange),
            minSurfaces: minSurfaces,
            maxSurfaces: maxSurfaces,
            byReport: Has(flags, CdtCatalogDataFormat.FlagByReport),
            isProsthesis: Has(flags, CdtCatalogDataFormat.FlagIsProsthesis),
            addedIn: addedIn,
            deletedIn: deletedIn,
            replacedBy: replacedBy,
            revisedIn: revisedIn,
            encounterMode: mode,
            isAddOn: Has(flags, CdtCatalogDataFormat.FlagIsAddOn),
            reportedWith: reportedWith,
            exclusiveWith: exclusiveWith,
            maxPerDate: maxPerDate,
            relations: relations,
            isStarter: Has(flags, CdtCatalogDataFormat.FlagIsStarter));
    }

    public int ReadInt() => ReadNumber(CdtCatalogDataFormat.IntEnd);

    public string ReadString()
    {
        int length = ReadNumber(CdtCatalogDataFormat.StringStart);
        if (length > _length - _position)
        {
            throw Malformed();
        }

        string value = length == 0 ? string.Empty
            : _utf8 != null ? Encoding.UTF8.GetString(_utf8, _position, length)
            : _text!.Substring(_position, length);
        _position += length;
        return value;
    }

    /// <summary>Moves past <paramref name="length"/> characters (a record whose fields are not needed yet).</summary>
    public void Skip(int length)
    {
        if (length > _length - _position)
        {
            throw Malformed();
        }

        _position += length;
    }

    private static bool Has(int flags, int flag) => (flags & flag) != 0;

    private delegate T ItemReader<T>(ref CatalogDataReader reader);

    private string[]? ReadStrings() => ReadList(static (ref CatalogDataReader r) => r.ReadString());

    private int[]? ReadInts() => ReadList(static (ref CatalogDataReader r) => r.ReadInt());

    private CdtFaqEntry[]? ReadFaq() =>
        ReadList(static (ref CatalogDataReader r) => new CdtFaqEntry(r.ReadString(), r.ReadString()));

    private CdtExclusion[]? ReadExclusions() => ReadList(static (ref CatalogDataReader r) =>
    {
        var codes = r.ReadStrings() ?? Array.Empty<string>();
        int from = r.ReadInt();
        int to = r.ReadInt();
        return new CdtExclusion(codes, from, to, r.ReadString());
    });

    private CdtRelation[]? ReadRelations() => ReadList(static (ref CatalogDataReader r) =>
    {
        var kind = (CdtRelationKind)r.ReadInt();
        string code = r.ReadString();
        string note = r.ReadString();
        return new CdtRelation(kind, code, note, (EncounterMode)r.ReadInt());
    });

    /// <summary>A count and that many items; null for none (CdtCode shares one empty list for those).</summary>
    private T[]? ReadList<T>(ItemReader<T> item)
    {
        int count = ReadInt();
        if (count == 0)
        {
            return null;
        }

        var items = new T[count];
        for (int i = 0; i < items.Length; i++)
        {
            items[i] = item(ref this);
        }

        return items;
    }

    private int ReadNumber(char terminator)
    {
        int value = 0;
        int digits = 0;
        while (_position < _length)
        {
            // Digits and terminators are ASCII, the same byte in UTF-8 as the code unit in UTF-16.
            char c = _utf8 != null ? (char)_utf8[_position++] : _text![_position++];
            if (c == terminator && digits > 0)
            {
                return value;
            }

            // Nine digits cannot overflow an int; no field of the format needs more.
            if (c < '0' || c > '9' || ++digits > 9)
            {
                break;
            }

            value = (value * 10) + (c - '0');
        }

        throw Malformed();
    }

    private static FormatException Malformed() => new FormatException("The generated catalog data is malformed.");
}
