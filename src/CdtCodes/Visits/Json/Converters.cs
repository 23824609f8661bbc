using System;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CdtCodes.Json;

/// <summary>
/// A date of service as an ISO 8601 date ("2025-03-04"). A time or offset after it is allowed and ignored: the date as
/// written is the date of service, never shifted by a time zone (a shift would move 31 December into the next edition).
/// </summary>
internal sealed class DateOfServiceConverter : JsonConverter<DateTime?>
{
    internal static string Shorten(string text) => text.Length <= 64 ? text : text.Substring(0, 64) + "…";

    public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("\"dateOfService\" must be a date string such as \"2025-03-04\".");
        }

        string text = reader.GetString() ?? string.Empty;
        if (text.Length >= 10
            && DateTime.TryParseExact(text.Substring(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            && (text.Length == 10
                || ((text[10] == 'T' || text[10] == 't' || text[10] == ' ')
                    && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _))))
        {
            return date;
        }

        throw new JsonException("\"dateOfService\" must be a date such as \"2025-03-04\", not \"" + Shorten(text) + "\".");
    }

    public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Visit JSON is read only.");
}

/// <summary>"inPerson", "synchronous", "asynchronous" (any case; "in-person" too); null or "unspecified" for none.</summary>
internal sealed class EncounterModeConverter : JsonConverter<EncounterMode>
{
    public override bool HandleNull => true;

    public override EncounterMode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return EncounterMode.Unspecified;
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            string text = reader.GetString() ?? string.Empty;
            switch (text.Replace("-", string.Empty).Replace("_", string.Empty).ToUpperInvariant())
            {
                case "UNSPECIFIED":
                    return EncounterMode.Unspecified;
                case "INPERSON":
                    return EncounterMode.InPerson;
                case "SYNCHRONOUS":
                    return EncounterMode.Synchronous;
                case "ASYNCHRONOUS":
                    return EncounterMode.Asynchronous;
            }

            throw new JsonException(
                "\"encounterMode\" must be \"inPerson\", \"synchronous\" or \"asynchronous\", not \"" + DateOfServiceConverter.Shorten(text) + "\".");
        }

        throw new JsonException("\"encounterMode\" must be a string: \"inPerson\", \"synchronous\" or \"asynchronous\".");
    }

    public override void Write(Utf8JsonWriter writer, EncounterMode value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Visit JSON is read only.");
}

/// <summary>
/// A string, or a number kept as written (exports often write tooth 3, area 10 or even code 9995 as numbers; the
/// validator then judges the text, e.g. CDT012 for 9995).
/// </summary>
internal sealed class LenientStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                byte[] raw = reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray();
                return Encoding.UTF8.GetString(raw);
            default:
                throw new JsonException("Expected a string or a number.");
        }
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Visit JSON is read only.");
}
