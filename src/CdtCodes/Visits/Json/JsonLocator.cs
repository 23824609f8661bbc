using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CdtCodes.Json;

/// <summary>
/// Finds where a value of a JSON path ("$.visits[2].lines[0]") starts, as a 1-based line and column (UTF-8 bytes),
/// for problems found after deserialising (a null visit or line). Runs only when there is an error to report.
/// </summary>
internal static class JsonLocator
{
    public static void Find(byte[] utf8, string path, out long? line, out long? column)
    {
        line = null;
        column = null;
        long start = -1;
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var segments = new List<string>();
            var arrayIndex = new List<int>(); // per open container: next element index, or -1 for an object
            string? property = null;
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token == JsonTokenType.PropertyName)
                {
                    property = reader.GetString();
                    continue;
                }

                if (token == JsonTokenType.EndObject || token == JsonTokenType.EndArray)
                {
                    arrayIndex.RemoveAt(arrayIndex.Count - 1);
                    segments.RemoveAt(segments.Count - 1);
                    continue;
                }

                // A value: name it by its container.
                string name;
                if (arrayIndex.Count == 0)
                {
                    name = "$";
                }
                else if (arrayIndex[arrayIndex.Count - 1] >= 0)
                {
                    name = segments[segments.Count - 1] + "[" + arrayIndex[arrayIndex.Count - 1].ToString(CultureInfo.InvariantCulture) + "]";
                    arrayIndex[arrayIndex.Count - 1]++;
                }
                else
                {
                    name = segments[segments.Count - 1] + "." + property;
                }

                if (name == path)
                {
                    start = reader.TokenStartIndex;
                    break;
                }

                if (token == JsonTokenType.StartObject || token == JsonTokenType.StartArray)
                {
                    segments.Add(name);
                    arrayIndex.Add(token == JsonTokenType.StartArray ? 0 : -1);
                }
            }
        }
        catch (JsonException)
        {
            return;
        }

        if (start < 0)
        {
            return;
        }

        long lineNumber = 1;
        long lineStart = 0;
        for (long i = 0; i < start; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                lineNumber++;
                lineStart = i + 1;
            }
        }

        line = lineNumber;
        column = start - lineStart + 1;
    }
}
