using System.Text.Json;
using System.Text.RegularExpressions;
using NJsonSchema;
using NJsonSchema.Validation;

namespace CdtCodes.Definitions.Tests;

public class SchemaTests
{
    private static readonly Lazy<JsonSchema> LazySchema =
        new(() => JsonSchema.FromFileAsync(StarterSet.SchemaPath).GetAwaiter().GetResult());

    private static JsonSchema Schema => LazySchema.Value;

    private static ICollection<ValidationError> Validate(string json) => Schema.Validate(json);

    public static TheoryData<string> ShippedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in StarterSet.ShippedFilePaths)
        {
            data.Add(StarterSet.RelativeName(path));
        }

        return data;
    }

    [Fact]
    public void Schema_is_draft_07_and_parses()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(StarterSet.SchemaPath));
        Assert.Equal("http://json-schema.org/draft-07/schema#", doc.RootElement.GetProperty("$schema").GetString());
        Assert.NotNull(Schema);
    }

    [Fact]
    public void There_are_shipped_definition_files()
    {
        Assert.True(StarterSet.ShippedFilePaths.Count >= 7, "expected the starter files under definitions/starter");
        Assert.All(StarterSet.ShippedFilePaths, p => Assert.EndsWith(".cdt.json", p, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Shipped_file_validates_against_the_schema(string relativePath)
    {
        var text = File.ReadAllText(Path.Combine(StarterSet.RepositoryRoot, relativePath));
        var errors = Validate(text);
        Assert.True(errors.Count == 0, relativePath + ":\n" + string.Join("\n", errors.Select(Describe)));
    }

    [Fact]
    public void Minimal_document_is_accepted()
    {
        Assert.Empty(Validate("""{ "schemaVersion": 1, "codes": [ { "code": "D1234", "name": "Placeholder" } ] }"""));
    }

    [Fact]
    public void Document_using_every_field_is_accepted()
    {
        const string json = """
        {
          "$schema": "../cdt-definitions.schema.json",
          "schemaVersion": 1,
          "edition": 2025,
          "source": "user-licensed",
          "licenseNotice": "Licensed text.",
          "codes": [
            {
              "code": "D1234",
              "name": "Placeholder",
              "subcategory": "Test",
              "summary": "A test entry.",
              "whenToUse": ["a"], "notFor": ["b"], "documentation": ["c"], "billingNotes": ["d"], "denialReasons": ["e"],
              "faq": [ { "question": "q?", "answer": "a." } ],
              "treatmentArea": "quadrant",
              "alsoAllowsToothRange": true,
              "surfaceCount": { "min": 1, "max": 5 },
              "byReport": true,
              "isProsthesis": false,
              "addedIn": 2017,
              "deletedIn": 2025,
              "replacedBy": ["D1235"],
              "revisedIn": [2019, 2023],
              "encounterMode": "synchronous",
              "reportedWith": { "codes": ["D1235"] },
              "exclusiveWith": [ { "codes": ["D1236"], "fromEdition": 2018, "toEdition": 2024, "note": "n" } ],
              "maxPerDate": 1,
              "relations": [
                { "kind": "related", "code": "D1235" },
                { "kind": "confusedWith", "code": "D1236", "note": "how they differ" },
                { "kind": "useInstead", "code": "D1237", "encounterMode": "asynchronous", "note": "when" },
                { "kind": "reportedWith", "code": "D1235" },
                { "kind": "replacedBy", "code": "D1235" }
              ]
            },
            { "code": "D1235", "name": "Other", "reportedWith": { "anyOtherProcedure": true } }
          ]
        }
        """;
        var errors = Validate(json);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(Describe)));
    }

    /// <summary>Documents that must fail, each with one defect. {C} stands for a valid code object's other fields.</summary>
    public static TheoryData<string, string> BadDocuments() => new()
    {
        { "missing schemaVersion", """{ "codes": [] }""" },
        { "missing codes", """{ "schemaVersion": 1 }""" },
        { "unsupported schemaVersion", """{ "schemaVersion": 2, "codes": [] }""" },
        { "schemaVersion as string", """{ "schemaVersion": "1", "codes": [] }""" },
        { "unknown header property", """{ "schemaVersion": 1, "codes": [], "version": 3 }""" },
        { "bad source enum", """{ "schemaVersion": 1, "source": "licensed", "codes": [] }""" },
        { "codes not an array", """{ "schemaVersion": 1, "codes": {} }""" },
        { "edition out of range", """{ "schemaVersion": 1, "edition": 25, "codes": [] }""" },
        { "code missing name", Code("""{ "code": "D1234" }""") },
        { "code missing code", Code("""{ "name": "x" }""") },
        { "lower-case code", Code("""{ "code": "d1234", "name": "x" }""") },
        { "three-digit code", Code("""{ "code": "D123", "name": "x" }""") },
        { "code with space", Code("""{ "code": "D 1234", "name": "x" }""") },
        { "unknown code property", Code("""{ "code": "D1234", "name": "x", "label": "y" }""") },
        { "name as number", Code("""{ "code": "D1234", "name": 5 }""") },
        { "empty summary", Code("""{ "code": "D1234", "name": "x", "summary": "" }""") },
        { "whenToUse as string", Code("""{ "code": "D1234", "name": "x", "whenToUse": "always" }""") },
        { "documentation item not a string", Code("""{ "code": "D1234", "name": "x", "documentation": [1] }""") },
        { "bad treatmentArea", Code("""{ "code": "D1234", "name": "x", "treatmentArea": "jaw" }""") },
        { "bad encounterMode", Code("""{ "code": "D1234", "name": "x", "encounterMode": "live" }""") },
        { "byReport as string", Code("""{ "code": "D1234", "name": "x", "byReport": "yes" }""") },
        { "addedIn too early", Code("""{ "code": "D1234", "name": "x", "addedIn": 1800 }""") },
        { "revisedIn not a list", Code("""{ "code": "D1234", "name": "x", "revisedIn": 2023 }""") },
        { "replacedBy duplicates", Code("""{ "code": "D1234", "name": "x", "replacedBy": ["D2940", "D2940"] }""") },
        { "replacedBy malformed", Code("""{ "code": "D1234", "name": "x", "replacedBy": ["2940"] }""") },
        { "maxPerDate zero", Code("""{ "code": "D1234", "name": "x", "maxPerDate": 0 }""") },
        { "surfaceCount min zero", Code("""{ "code": "D1234", "name": "x", "surfaceCount": { "min": 0, "max": 2 } }""") },
        { "surfaceCount max six", Code("""{ "code": "D1234", "name": "x", "surfaceCount": { "min": 1, "max": 6 } }""") },
        { "surfaceCount unknown key", Code("""{ "code": "D1234", "name": "x", "surfaceCount": { "min": 1, "max": 2, "each": 1 } }""") },
        { "faq entry missing answer", Code("""{ "code": "D1234", "name": "x", "faq": [ { "question": "q" } ] }""") },
        { "faq entry unknown key", Code("""{ "code": "D1234", "name": "x", "faq": [ { "question": "q", "answer": "a", "votes": 1 } ] }""") },
        { "reportedWith empty", Code("""{ "code": "D1234", "name": "x", "reportedWith": {} }""") },
        { "reportedWith false", Code("""{ "code": "D1234", "name": "x", "reportedWith": { "anyOtherProcedure": false } }""") },
        { "reportedWith both shapes", Code("""{ "code": "D1234", "name": "x", "reportedWith": { "anyOtherProcedure": true, "codes": ["D0220"] } }""") },
        { "reportedWith empty codes", Code("""{ "code": "D1234", "name": "x", "reportedWith": { "codes": [] } }""") },
        { "exclusiveWith empty codes", Code("""{ "code": "D1234", "name": "x", "exclusiveWith": [ { "codes": [] } ] }""") },
        { "exclusiveWith unknown key", Code("""{ "code": "D1234", "name": "x", "exclusiveWith": [ { "codes": ["D0150"], "scope": "sameDate" } ] }""") },
        { "exclusiveWith as object", Code("""{ "code": "D1234", "name": "x", "exclusiveWith": { "codes": ["D0150"] } }""") },
        { "relation kind unknown", Code("""{ "code": "D1234", "name": "x", "relations": [ { "kind": "seeAlso", "code": "D0150" } ] }""") },
        { "relation missing code", Code("""{ "code": "D1234", "name": "x", "relations": [ { "kind": "related" } ] }""") },
        { "relation code malformed", Code("""{ "code": "D1234", "name": "x", "relations": [ { "kind": "related", "code": "D01500" } ] }""") },
        { "confusedWith without note", Code("""{ "code": "D1234", "name": "x", "relations": [ { "kind": "confusedWith", "code": "D0150" } ] }""") },
        { "relation bad encounterMode", Code("""{ "code": "D1234", "name": "x", "relations": [ { "kind": "useInstead", "code": "D9995", "encounterMode": "video" } ] }""") },
        { "relation unknown key", Code("""{ "code": "D1234", "name": "x", "relations": [ { "kind": "related", "code": "D0150", "weight": 2 } ] }""") },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Bad_document_is_rejected(string defect, string json)
    {
        Assert.True(Validate(json).Count > 0, "the schema accepted a document with: " + defect);
    }

    [Fact]
    public void Schema_properties_match_the_documented_format()
    {
        // docs/definition-format.md is the contract the generator parses; the schema must describe the same fields.
        var documented = DocumentedFields(Path.Combine(StarterSet.RepositoryRoot, "docs", "definition-format.md"));
        using var doc = JsonDocument.Parse(File.ReadAllText(StarterSet.SchemaPath));
        var root = doc.RootElement;
        var header = root.GetProperty("properties").EnumerateObject().Select(p => p.Name);
        var code = root.GetProperty("definitions").GetProperty("codeDefinition").GetProperty("properties")
            .EnumerateObject().Select(p => p.Name);
        var inSchema = header.Concat(code).ToHashSet(StringComparer.Ordinal);

        Assert.Empty(inSchema.Except(documented).OrderBy(x => x, StringComparer.Ordinal));
        Assert.Empty(documented.Except(inSchema).OrderBy(x => x, StringComparer.Ordinal));
    }

    [Fact]
    public void Readme_documents_every_schema_property()
    {
        var readme = File.ReadAllText(Path.Combine(StarterSet.DefinitionsDirectory, "README.md"));
        using var doc = JsonDocument.Parse(File.ReadAllText(StarterSet.SchemaPath));
        var root = doc.RootElement;
        var names = root.GetProperty("properties").EnumerateObject().Select(p => p.Name)
            .Concat(root.GetProperty("definitions").GetProperty("codeDefinition").GetProperty("properties")
                .EnumerateObject().Select(p => p.Name));
        Assert.All(names, n => Assert.Contains("`" + n + "`", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_schema_property_and_definition_has_a_description()
    {
        // Editors show these as hover help. A property may inherit the description of the definition it refers to.
        using var doc = JsonDocument.Parse(File.ReadAllText(StarterSet.SchemaPath));
        var definitions = doc.RootElement.GetProperty("definitions");
        var missing = new List<string>();

        foreach (var d in definitions.EnumerateObject())
        {
            if (!d.Value.TryGetProperty("description", out _)) missing.Add("#/definitions/" + d.Name);
        }

        Walk(doc.RootElement, "#");
        Assert.Empty(missing);

        void Walk(JsonElement schema, string path)
        {
            if (schema.ValueKind != JsonValueKind.Object) return;
            if (schema.TryGetProperty("properties", out var props))
            {
                foreach (var p in props.EnumerateObject())
                {
                    if (!p.Value.TryGetProperty("description", out _) && !RefersToDescribed(p.Value))
                    {
                        missing.Add(path + "/properties/" + p.Name);
                    }

                    Walk(p.Value, path + "/properties/" + p.Name);
                }
            }

            if (schema.TryGetProperty("items", out var items)) Walk(items, path + "/items");
            if (schema.TryGetProperty("oneOf", out var oneOf))
            {
                var i = 0;
                foreach (var s in oneOf.EnumerateArray()) Walk(s, path + "/oneOf/" + i++);
            }

            if (path == "#")
            {
                foreach (var d in definitions.EnumerateObject()) Walk(d.Value, "#/definitions/" + d.Name);
            }

            // anyOf branches only narrow the kind enum of properties described beside them; they are not walked.
        }

        bool RefersToDescribed(JsonElement property)
        {
            const string prefix = "#/definitions/";
            return property.TryGetProperty("$ref", out var r)
                && r.GetString() is { } target
                && target.StartsWith(prefix, StringComparison.Ordinal)
                && definitions.TryGetProperty(target.Substring(prefix.Length), out var def)
                && def.TryGetProperty("description", out _);
        }
    }

    private static HashSet<string> DocumentedFields(string markdownPath)
    {
        var fields = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(markdownPath))
        {
            var m = Regex.Match(line, @"^\|\s*`([^`]+)`\s*\|");
            if (m.Success)
            {
                fields.Add(m.Groups[1].Value);
            }
        }

        // The diagnostics table lists ids, not fields.
        fields.RemoveWhere(f => f.StartsWith("CDTG", StringComparison.Ordinal));
        return fields;
    }

    private static string Code(string codeObject) => "{ \"schemaVersion\": 1, \"codes\": [ " + codeObject + " ] }";

    private static string Describe(ValidationError e) => e.Kind + " at " + e.Path + " (" + e.Property + ")";
}
