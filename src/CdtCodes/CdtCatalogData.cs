using System;
using System.ComponentModel;
using System.Threading;
using CdtCodes.Internal;

namespace CdtCodes;

/// <summary>
/// Hands one category of a generated catalog to <see cref="CdtCodeSet.FromData"/>: the codes it holds and a method
/// that returns their content, one chunk of up to 100 records at a time, so an entry is built only when it is first
/// asked for. For generated code: the text format belongs to the package version that generated it.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CdtCatalogData
{
    private readonly string _codes;

    // Exactly one is set: string-literal data, or UTF-8 data (byte arrays, or copies of u8 literals).
    private readonly Func<int, string>? _textChunk;
    private readonly Func<int, byte[]>? _utf8Chunk;
    private readonly LoadedChunk?[] _chunks;

    /// <summary>A part whose chunks are string literals (C# 7.3 to 10, and .NET Standard consumers).</summary>
    /// <param name="formatVersion">The data format the generator wrote.</param>
    /// <param name="codes">The four digits of each code, in record order ("01200140…").</param>
    /// <param name="chunk">Returns the text of chunk <c>i</c>: records <c>i × 100</c> to <c>i × 100 + 99</c>.</param>
    /// <exception cref="NotSupportedException">The data was written in a format this library does not read.</exception>
    /// <exception cref="ArgumentException"><paramref name="codes"/> is not a list of four-digit numbers.</exception>
    public CdtCatalogData(int formatVersion, string codes, Func<int, string> chunk)
        : this(formatVersion, codes)
    {
        _textChunk = chunk ?? throw new ArgumentNullException(nameof(chunk));
    }

    /// <summary>
    /// A part whose chunks are UTF-8 byte arrays: what C# 7.3 to 10 get for a category too large for string literals
    /// (the compiler caps an assembly's string literals at 16 MB in all).
    /// </summary>
    /// <param name="formatVersion">The data format the generator wrote.</param>
    /// <param name="codes">The four digits of each code, in record order ("01200140…").</param>
    /// <param name="chunk">Returns the UTF-8 text of chunk <c>i</c>: records <c>i × 100</c> to <c>i × 100 + 99</c>.</param>
    /// <exception cref="NotSupportedException">The data was written in a format this library does not read.</exception>
    /// <exception cref="ArgumentException"><paramref name="codes"/> is not a list of four-digit numbers.</exception>
    public CdtCatalogData(int formatVersion, string codes, Func<int, byte[]> chunk)
        : this(formatVersion, codes)
    {
        _utf8Chunk = chunk ?? throw new ArgumentNullException(nameof(chunk));
    }

#if NET8_0_OR_GREATER
    /// <summary>A part whose chunks are UTF-8 literals (C# 11 and later on .NET 8 or later).</summary>
    /// <param name="formatVersion">The data format the generator wrote.</param>
    /// <param name="codes">The four digits of each code, in record order ("01200140…").</param>
    /// <param name="chunk">Returns the UTF-8 text of chunk <c>i</c>: records <c>i × 100</c> to <c>i × 100 + 99</c>.</param>
    /// <exception cref="NotSupportedException">The data was written in a format this library does not read.</exception>
    /// <exception cref="ArgumentException"><paramref name="codes"/> is not a list of four-digit numbers.</exception>
    public CdtCatalogData(int formatVersion, string codes, CdtUtf8Chunk chunk)
        : this(formatVersion, codes)
    {
        if (chunk == null)
        {
            throw new ArgumentNullException(nameof(chunk));
        }

        // A copy: the literal's bytes are read-only data, and the decoded chunk outlives the span.
        _utf8Chunk = index => chunk(index).ToArray();
    }
#endif

    private CdtCatalogData(int formatVersion, string codes)
    {
        if (formatVersion != CdtCatalogDataFormat.Version)
        {
            throw new NotSupportedException(
                "The generated catalog uses data format " + formatVersion + "; this CdtCodes library reads format " +
                CdtCatalogDataFormat.Version + ". Reference the same CdtCodes version for the generator and the library.");
        }

        if (codes == null)
        {
            throw new ArgumentNullException(nameof(codes));
        }

        if (codes.Length % CdtCatalogDataFormat.DigitsPerCode != 0)
        {
            throw new ArgumentException("The code list is a run of four-digit numbers.", nameof(codes));
        }

        for (int i = 0; i < codes.Length; i += CdtCatalogDataFormat.DigitsPerCode)
        {
            if (CdtCodeSyntax.FourDigits(codes, i) < 0)
            {
                throw new ArgumentException("The code list is a run of four-digit numbers.", nameof(codes));
            }
        }

        _codes = codes;
        Count = codes.Length / CdtCatalogDataFormat.DigitsPerCode;
        _chunks = new LoadedChunk?[(Count + CdtCatalogDataFormat.EntriesPerChunk - 1) / CdtCatalogDataFormat.EntriesPerChunk];
    }

    /// <summary>How many records the part holds.</summary>
    internal int Count { get; }

    /// <summary>The code number (0–9999) of record <paramref name="ordinal"/>.</summary>
    internal int NumberAt(int ordinal) => CdtCodeSyntax.FourDigits(_codes, ordinal * CdtCatalogDataFormat.DigitsPerCode);

    /// <summary>Builds the entry of record <paramref name="ordinal"/>, loading its chunk on first use.</summary>
    /// <exception cref="InvalidOperationException">The generated data does not match its code list.</exception>
    internal CdtCode Decode(int ordinal)
    {
        int chunkIndex = ordinal / CdtCatalogDataFormat.EntriesPerChunk;
        try
        {
            var chunk = _chunks[chunkIndex] ?? LoadChunk(chunkIndex);
            var entry = chunk.Reader(chunk.Starts[ordinal % CdtCatalogDataFormat.EntriesPerChunk]).ReadEntry();
            if (entry.Number == NumberAt(ordinal))
            {
                return entry;
            }
        }
        catch (Exception e) when (e is FormatException || e is ArgumentException || e is IndexOutOfRangeException)
        {
            throw Mismatch(ordinal, e);
        }

        throw Mismatch(ordinal, null);
    }

    /// <summary>Drops the decoded chunk texts once every entry has been built.</summary>
    internal void ReleaseChunks() => Array.Clear(_chunks, 0, _chunks.Length);

    private LoadedChunk LoadChunk(int chunkIndex)
    {
        int records = Math.Min(CdtCatalogDataFormat.EntriesPerChunk, Count - (chunkIndex * CdtCatalogDataFormat.EntriesPerChunk));
        var loaded = _utf8Chunk != null
            ? new LoadedChunk(null, _utf8Chunk(chunkIndex) ?? throw MissingChunk(), records)
            : new LoadedChunk(_textChunk!(chunkIndex) ?? throw MissingChunk(), null, records);
        return Interlocked.CompareExchange(ref _chunks[chunkIndex], loaded, null) ?? loaded;
    }

    private static FormatException MissingChunk() => new FormatException("A chunk of the generated catalog is missing.");

    private InvalidOperationException Mismatch(int ordinal, Exception? inner) => new InvalidOperationException(
        "The generated catalog data for D" + NumberAt(ordinal).ToString("0000", System.Globalization.CultureInfo.InvariantCulture) +
        " is malformed. Rebuild the project; if it persists, the generator and the CdtCodes library come from different versions.",
        inner);

    /// <summary>A chunk's content (text, or UTF-8 bytes) and where each of its records starts.</summary>
    private sealed class LoadedChunk
    {
        public LoadedChunk(string? text, byte[]? utf8, int records)
        {
            Text = text;
            Utf8 = utf8;
            Starts = new int[records];
            var reader = Reader(0);
            for (int i = 0; i < records; i++)
            {
                int length = reader.ReadInt();
                Starts[i] = reader.Position;
                reader.Skip(length);
            }

            if (!reader.AtEnd)
            {
                throw new FormatException("The chunk holds more records than its code list.");
            }
        }

        public string? Text { get; }

        public byte[]? Utf8 { get; }

        public int[] Starts { get; }

        public CatalogDataReader Reader(int position) =>
            Utf8 != null ? new CatalogDataReader(Utf8, position) : new CatalogDataReader(Text!, position);
    }
}

#if NET8_0_OR_GREATER
/// <summary>Returns the UTF-8 text of one chunk of a generated catalog (see <see cref="CdtCatalogData"/>).</summary>
/// <param name="index">The chunk's index, from 0.</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> CdtUtf8Chunk(int index);
#endif
