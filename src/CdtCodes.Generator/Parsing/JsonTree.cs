using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using System.Threading;

namespace CdtCodes.Generator.Parsing;

internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>A JSON value with the character span it occupies in the file (JsonDocument keeps no positions).</summary>
internal sealed class JsonNode
{
    private static readonly List<JsonProperty> NoProperties = new();
    private static readonly List<JsonNode> NoItems = new();

    public JsonNode(JsonKind kind, int start, int length)
    {
        Kind = kind;
        Start = start;
        Length = length;
    }

    public JsonKind Kind { get; }

    /// <summary>Character offset of the token (a string's opening quote, an object's brace).</summary>
    public int Start { get; }

    public int Length { get; set; }

    /// <summary>The unescaped string; null for other kinds and for strings that are not valid UTF-16.</summary>
    public string? String { get; set; }

    /// <summary>The number when it is an integer that fits an int.</summary>
    public int? Integer { get; set; }

    public List<JsonProperty> Properties { get; set; } = NoProperties;

    public List<JsonNode> Items { get; set; } = NoItems;

    public string KindName => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.True or JsonKind.False => "a boolean",
        _ => "null",
    };
}

internal sealed class JsonProperty
{
    public JsonProperty(string name, int nameStart, int nameLength, JsonNode value)
    {
        Name = name;
        NameStart = nameStart;
        NameLength = nameLength;
        Value = value;
    }

    public string Name { get; }

    public int NameStart { get; }

    public int NameLength { get; }

    public JsonNode Value { get; }
}

/// <summary>The outcome of reading a file: a tree, or the character offset and message of the first error.</summary>
internal readonly struct JsonReadResult
{
    public JsonReadResult(JsonNode? root, int errorOffset, string? error)
    {
        Root = root;
        ErrorOffset = errorOffset;
        Error = error;
    }

    public JsonNode? Root { get; }

    public int ErrorOffset { get; }

    public string? Error { get; }
}

/// <summary>
/// Reads JSON with one <see cref="Utf8JsonReader"/> pass (the reader JsonDocument itself uses, with the same options:
/// comments skipped, trailing commas allowed, depth limit 64) into a tree that knows where every token is.
/// </summary>
internal static class JsonTreeReader
{
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 64,
    };

    public static JsonReadResult Read(string text, CancellationToken cancellationToken)
    {
        // A BOM left in the decoded text is not JSON whitespace to the reader; skip it and keep offsets aligned.
        int skipChars = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var bytes = Encoding.UTF8.GetBytes(text);
        int skipBytes = skipChars == 1 ? 3 : 0;
        var map = new PositionMap(text);
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(bytes, skipBytes, bytes.Length - skipBytes), Options);
        try
        {
            if (!reader.Read())
            {
                // Unreachable for final blocks (the reader throws for empty input), kept for safety.
                return new JsonReadResult(null, 0, "The file contains no JSON value.");
            }

            var root = ReadValue(ref reader, map, skipBytes, cancellationToken);
            if (reader.Read())
            {
                // The reader rejects trailing content itself; this is defensive.
                return new JsonReadResult(null, map.ToCharOffset((int)reader.TokenStartIndex + skipBytes), "Unexpected content after the root value.");
            }

            return new JsonReadResult(root, 0, null);
        }
        catch (JsonException ex)
        {
            int byteOffset = ByteOffsetOf(bytes, skipBytes, ex.LineNumber ?? 0, ex.BytePositionInLine ?? 0);
            return new JsonReadResult(null, new PositionMap(text).ToCharOffset(byteOffset), CleanMessage(ex.Message));
        }
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, PositionMap map, int skip, CancellationToken ct)
    {
        int start = map.ToCharOffset((int)reader.TokenStartIndex + skip);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
            {
                var node = new JsonNode(JsonKind.Object, start, 1) { Properties = new List<JsonProperty>() };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    ct.ThrowIfCancellationRequested();
                    int nameStart = map.ToCharOffset((int)reader.TokenStartIndex + skip);
                    int nameEnd = map.ToCharOffset((int)reader.TokenStartIndex + skip + RawLength(ref reader));
                    string name = ReadString(ref reader) ?? string.Empty;
                    reader.Read();
                    var value = ReadValue(ref reader, map, skip, ct);
                    node.Properties.Add(new JsonProperty(name, nameStart, nameEnd - nameStart, value));
                }

                node.Length = map.ToCharOffset((int)reader.TokenStartIndex + skip + 1) - start;
                return node;
            }

            case JsonTokenType.StartArray:
            {
                var node = new JsonNode(JsonKind.Array, start, 1) { Items = new List<JsonNode>() };
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    ct.ThrowIfCancellationRequested();
                    node.Items.Add(ReadValue(ref reader, map, skip, ct));
                }

                node.Length = map.ToCharOffset((int)reader.TokenStartIndex + skip + 1) - start;
                return node;
            }

            case JsonTokenType.String:
            {
                int end = map.ToCharOffset((int)reader.TokenStartIndex + skip + RawLength(ref reader));
                return new JsonNode(JsonKind.String, start, end - start) { String = ReadString(ref reader) };
            }

            case JsonTokenType.Number:
            {
                int end = map.ToCharOffset((int)reader.TokenStartIndex + skip + reader.ValueSpan.Length);
                var node = new JsonNode(JsonKind.Number, start, end - start);
                if (reader.TryGetInt32(out int value))
                {
                    node.Integer = value;
                }

                return node;
            }

            case JsonTokenType.True:
                return new JsonNode(JsonKind.True, start, 4);
            case JsonTokenType.False:
                return new JsonNode(JsonKind.False, start, 5);
            default:
                return new JsonNode(JsonKind.Null, start, 4);
        }
    }

    /// <summary>Bytes of a string or property-name token including its quotes.</summary>
    private static int RawLength(ref Utf8JsonReader reader) => reader.ValueSpan.Length + 2;

    private static string? ReadString(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            // Escapes that decode to invalid UTF-16 (a lone surrogate such as "\uD800").
            return null;
        }
    }

    /// <summary>The reader counts lines by '\n' only and columns in bytes; turn that back into a byte offset.</summary>
    private static int ByteOffsetOf(byte[] bytes, int skip, long line, long bytePositionInLine)
    {
        int offset = skip;
        for (long l = 0; l < line && offset < bytes.Length; offset++)
        {
            if (bytes[offset] == (byte)'\n')
            {
                l++;
            }
        }

        long result = offset + bytePositionInLine;
        return (int)Math.Min(Math.Max(result, 0), bytes.Length);
    }

    private static string CleanMessage(string message)
    {
        // The location is reported separately, so drop the reader's own "LineNumber: … | BytePositionInLine: …".
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        return (cut >= 0 ? message.Substring(0, cut) : message).Trim();
    }
}

/// <summary>Turns UTF-8 byte offsets of the encoded text back into character offsets, walking forward.</summary>
internal sealed class PositionMap
{
    private readonly string _text;
    private int _byte;
    private int _char;

    public PositionMap(string text)
    {
        _text = text;
    }

    public int ToCharOffset(int byteOffset)
    {
        if (byteOffset < _byte)
        {
            _byte = 0;
            _char = 0;
        }

        while (_byte < byteOffset && _char < _text.Length)
        {
            char c = _text[_char];
            if (c < 0x80)
            {
                _byte += 1;
                _char += 1;
            }
            else if (c < 0x800)
            {
                _byte += 2;
                _char += 1;
            }
            else if (char.IsHighSurrogate(c) && _char + 1 < _text.Length && char.IsLowSurrogate(_text[_char + 1]))
            {
                _byte += 4;
                _char += 2;
            }
            else
            {
                // Other BMP characters, and lone surrogates (encoded as U+FFFD), take three bytes.
                _byte += 3;
                _char += 1;
            }
        }

        return _char;
    }
}
