using System.Text.Json;
using System.Text.Json.Serialization;
using CdtCodes;

namespace ClaimsPrep;

/// <summary>Reads the day's visits as the practice-management system exports them (visits.json) into the
/// package's neutral visit model. Codes stay exactly as exported: cleaning them up is the validator's job.</summary>
internal static class VisitFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static IReadOnlyList<(VisitRecord Record, CdtVisit Visit)> Load(string path)
    {
        var records = JsonSerializer.Deserialize<List<VisitRecord>>(File.ReadAllText(path), Options) ?? [];
        return records.Select(r => (r, ToVisit(r))).ToList();
    }

    private static CdtVisit ToVisit(VisitRecord record)
    {
        var visit = new CdtVisit(record.Date.ToDateTime(TimeOnly.MinValue), ClaimCoder.ModeOf(record.Kind))
        {
            Id = record.Id,
            PlaceOfService = record.PlaceOfService,
        };
        foreach (var line in record.Lines)
        {
            visit.Add(new CdtClaimLine(line.Code, line.Tooth, line.Surfaces, line.Area, narrative: line.Narrative));
        }

        return visit;
    }
}

internal sealed record VisitRecord(
    string Id,
    DateOnly Date,
    string Patient,
    VisitKind Kind,
    string? PlaceOfService,
    List<LineRecord> Lines);

internal sealed record LineRecord(string? Code, string? Tooth, string? Surfaces, string? Area, string? Narrative);
