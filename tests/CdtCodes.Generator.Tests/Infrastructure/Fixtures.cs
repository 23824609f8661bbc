namespace CdtCodes.Generator.Tests.Infrastructure;

/// <summary>Small definition files with fake but well-formed content (own words, not ADA descriptors).</summary>
internal static class Fixtures
{
    public static string StarterPath => TestPaths.TestData("starter.cdt.json");

    public static string StarterJson => File.ReadAllText(StarterPath);

    public static InMemoryAdditionalText Starter => new("/defs/starter.cdt.json", StarterJson);

    /// <summary>A user file with the given code objects (JSON text, comma-separated).</summary>
    public static string UserFile(string codes, string header = "") =>
        "{\n  \"schemaVersion\": 1,\n  \"edition\": 2025,\n  \"source\": \"user\",\n" + header + "  \"codes\": [\n" + codes + "\n  ]\n}\n";

    public static string Code(string code, string name = "A test code", string extra = "") =>
        "    { \"code\": \"" + code + "\", \"name\": \"" + name + "\"" + (extra.Length > 0 ? ", " + extra : "") + " }";

    /// <summary>A file of <paramref name="count"/> synthetic codes spread over the categories, with relations.</summary>
    public static string Synthetic(int count, int seed = 0)
    {
        var builder = new System.Text.StringBuilder();
        builder.Append("{\n  \"schemaVersion\": 1,\n  \"edition\": 2025,\n  \"codes\": [\n");
        // Codes D0100–D9999: at most 9,900 distinct ones.
        count = Math.Min(count, 9900);
        int step = Math.Max(1, 9900 / count);
        for (int i = 0; i < count; i++)
        {
            int number = 100 + (i * step);
            int next = 100 + (((i + 1) % count) * step);
            builder.Append($"    {{ \"code\": \"D{number:0000}\", \"name\": \"Synthetic procedure {i + seed}\", \"subcategory\": \"Group {i % 7}\", ");
            builder.Append($"\"summary\": \"A made-up code used to measure the generator at size, number {i}.\", ");
            builder.Append("\"whenToUse\": [\"When the test needs it\", \"When measuring\"], \"treatmentArea\": \"tooth\", \"addedIn\": 2020, ");
            builder.Append($"\"relations\": [ {{ \"kind\": \"related\", \"code\": \"D{next:0000}\", \"note\": \"The next synthetic code.\" }} ] }}");
            builder.Append(i + 1 < count ? ",\n" : "\n");
        }

        builder.Append("  ]\n}\n");
        return builder.ToString();
    }
}
