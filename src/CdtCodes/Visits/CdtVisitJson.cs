using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using CdtCodes.Json;

namespace CdtCodes;

/// <summary>
/// Reads visits from JSON (System.Text.Json with a source-generated context, so no reflection):
/// <c>{ "visits": [ { "id": "A-1", "dateOfService": "2025-03-04", "encounterMode": "synchronous",
/// "placeOfService": "02", "lines": [ { "code": "D0140" }, { "code": "D9995" } ] } ] }</c>, or the bare array.
/// Bad JSON never throws: the result carries the error with its line, column and path. docs/runtime-validation.md
/// describes every field.
/// </summary>
public static class CdtVisitJson
{
    /// <summary>Reads visits from JSON text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static CdtVisitJsonResult Load(string json)
    {
        if (json == null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        if (json.Length > 0 && json[0] == '\uFEFF')
        {
            json = json.Substring(1); // a byte-order mark the reader would reject
        }

        try
        {
            bool isArray = StartsWithArray(json);
            if (isArray)
            {
                return Convert(JsonSerializer.Deserialize(json, CdtVisitJsonContext.Default.ListVisit), "$", () => Encoding.UTF8.GetBytes(json));
            }

            return Convert(JsonSerializer.Deserialize(json, CdtVisitJsonContext.Default.VisitFile), () => Encoding.UTF8.GetBytes(json));
        }
        catch (Exception exception) when (IsBadJson(exception))
        {
            return CdtVisitJsonResult.Failed(ToError(exception));
        }
    }

    /// <summary>
    /// Reads visits from a UTF-8 stream (to its end). Errors of the stream itself (<see cref="IOException"/>) are not
    /// JSON errors and propagate.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static CdtVisitJsonResult Load(Stream utf8Json)
    {
        if (utf8Json == null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        // Buffered: the root's shape (object or array) decides the type to read, and the visits end up in memory anyway.
        var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        var bytes = buffer.ToArray();
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = new ReadOnlySpan<byte>(bytes, 3, bytes.Length - 3).ToArray(); // positions count from after the mark, as editors show them
        }

        try
        {
            bool isArray = StartsWithArray(bytes);
            if (isArray)
            {
                return Convert(JsonSerializer.Deserialize(bytes, CdtVisitJsonContext.Default.ListVisit), "$", () => bytes);
            }

            return Convert(JsonSerializer.Deserialize(bytes, CdtVisitJsonContext.Default.VisitFile), () => bytes);
        }
        catch (Exception exception) when (IsBadJson(exception))
        {
            return CdtVisitJsonResult.Failed(ToError(exception));
        }
    }

    private static bool IsBadJson(Exception exception) =>
        exception is JsonException
        || (exception is ArgumentException && exception is not ArgumentNullException) // e.g. invalid UTF-16 in the text
        || exception is InvalidOperationException
        || exception is NotSupportedException
        || exception is FormatException
        || exception is OverflowException;

    private static CdtVisitJsonResult Convert(VisitFile? file, Func<byte[]> utf8)
    {
        if (file == null)
        {
            return Located(utf8(), "$", "The JSON is null; expected an object with a \"visits\" array, or an array of visits.");
        }

        if (file.Visits == null)
        {
            return Located(utf8(), "$", "A visit file needs a \"visits\" array.");
        }

        return Convert(file.Visits, "$.visits", utf8);
    }

    private static CdtVisitJsonResult Convert(List<Visit>? dtos, string root, Func<byte[]> utf8)
    {
        if (dtos == null)
        {
            return Located(utf8(), "$", "The JSON is null; expected an object with a \"visits\" array, or an array of visits.");
        }

        var visits = new List<CdtVisit>(dtos.Count);
        for (int i = 0; i < dtos.Count; i++)
        {
            var dto = dtos[i];
            string path = root + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (dto == null)
            {
                return Located(utf8(), path, "A visit must be an object, not null.");
            }

            var visit = new CdtVisit
            {
                Id = dto.Id,
                DateOfService = dto.DateOfService,
                EncounterMode = dto.EncounterMode,
                PlaceOfService = dto.PlaceOfService,
            };
            if (dto.Lines != null)
            {
                for (int j = 0; j < dto.Lines.Count; j++)
                {
                    var line = dto.Lines[j];
                    if (line == null)
                    {
                        // Not a line to skip silently, and not a line to invent: say where it is.
                        return Located(utf8(), path + ".lines[" + j.ToString(CultureInfo.InvariantCulture) + "]", "A claim line must be an object, not null.");
                    }

                    visit.Lines.Add(new CdtClaimLine(line.Code, line.Tooth, line.Surfaces, line.Area, line.Quantity ?? 1, line.Narrative));
                }
            }

            visits.Add(visit);
        }

        return new CdtVisitJsonResult(visits.AsReadOnly(), null);
    }

    private static CdtVisitJsonResult Located(byte[] utf8, string path, string message)
    {
        JsonLocator.Find(utf8, path, out long? line, out long? column);
        return CdtVisitJsonResult.Failed(new CdtVisitJsonError(message, line, column, path));
    }

    private static CdtVisitJsonError ToError(Exception exception)
    {
        if (exception is JsonException json)
        {
            return new CdtVisitJsonError(
                Reword(StripLocation(json.Message), json.Path),
                json.LineNumber.HasValue ? json.LineNumber.Value + 1 : (long?)null,
                json.BytePositionInLine.HasValue ? json.BytePositionInLine.Value + 1 : (long?)null,
                json.Path);
        }

        return new CdtVisitJsonError(exception.Message, null, null, null);
    }

    /// <summary>System.Text.Json appends " Path: … | LineNumber: … | BytePositionInLine: …"; the error has those as fields.</summary>
    private static string StripLocation(string message)
    {
        foreach (var marker in new[] { " Path: ", " LineNumber: ", " BytePositionInLine: " })
        {
            int at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at > 0)
            {
                message = message.Substring(0, at);
            }
        }

        return message.Trim();
    }

    /// <summary>Says the serializer's type-centred messages in terms of the JSON the user wrote.</summary>
    private static string Reword(string message, string? path)
    {
        const string Unmapped = "The JSON property '";
        if (message.StartsWith(Unmapped, StringComparison.Ordinal))
        {
            int end = message.IndexOf('\'', Unmapped.Length);
            string name = end > 0 ? message.Substring(Unmapped.Length, end - Unmapped.Length) : "?";
            string known = message.EndsWith("ClaimLine'.", StringComparison.Ordinal)
                ? "a claim line has code, tooth, surfaces, area, quantity and narrative"
                : message.EndsWith("VisitFile'.", StringComparison.Ordinal)
                    ? "a visit file has \"visits\" (and \"$schema\")"
                    : "a visit has id, dateOfService, encounterMode, placeOfService and lines";
            return "Unknown property \"" + name + "\"; " + known + ".";
        }

        if (message.StartsWith("The JSON value could not be converted to", StringComparison.Ordinal))
        {
            if (path == "$" || string.IsNullOrEmpty(path))
            {
                return "Expected an object with a \"visits\" array, or an array of visits.";
            }

            string what = path!.EndsWith(".quantity", StringComparison.Ordinal) ? " (quantity is a whole number)" : string.Empty;
            return "The value at " + path + " has the wrong type or is out of range" + what + ".";
        }

        return message;
    }

    private static bool StartsWithArray(string json)
    {
        int i = 0;
        while (i < json.Length)
        {
            char c = json[i];
            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                i++;
            }
            else if (c == '/' && i + 1 < json.Length && json[i + 1] == '/')
            {
                int end = json.IndexOf('\n', i);
                i = end < 0 ? json.Length : end + 1;
            }
            else if (c == '/' && i + 1 < json.Length && json[i + 1] == '*')
            {
                int end = json.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? json.Length : end + 2;
            }
            else
            {
                return c == '[';
            }
        }

        return false;
    }

    private static bool StartsWithArray(byte[] utf8)
    {
        // Comments and white space are ASCII, so the bytes can be read as characters until the first token.
        int i = 0;
        var head = new StringBuilder();
        for (; i < utf8.Length && head.Length < 4096 && utf8[i] < 0x80; i++)
        {
            head.Append((char)utf8[i]);
        }

        if (head.Length == 4096)
        {
            return StartsWithArray(Encoding.UTF8.GetString(utf8));
        }

        return StartsWithArray(head.ToString());
    }
}

/// <summary>The outcome of <see cref="CdtVisitJson.Load(string)"/>: the visits, or the error that stopped reading.</summary>
public sealed class CdtVisitJsonResult
{
    private static readonly ReadOnlyCollection<CdtVisit> NoVisits = Array.AsReadOnly(Array.Empty<CdtVisit>());

    internal CdtVisitJsonResult(IReadOnlyList<CdtVisit>? visits, CdtVisitJsonError? error)
    {
        Visits = visits ?? NoVisits;
        Error = error;
    }

    /// <summary>True when the JSON was read; then <see cref="Error"/> is null.</summary>
    public bool Success => Error == null;

    /// <summary>The visits, in file order; empty when reading failed (nothing is half-loaded).</summary>
    public IReadOnlyList<CdtVisit> Visits { get; }

    /// <summary>What stopped reading, or null.</summary>
    public CdtVisitJsonError? Error { get; }

    internal static CdtVisitJsonResult Failed(CdtVisitJsonError error) => new CdtVisitJsonResult(null, error);
}

/// <summary>Why visit JSON could not be read, and where.</summary>
public sealed class CdtVisitJsonError
{
    internal CdtVisitJsonError(string message, long? line, long? column, string? path)
    {
        Message = message;
        Line = line;
        Column = column;
        Path = path;
    }

    /// <summary>What is wrong.</summary>
    public string Message { get; }

    /// <summary>The 1-based line of the problem, when known.</summary>
    public long? Line { get; }

    /// <summary>The 1-based column of the problem in UTF-8 bytes (equal to characters for ASCII), when known.</summary>
    public long? Column { get; }

    /// <summary>The JSON path of the problem (e.g. <c>$.visits[0].lines[1].quantity</c>), when known.</summary>
    public string? Path { get; }

    /// <summary>"line 3, column 17 ($.visits[0].dateOfService): message".</summary>
    public override string ToString()
    {
        string where = Line.HasValue
            ? "line " + Line.Value.ToString(CultureInfo.InvariantCulture) + ", column " + (Column ?? 0).ToString(CultureInfo.InvariantCulture)
            : string.Empty;
        if (!string.IsNullOrEmpty(Path))
        {
            where += (where.Length > 0 ? " " : string.Empty) + "(" + Path + ")";
        }

        return where.Length > 0 ? where + ": " + Message : Message;
    }
}
