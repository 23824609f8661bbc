using System.Text.Json;
using System.Text.Json.Serialization;

namespace CdtCodes.Definitions.Tests;

/// <summary>Locates the repository's definitions folder and loads the shipped definition files.</summary>
internal static class StarterSet
{
    private static readonly Lazy<string> LazyRoot = new(FindRepositoryRoot);
    private static readonly Lazy<IReadOnlyList<LoadedFile>> LazyFiles = new(LoadFiles);

    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The directory that holds CdtCodes.sln, found by walking up from the test assembly.</summary>
    public static string RepositoryRoot => LazyRoot.Value;

    public static string DefinitionsDirectory => Path.Combine(RepositoryRoot, "definitions");

    public static string SchemaPath => Path.Combine(DefinitionsDirectory, "cdt-definitions.schema.json");

    public static string StarterDirectory => Path.Combine(DefinitionsDirectory, "starter");

    /// <summary>Every definition file the package ships (definitions/**/*.json except the schema).</summary>
    public static IReadOnlyList<string> ShippedFilePaths =>
        Directory.EnumerateFiles(DefinitionsDirectory, "*.json", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith(".schema.json", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();

    public static IReadOnlyList<LoadedFile> Files => LazyFiles.Value;

    public static IEnumerable<CodeDefinition> AllCodes => Files.SelectMany(f => f.Content.Codes);

    public static IReadOnlyDictionary<string, CodeDefinition> ByCode =>
        AllCodes.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public static CodeDefinition Get(string code) => ByCode[code];

    public static string RelativeName(string path) => Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/');

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CdtCodes.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CdtCodes.sln not found above " + AppContext.BaseDirectory);
    }

    private static IReadOnlyList<LoadedFile> LoadFiles() =>
        ShippedFilePaths
            .Select(path => new LoadedFile(
                path,
                File.ReadAllText(path),
                JsonSerializer.Deserialize<DefinitionFile>(File.ReadAllText(path), JsonOptions)
                    ?? throw new InvalidOperationException("Empty definition file: " + path)))
            .ToArray();
}

internal sealed record LoadedFile(string Path, string Text, DefinitionFile Content)
{
    public string Name => StarterSet.RelativeName(Path);

    public override string ToString() => Name;
}

internal sealed class DefinitionFile
{
    [JsonPropertyName("$schema")] public string? Schema { get; set; }
    [JsonPropertyName("schemaVersion")] public int SchemaVersion { get; set; }
    [JsonPropertyName("edition")] public int? Edition { get; set; }
    [JsonPropertyName("source")] public string? Source { get; set; }
    [JsonPropertyName("licenseNotice")] public string? LicenseNotice { get; set; }
    [JsonPropertyName("codes")] public List<CodeDefinition> Codes { get; set; } = new();
}

internal sealed class CodeDefinition
{
    [JsonPropertyName("code")] public string Code { get; set; } = "";
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("subcategory")] public string? Subcategory { get; set; }
    [JsonPropertyName("summary")] public string? Summary { get; set; }
    [JsonPropertyName("whenToUse")] public List<string>? WhenToUse { get; set; }
    [JsonPropertyName("notFor")] public List<string>? NotFor { get; set; }
    [JsonPropertyName("documentation")] public List<string>? Documentation { get; set; }
    [JsonPropertyName("billingNotes")] public List<string>? BillingNotes { get; set; }
    [JsonPropertyName("denialReasons")] public List<string>? DenialReasons { get; set; }
    [JsonPropertyName("faq")] public List<FaqEntry>? Faq { get; set; }
    [JsonPropertyName("treatmentArea")] public string? TreatmentArea { get; set; }
    [JsonPropertyName("byReport")] public bool? ByReport { get; set; }
    [JsonPropertyName("addedIn")] public int? AddedIn { get; set; }
    [JsonPropertyName("deletedIn")] public int? DeletedIn { get; set; }
    [JsonPropertyName("replacedBy")] public List<string>? ReplacedBy { get; set; }
    [JsonPropertyName("revisedIn")] public List<int>? RevisedIn { get; set; }
    [JsonPropertyName("encounterMode")] public string? EncounterMode { get; set; }
    [JsonPropertyName("reportedWith")] public ReportedWithRule? ReportedWith { get; set; }
    [JsonPropertyName("exclusiveWith")] public List<Exclusion>? ExclusiveWith { get; set; }
    [JsonPropertyName("maxPerDate")] public int? MaxPerDate { get; set; }
    [JsonPropertyName("relations")] public List<Relation>? Relations { get; set; }

    public IEnumerable<Relation> RelationsOrEmpty => Relations ?? Enumerable.Empty<Relation>();

    /// <summary>Every code this entry names: relation targets, successors, add-on partners and exclusions.</summary>
    public IEnumerable<(string Field, string Target)> ReferencedCodes()
    {
        foreach (var r in RelationsOrEmpty) yield return ("relations[" + r.Kind + "]", r.Code);
        foreach (var c in ReplacedBy ?? new()) yield return ("replacedBy", c);
        foreach (var c in ReportedWith?.Codes ?? new()) yield return ("reportedWith", c);
        foreach (var c in (ExclusiveWith ?? new()).SelectMany(e => e.Codes)) yield return ("exclusiveWith", c);
    }

    public override string ToString() => Code;
}

internal sealed class FaqEntry
{
    [JsonPropertyName("question")] public string? Question { get; set; }
    [JsonPropertyName("answer")] public string? Answer { get; set; }
}

internal sealed class ReportedWithRule
{
    [JsonPropertyName("anyOtherProcedure")] public bool? AnyOtherProcedure { get; set; }
    [JsonPropertyName("codes")] public List<string>? Codes { get; set; }
}

internal sealed class Exclusion
{
    [JsonPropertyName("codes")] public List<string> Codes { get; set; } = new();
    [JsonPropertyName("fromEdition")] public int? FromEdition { get; set; }
    [JsonPropertyName("toEdition")] public int? ToEdition { get; set; }
    [JsonPropertyName("note")] public string? Note { get; set; }
}

internal sealed class Relation
{
    [JsonPropertyName("kind")] public string Kind { get; set; } = "";
    [JsonPropertyName("code")] public string Code { get; set; } = "";
    [JsonPropertyName("note")] public string? Note { get; set; }
    [JsonPropertyName("encounterMode")] public string? EncounterMode { get; set; }

    public override string ToString() => Kind + " " + Code;
}
