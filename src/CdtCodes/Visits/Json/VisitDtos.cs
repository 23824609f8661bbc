using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

// The JSON shape of visits. CdtVisit is IEnumerable<CdtClaimLine>, which System.Text.Json would treat as a bare
// collection, so the wire format lives in these DTOs and CdtVisitJson maps them. No converter here deserialises a
// nested value itself: a nested JsonSerializer call reports line numbers relative to that value, not the file.
namespace CdtCodes.Json;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(VisitFile))]
[JsonSerializable(typeof(List<Visit>))]
internal sealed partial class CdtVisitJsonContext : JsonSerializerContext
{
}

/// <summary>The root object <c>{ "visits": [...] }</c>; a bare array is read as <c>List&lt;Visit&gt;</c> (entries may be null: CdtVisitJson checks).</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class VisitFile
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }

    public List<Visit>? Visits { get; set; }
}

/// <summary>A visit on the wire.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class Visit
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Id { get; set; }

    [JsonConverter(typeof(DateOfServiceConverter))]
    public DateTime? DateOfService { get; set; }

    [JsonConverter(typeof(EncounterModeConverter))]
    public EncounterMode EncounterMode { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? PlaceOfService { get; set; }

    public List<ClaimLine>? Lines { get; set; }
}

/// <summary>A claim line on the wire.</summary>
[JsonUnmappedMemberHandling(JsonUnmappedMemberHandling.Disallow)]
internal sealed class ClaimLine
{
    [JsonConverter(typeof(LenientStringConverter))]
    public string? Code { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Tooth { get; set; }

    public string? Surfaces { get; set; }

    [JsonConverter(typeof(LenientStringConverter))]
    public string? Area { get; set; }

    public int? Quantity { get; set; }

    public string? Narrative { get; set; }
}
