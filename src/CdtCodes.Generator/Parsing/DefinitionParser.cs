using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using CdtCodes.Generator.Model;
using CdtCodes.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CdtCodes.Generator.Parsing;

/// <summary>
/// Turns one definition file into a <see cref="ParsedFile"/> (docs/definition-format.md, schema version 1). Never
/// throws for bad input: every problem becomes a located diagnostic, a bad entry costs only itself and a bad field
/// only that field.
/// </summary>
internal static class DefinitionParser
{
    public const int SupportedSchemaVersion = 1;

    private static readonly string[] AreaNames = { "none", "mouth", "arch", "quadrant", "sextant", "toothRange", "tooth", "surface" };
    private static readonly AreaKind[] AreaValues =
    {
        AreaKind.None, AreaKind.Mouth, AreaKind.Arch, AreaKind.Quadrant, AreaKind.Sextant, AreaKind.ToothRange, AreaKind.Tooth,
        AreaKind.Surface,
    };

    private static readonly string[] ModeNames = { "synchronous", "asynchronous" };
    private static readonly ModeKind[] ModeValues = { ModeKind.Synchronous, ModeKind.Asynchronous };

    private static readonly string[] KindNames = { "related", "confusedWith", "useInstead", "reportedWith", "replacedBy" };
    private static readonly RelationKind[] KindValues =
    {
        RelationKind.Related, RelationKind.ConfusedWith, RelationKind.UseInstead, RelationKind.ReportedWith, RelationKind.ReplacedBy,
    };

    private static readonly string[] SourceNames = { "starter", "user", "user-licensed" };
    private static readonly SourceKind[] SourceValues = { SourceKind.Starter, SourceKind.User, SourceKind.User };

    private static readonly HashSet<string> HeaderProperties = new(StringComparer.Ordinal)
    {
        "$schema", "schemaVersion", "edition", "source", "licenseNotice", "codes",
    };

    private static readonly HashSet<string> CodeProperties = new(StringComparer.Ordinal)
    {
        "code", "name", "subcategory", "summary", "whenToUse", "notFor", "documentation", "billingNotes", "denialReasons", "faq",
        "treatmentArea", "alsoAllowsToothRange", "surfaceCount", "byReport", "isProsthesis", "addedIn", "deletedIn",
        "replacedBy", "revisedIn", "encounterMode", "reportedWith", "exclusiveWith", "maxPerDate", "relations",
    };

    public static ParsedFile Parse(string path, SourceText? text, CancellationToken cancellationToken)
    {
        var context = new Context(path ?? string.Empty, text ?? SourceText.From(string.Empty), cancellationToken);
        try
        {
            return ParseCore(context, text == null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug, not bad input. Keep the other files generating and say what happened instead of CS8785.
            context.Diagnostics.Clear();
            context.Report(
                GeneratorDiagnostics.InvalidJson,
                context.At(0, 0),
                "the generator failed on it (" + ex.GetType().Name + ": " + ex.Message + "), which is a bug in CdtCodes; please report it");
            return context.Result(new FileHeader(), new List<(CodeModel, CodeIndex)>(), new List<string>());
        }
    }

    private static ParsedFile ParseCore(Context context, bool unreadable)
    {
        var header = new FileHeader();
        var codes = new List<(CodeModel Model, CodeIndex Index)>();
        var rejected = new List<string>();
        if (unreadable)
        {
            context.Report(GeneratorDiagnostics.InvalidJson, context.At(0, 0), "the file could not be read");
            return context.Result(header, codes, rejected);
        }

        var read = JsonTreeReader.Read(context.Text.ToString(), context.CancellationToken);
        if (read.Root == null)
        {
            int offset = Math.Min(read.ErrorOffset, context.Text.Length);
            context.Report(GeneratorDiagnostics.InvalidJson, context.At(offset, offset < context.Text.Length ? 1 : 0), read.Error ?? "invalid JSON");
            return context.Result(header, codes, rejected);
        }

        var root = read.Root;
        if (root.Kind != JsonKind.Object)
        {
            context.Schema(root, "The root of a definition file must be an object, not " + root.KindName);
            return context.Result(header, codes, rejected);
        }

        // The version decides how to read everything else, so it goes first; an unknown version is not read at all.
        var versionProp = root.Properties.Find(static p => p.Name == "schemaVersion");
        if (versionProp != null)
        {
            var version = versionProp.Value;
            if (version.Kind == JsonKind.Number && version.Integer != SupportedSchemaVersion)
            {
                context.Report(GeneratorDiagnostics.UnsupportedSchemaVersion, context.At(version), RawText(context, version));
                return context.Result(new FileHeader { Skipped = true }, codes, rejected);
            }

            if (version.Kind != JsonKind.Number)
            {
                context.Schema(version, "'schemaVersion' must be the integer 1, not " + version.KindName);
            }
        }
        else
        {
            context.Schema(root, "The file header has no 'schemaVersion' (add \"schemaVersion\": 1)");
        }

        var props = context.Properties(root, HeaderProperties, "the file header");
        context.ReportUnknown(root, HeaderProperties, "the file header");

        if (props.TryGetValue("$schema", out var schemaProp) && schemaProp.Value.Kind != JsonKind.String)
        {
            context.Schema(schemaProp.Value, "'$schema' must be a string, not " + schemaProp.Value.KindName);
        }

        if (props.TryGetValue("edition", out var editionProp))
        {
            header.Edition = context.Year(editionProp.Value, "edition");
        }

        if (props.TryGetValue("source", out var sourceProp))
        {
            header.Source = context.Enum(sourceProp.Value, "source", SourceNames, SourceValues, SourceKind.User);
        }

        if (props.TryGetValue("licenseNotice", out var licenseProp))
        {
            header.LicenseNotice = context.String(licenseProp.Value, "licenseNotice") ?? string.Empty;
        }

        if (!props.TryGetValue("codes", out var codesProp))
        {
            context.Schema(root, "The file header has no 'codes' array");
            return context.Result(header, codes, rejected);
        }

        if (codesProp.Value.Kind != JsonKind.Array)
        {
            context.Schema(codesProp.Value, "'codes' must be an array, not " + codesProp.Value.KindName);
            return context.Result(header, codes, rejected);
        }

        foreach (var item in codesProp.Value.Items)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var entry = ParseCode(context, item, rejected);
            if (entry.HasValue)
            {
                codes.Add(entry.Value);
            }
        }

        return context.Result(header, codes, rejected);
    }

    private static (CodeModel, CodeIndex)? ParseCode(Context context, JsonNode node, List<string> rejected)
    {
        if (node.Kind != JsonKind.Object)
        {
            context.Schema(node, "Each item of 'codes' must be an object, not " + node.KindName);
            return null;
        }

        var props = context.Properties(node, CodeProperties, "a code object");

        // Identity first: without a usable code and name the entry cannot be generated at all.
        if (!props.TryGetValue("code", out var codeProp))
        {
            context.Schema(node, "A code object has no 'code'");
            return null;
        }

        var codeNode = codeProp.Value;
        if (codeNode.Kind != JsonKind.String || codeNode.String == null)
        {
            context.Schema(codeNode, "'code' must be a string such as \"D0120\", not " + codeNode.KindName);
            return null;
        }

        string code = codeNode.String;
        if (!CdtCodeSyntax.IsWellFormed(code))
        {
            context.Report(GeneratorDiagnostics.MalformedCode, context.At(codeNode), Shorten(code), NormalizationHint(code));
            return null;
        }

        var entry = new EntryBuilder(code, context.At(codeNode));
        context.ReportUnknown(node, CodeProperties, code);

        string? name = null;
        if (!props.TryGetValue("name", out var nameProp))
        {
            context.Schema(node, code + " has no 'name'");
        }
        else
        {
            name = context.String(nameProp.Value, "name", code);
            if (name != null && name.Trim().Length == 0)
            {
                context.Schema(nameProp.Value, code + ": 'name' must not be empty");
                name = null;
            }
        }

        if (name == null)
        {
            rejected.Add(code);
            return null;
        }

        entry.Name = name;
        if (props.TryGetValue("subcategory", out var p))
        {
            entry.Subcategory = context.String(p.Value, "subcategory", code) ?? string.Empty;
        }

        if (props.TryGetValue("summary", out p))
        {
            entry.Summary = context.String(p.Value, "summary", code) ?? string.Empty;
        }

        entry.WhenToUse = StringList(context, props, "whenToUse", code);
        entry.NotFor = StringList(context, props, "notFor", code);
        entry.Documentation = StringList(context, props, "documentation", code);
        entry.BillingNotes = StringList(context, props, "billingNotes", code);
        entry.DenialReasons = StringList(context, props, "denialReasons", code);
        if (props.TryGetValue("faq", out p))
        {
            entry.Faq = Faq(context, p.Value, code);
        }

        if (props.TryGetValue("treatmentArea", out p))
        {
            entry.Area = context.Enum(p.Value, "treatmentArea", AreaNames, AreaValues, AreaKind.Unspecified, code);
        }

        if (props.TryGetValue("alsoAllowsToothRange", out p))
        {
            entry.AlsoAllowsToothRange = context.Bool(p.Value, "alsoAllowsToothRange", code);
            if (entry.AlsoAllowsToothRange && entry.Area != AreaKind.Unspecified && entry.Area != AreaKind.Arch && entry.Area != AreaKind.Quadrant)
            {
                context.Contradiction(p.Value, code, "'alsoAllowsToothRange' applies to arch or quadrant codes, but the treatment area is " + AreaNames[(int)entry.Area - 1] + "; it is ignored");
                entry.AlsoAllowsToothRange = false;
            }
        }

        if (props.TryGetValue("surfaceCount", out p))
        {
            SurfaceCount(context, p.Value, code, entry);
        }

        if (props.TryGetValue("byReport", out p))
        {
            entry.ByReport = context.Bool(p.Value, "byReport", code);
        }

        if (props.TryGetValue("isProsthesis", out p))
        {
            entry.IsProsthesis = context.Bool(p.Value, "isProsthesis", code);
        }

        JsonNode? addedNode = null;
        if (props.TryGetValue("addedIn", out p))
        {
            addedNode = p.Value;
            entry.AddedIn = context.Year(p.Value, "addedIn", code);
        }

        if (props.TryGetValue("deletedIn", out p))
        {
            entry.DeletedIn = context.Year(p.Value, "deletedIn", code);
            if (entry.DeletedIn != 0 && entry.AddedIn != 0 && entry.DeletedIn <= entry.AddedIn)
            {
                context.Contradiction(
                    addedNode ?? p.Value,
                    code,
                    "'deletedIn' (" + Int(entry.DeletedIn) + ") is not after 'addedIn' (" + Int(entry.AddedIn) + "); 'addedIn' is ignored");
                entry.AddedIn = 0;
            }
        }

        if (props.TryGetValue("replacedBy", out p))
        {
            var replacedBy = CodeList(context, p.Value, "replacedBy", code, allowEmpty: true);
            if (replacedBy.Count > 0 && entry.DeletedIn == 0)
            {
                context.Contradiction(p.Value, code, "'replacedBy' is given but the code has no 'deletedIn'; 'replacedBy' is ignored");
            }
            else
            {
                entry.ReplacedBy = replacedBy;
            }
        }

        if (props.TryGetValue("revisedIn", out p))
        {
            entry.RevisedIn = RevisedIn(context, p.Value, code, entry);
        }

        if (props.TryGetValue("encounterMode", out p))
        {
            entry.Mode = context.Enum(p.Value, "encounterMode", ModeNames, ModeValues, ModeKind.Unspecified, code);
        }

        if (props.TryGetValue("reportedWith", out p))
        {
            ReportedWith(context, p.Value, code, entry);
        }

        if (props.TryGetValue("exclusiveWith", out p))
        {
            ExclusiveWith(context, p.Value, code, entry);
        }

        if (props.TryGetValue("maxPerDate", out p))
        {
            var value = context.Integer(p.Value, "maxPerDate", code);
            if (value.HasValue && value.Value < 1)
            {
                context.Schema(p.Value, code + ": 'maxPerDate' must be 1 or more");
            }
            else if (value.HasValue)
            {
                entry.MaxPerDate = value.Value;
            }
        }

        if (props.TryGetValue("relations", out p))
        {
            Relations(context, p.Value, code, entry);
        }

        return entry.Build();
    }

    private static EquatableArray<string> StringList(Context context, Dictionary<string, JsonProperty> props, string field, string code)
    {
        if (!props.TryGetValue(field, out var prop))
        {
            return EquatableArray<string>.Empty;
        }

        var node = prop.Value;
        if (node.Kind != JsonKind.Array)
        {
            context.Schema(node, code + ": '" + field + "' must be an array of strings, not " + node.KindName);
            return EquatableArray<string>.Empty;
        }

        var list = new List<string>(node.Items.Count);
        foreach (var item in node.Items)
        {
            var value = context.String(item, field + " item", code);
            if (value != null)
            {
                list.Add(value);
            }
        }

        return list.ToEquatableArray();
    }

    private static readonly HashSet<string> FaqProperties = new(StringComparer.Ordinal) { "question", "answer" };
    private static readonly HashSet<string> ExclusionProperties = new(StringComparer.Ordinal) { "codes", "fromEdition", "toEdition", "note" };
    private static readonly HashSet<string> RelationProperties = new(StringComparer.Ordinal) { "kind", "code", "note", "encounterMode" };

    /// <summary>
    /// The object items of an array field with their known properties. Reports (CDTG002) a field that is not an array,
    /// an item that is not an object, and properties outside <paramref name="known"/>; a bad item costs only itself.
    /// </summary>
    private static IEnumerable<(JsonNode Item, Dictionary<string, JsonProperty> Props)> ObjectItems(
        Context context, JsonNode node, string code, string field, string itemShape, HashSet<string> known, string itemName)
    {
        if (node.Kind != JsonKind.Array)
        {
            context.Schema(node, code + ": '" + field + "' must be an array of " + itemShape + " objects, not " + node.KindName);
            yield break;
        }

        foreach (var item in node.Items)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (item.Kind != JsonKind.Object)
            {
                context.Schema(item, code + ": each '" + field + "' item must be an object, not " + item.KindName);
                continue;
            }

            var props = context.Properties(item, known, code + " " + itemName);
            context.ReportUnknown(item, known, code + " " + itemName);
            yield return (item, props);
        }
    }

    private static EquatableArray<FaqModel> Faq(Context context, JsonNode node, string code)
    {
        var list = new List<FaqModel>();
        foreach (var (item, props) in ObjectItems(context, node, code, "faq", "{ question, answer }", FaqProperties, "faq item"))
        {
            string? question = Required(context, item, props, "question", code + " faq item");
            string? answer = Required(context, item, props, "answer", code + " faq item");
            if (question != null && answer != null)
            {
                list.Add(new FaqModel(question, answer));
            }
        }

        return list.ToEquatableArray();
    }

    private static string? Required(Context context, JsonNode owner, Dictionary<string, JsonProperty> props, string field, string what)
    {
        if (!props.TryGetValue(field, out var prop))
        {
            context.Schema(owner, what + " has no '" + field + "'");
            return null;
        }

        return context.String(prop.Value, field, what);
    }

    private static void SurfaceCount(Context context, JsonNode node, string code, EntryBuilder entry)
    {
        if (node.Kind != JsonKind.Object)
        {
            context.Schema(node, code + ": 'surfaceCount' must be an object { \"min\": 1-5, \"max\": 1-5 }, not " + node.KindName);
            return;
        }

        var allowed = new HashSet<string>(StringComparer.Ordinal) { "min", "max" };
        var props = context.Properties(node, allowed, code + " surfaceCount");
        context.ReportUnknown(node, allowed, code + " surfaceCount");
        int? min = SurfaceBound(context, node, props, "min", code);
        int? max = SurfaceBound(context, node, props, "max", code);
        if (!min.HasValue || !max.HasValue)
        {
            return;
        }

        if (min.Value > max.Value)
        {
            context.Contradiction(node, code, "'surfaceCount.min' (" + Int(min.Value) + ") is greater than 'surfaceCount.max' (" + Int(max.Value) + "); 'surfaceCount' is ignored");
            return;
        }

        if (entry.Area != AreaKind.Unspecified && entry.Area != AreaKind.Surface)
        {
            context.Contradiction(node, code, "'surfaceCount' applies to surface codes, but the treatment area is " + AreaNames[(int)entry.Area - 1] + "; it is ignored");
            return;
        }

        entry.MinSurfaces = min.Value;
        entry.MaxSurfaces = max.Value;
    }

    private static int? SurfaceBound(Context context, JsonNode owner, Dictionary<string, JsonProperty> props, string field, string code)
    {
        if (!props.TryGetValue(field, out var prop))
        {
            context.Schema(owner, code + ": 'surfaceCount' has no '" + field + "'");
            return null;
        }

        var value = context.Integer(prop.Value, "surfaceCount." + field, code);
        if (value.HasValue && (value.Value < 1 || value.Value > 5))
        {
            context.Schema(prop.Value, code + ": 'surfaceCount." + field + "' must be from 1 to 5, not " + Int(value.Value));
            return null;
        }

        return value;
    }

    private static EquatableArray<int> RevisedIn(Context context, JsonNode node, string code, EntryBuilder entry)
    {
        if (node.Kind != JsonKind.Array)
        {
            context.Schema(node, code + ": 'revisedIn' must be an array of edition years, not " + node.KindName);
            return EquatableArray<int>.Empty;
        }

        var years = new List<int>();
        foreach (var item in node.Items)
        {
            int year = context.Year(item, "revisedIn item", code);
            if (year == 0)
            {
                continue;
            }

            if ((entry.AddedIn != 0 && year < entry.AddedIn) || (entry.DeletedIn != 0 && year >= entry.DeletedIn))
            {
                context.Contradiction(item, code, "revised in " + Int(year) + ", outside the editions the code exists in; the year is ignored");
                continue;
            }

            if (!years.Contains(year))
            {
                years.Add(year);
            }
        }

        years.Sort();
        return years.ToEquatableArray();
    }

    private static void ReportedWith(Context context, JsonNode node, string code, EntryBuilder entry)
    {
        if (node.Kind != JsonKind.Object)
        {
            context.Schema(node, code + ": 'reportedWith' must be { \"anyOtherProcedure\": true } or { \"codes\": [...] }, not " + node.KindName);
            return;
        }

        var allowed = new HashSet<string>(StringComparer.Ordinal) { "anyOtherProcedure", "codes" };
        var props = context.Properties(node, allowed, code + " reportedWith");
        context.ReportUnknown(node, allowed, code + " reportedWith");
        bool hasAny = props.TryGetValue("anyOtherProcedure", out var anyProp);
        bool hasCodes = props.TryGetValue("codes", out var codesProp);
        if (hasAny && hasCodes)
        {
            context.Schema(node, code + ": 'reportedWith' takes either 'anyOtherProcedure' or 'codes', not both; it is ignored");
            return;
        }

        if (hasAny)
        {
            entry.AnyOtherProcedure = context.Bool(anyProp!.Value, "reportedWith.anyOtherProcedure", code);
            return;
        }

        if (!hasCodes)
        {
            context.Schema(node, code + ": 'reportedWith' needs 'anyOtherProcedure' or 'codes'");
            return;
        }

        var codes = CodeList(context, codesProp!.Value, "reportedWith.codes", code, allowEmpty: false);
        entry.ReportedWith = codes;
    }

    private static void ExclusiveWith(Context context, JsonNode node, string code, EntryBuilder entry)
    {
        foreach (var (item, props) in ObjectItems(
            context, node, code, "exclusiveWith", "{ codes, fromEdition?, toEdition?, note? }", ExclusionProperties, "exclusiveWith item"))
        {
            if (!props.TryGetValue("codes", out var codesProp))
            {
                context.Schema(item, code + ": an 'exclusiveWith' item has no 'codes'");
                continue;
            }

            int from = props.TryGetValue("fromEdition", out var fromProp) ? context.Year(fromProp.Value, "exclusiveWith.fromEdition", code) : 0;
            int to = props.TryGetValue("toEdition", out var toProp) ? context.Year(toProp.Value, "exclusiveWith.toEdition", code) : 0;
            string note = props.TryGetValue("note", out var noteProp) ? context.String(noteProp.Value, "exclusiveWith.note", code) ?? string.Empty : string.Empty;
            if (from != 0 && to != 0 && from > to)
            {
                context.Contradiction(item, code, "an 'exclusiveWith' item runs from " + Int(from) + " to " + Int(to) + ", which is no edition at all; it is ignored");
                continue;
            }

            var codes = CodeList(context, codesProp.Value, "exclusiveWith.codes", code, allowEmpty: false, rejectSelf: "for a once-per-date limit use 'maxPerDate'");
            if (codes.Count > 0)
            {
                entry.AddExclusion(new ExclusionModel(codes.Codes.ToEquatableArray(), from, to, note), codes.Locations);
            }
        }
    }

    private static void Relations(Context context, JsonNode node, string code, EntryBuilder entry)
    {
        foreach (var (item, props) in ObjectItems(context, node, code, "relations", "{ kind, code, note?, encounterMode? }", RelationProperties, "relation"))
        {
            if (!props.TryGetValue("kind", out var kindProp))
            {
                context.Schema(item, code + ": a relation has no 'kind'");
                continue;
            }

            int kindIndex = context.EnumIndex(kindProp.Value, "relation kind", KindNames, code);
            if (kindIndex < 0)
            {
                continue;
            }

            var kind = KindValues[kindIndex];
            if (!props.TryGetValue("code", out var targetProp))
            {
                context.Schema(item, code + ": a relation has no 'code'");
                continue;
            }

            var targetNode = targetProp.Value;
            string? target = context.String(targetNode, "relation code", code);
            if (target == null)
            {
                continue;
            }

            if (!CdtCodeSyntax.IsWellFormed(target))
            {
                context.Report(GeneratorDiagnostics.MalformedCode, context.At(targetNode), Shorten(target), NormalizationHint(target));
                continue;
            }

            string note = string.Empty;
            if (props.TryGetValue("note", out var noteProp))
            {
                note = context.String(noteProp.Value, "relation note", code) ?? string.Empty;
            }
            else if (kind == RelationKind.ConfusedWith)
            {
                // The note is the point of a confusedWith edge; keep the edge, but say it is incomplete.
                context.Schema(item, code + ": a 'confusedWith' relation needs a 'note' saying how the two codes differ");
            }

            var when = ModeKind.Unspecified;
            JsonNode? modeNode = null;
            if (props.TryGetValue("encounterMode", out var modeProp))
            {
                modeNode = modeProp.Value;
                when = context.Enum(modeProp.Value, "relation encounterMode", ModeNames, ModeValues, ModeKind.Unspecified, code);
            }

            if (string.Equals(target, code, StringComparison.Ordinal))
            {
                context.Contradiction(targetNode, code, "a '" + KindNames[kindIndex] + "' relation points at the code itself; it is ignored");
                continue;
            }

            if (kind == RelationKind.ReplacedBy && entry.DeletedIn == 0)
            {
                context.Contradiction(item, code, "a 'replacedBy' relation on a code with no 'deletedIn'; it is ignored");
                continue;
            }

            if (kind == RelationKind.UseInstead && when != ModeKind.Unspecified && when == entry.Mode)
            {
                context.Contradiction(
                    modeNode ?? item,
                    code,
                    "'useInstead' " + target + " when the encounter is " + ModelNames.Describe(when) + ", but " + code + " itself is the " + ModelNames.Describe(when) + " code; the relation is ignored");
                continue;
            }

            entry.AddRelation(new RelationModel(kind, target, note, when), context.At(targetNode));
        }
    }

    /// <summary>A list of well-formed codes with the location of each.</summary>
    private static CodeListResult CodeList(Context context, JsonNode node, string field, string code, bool allowEmpty, string? rejectSelf = null)
    {
        var result = new CodeListResult();
        if (node.Kind != JsonKind.Array)
        {
            context.Schema(node, code + ": '" + field + "' must be an array of codes, not " + node.KindName);
            return result;
        }

        if (node.Items.Count == 0 && !allowEmpty)
        {
            context.Schema(node, code + ": '" + field + "' must list at least one code");
            return result;
        }

        foreach (var item in node.Items)
        {
            string? value = context.String(item, field + " item", code);
            if (value == null)
            {
                continue;
            }

            if (!CdtCodeSyntax.IsWellFormed(value))
            {
                context.Report(GeneratorDiagnostics.MalformedCode, context.At(item), Shorten(value), NormalizationHint(value));
                continue;
            }

            if (string.Equals(value, code, StringComparison.Ordinal))
            {
                context.Contradiction(item, code, "'" + field + "' names the code itself; the item is ignored" + (rejectSelf == null ? "" : " (" + rejectSelf + ")"));
                continue;
            }

            if (!result.Codes.Contains(value))
            {
                result.Codes.Add(value);
                result.Locations.Add(context.At(item));
            }
        }

        return result;
    }

    private static string RawText(Context context, JsonNode node) =>
        context.Text.ToString(new TextSpan(node.Start, Math.Min(node.Length, Math.Max(0, Math.Min(40, context.Text.Length - node.Start)))));

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Keeps messages short when the bad value is a hostile or huge string.</summary>
    internal static string Shorten(string value) => value.Length <= 40 ? value : value.Substring(0, 40) + "…";

    private static string NormalizationHint(string value) =>
        CdtCodeSyntax.TryNormalize(value, out var normalized) ? " Did you mean \"" + normalized + "\"?" : string.Empty;

    private sealed class CodeListResult
    {
        public List<string> Codes { get; } = new();

        public List<LocationInfo> Locations { get; } = new();

        public int Count => Codes.Count;
    }

    private sealed class FileHeader
    {
        public int Edition { get; set; }

        public SourceKind Source { get; set; }

        public string LicenseNotice { get; set; } = string.Empty;

        public bool Skipped { get; set; }
    }

    /// <summary>Collects a code's fields and the locations of the codes it names, in <see cref="CodeModel.ReferencedCodes"/> order.</summary>
    private sealed class EntryBuilder
    {
        private readonly LocationInfo _codeLocation;
        private readonly List<ExclusionModel> _exclusions = new();
        private readonly List<LocationInfo> _exclusionLocations = new();
        private readonly List<RelationModel> _relations = new();
        private readonly List<LocationInfo> _relationLocations = new();
        private CodeListResult _replacedBy = new();
        private CodeListResult _reportedWith = new();

        public EntryBuilder(string code, LocationInfo codeLocation)
        {
            Code = code;
            _codeLocation = codeLocation;
        }

        public string Code { get; }

        public string Name { get; set; } = string.Empty;

        public string Subcategory { get; set; } = string.Empty;

        public string Summary { get; set; } = string.Empty;

        public EquatableArray<string> WhenToUse { get; set; }

        public EquatableArray<string> NotFor { get; set; }

        public EquatableArray<string> Documentation { get; set; }

        public EquatableArray<string> BillingNotes { get; set; }

        public EquatableArray<string> DenialReasons { get; set; }

        public EquatableArray<FaqModel> Faq { get; set; }

        public AreaKind Area { get; set; }

        public bool AlsoAllowsToothRange { get; set; }

        public int MinSurfaces { get; set; }

        public int MaxSurfaces { get; set; }

        public bool ByReport { get; set; }

        public bool IsProsthesis { get; set; }

        public int AddedIn { get; set; }

        public int DeletedIn { get; set; }

        public CodeListResult ReplacedBy { set => _replacedBy = value; }

        public EquatableArray<int> RevisedIn { get; set; }

        public ModeKind Mode { get; set; }

        public bool AnyOtherProcedure { get; set; }

        public CodeListResult ReportedWith { set => _reportedWith = value; }

        public int MaxPerDate { get; set; }

        public void AddExclusion(ExclusionModel exclusion, List<LocationInfo> locations)
        {
            _exclusions.Add(exclusion);
            _exclusionLocations.AddRange(locations);
        }

        public void AddRelation(RelationModel relation, LocationInfo location)
        {
            if (_relations.Contains(relation))
            {
                return;
            }

            _relations.Add(relation);
            _relationLocations.Add(location);
        }

        public (CodeModel, CodeIndex) Build()
        {
            var model = new CodeModel(
                Code,
                Name,
                Subcategory,
                Summary,
                WhenToUse,
                NotFor,
                Documentation,
                BillingNotes,
                DenialReasons,
                Faq,
                Area,
                AlsoAllowsToothRange,
                MinSurfaces,
                MaxSurfaces,
                ByReport,
                IsProsthesis,
                AddedIn,
                DeletedIn,
                _replacedBy.Codes.ToEquatableArray(),
                RevisedIn,
                Mode,
                AnyOtherProcedure,
                _reportedWith.Codes.ToEquatableArray(),
                _exclusions.ToEquatableArray(),
                MaxPerDate,
                _relations.ToEquatableArray());

            var references = new List<LocationInfo>();
            references.AddRange(_replacedBy.Locations);
            references.AddRange(_reportedWith.Locations);
            references.AddRange(_exclusionLocations);
            references.AddRange(_relationLocations);
            return (model, new CodeIndex(_codeLocation, references.ToEquatableArray()));
        }
    }

    /// <summary>The file being parsed: its text, the diagnostics so far, and helpers that read typed values.</summary>
    private sealed class Context
    {
        public Context(string path, SourceText text, CancellationToken cancellationToken)
        {
            Path = path;
            Text = text;
            CancellationToken = cancellationToken;
        }

        public string Path { get; }

        public SourceText Text { get; }

        public CancellationToken CancellationToken { get; }

        public List<DiagnosticInfo> Diagnostics { get; } = new();

        public LocationInfo At(JsonNode node) => At(node.Start, node.Length);

        public LocationInfo At(int start, int length)
        {
            start = Math.Max(0, Math.Min(start, Text.Length));
            length = Math.Max(0, Math.Min(length, Text.Length - start));
            var span = new TextSpan(start, length);
            return new LocationInfo(Path, span, Text.Lines.GetLinePositionSpan(span));
        }

        public void Report(DiagnosticDescriptor descriptor, LocationInfo location, params string[] args) =>
            Diagnostics.Add(DiagnosticInfo.Create(descriptor, location, args));

        public void Schema(JsonNode node, string message) => Report(GeneratorDiagnostics.SchemaViolation, At(node), message);

        public void Contradiction(JsonNode node, string code, string message) =>
            Report(GeneratorDiagnostics.ContradictoryRuleData, At(node), code, message);

        /// <summary>The object's properties by name; a repeated name is reported and only its first value is used.</summary>
        public Dictionary<string, JsonProperty> Properties(JsonNode node, HashSet<string> known, string owner)
        {
            var result = new Dictionary<string, JsonProperty>(StringComparer.Ordinal);
            foreach (var prop in node.Properties)
            {
                if (result.ContainsKey(prop.Name))
                {
                    Report(
                        GeneratorDiagnostics.SchemaViolation,
                        At(prop.NameStart, prop.NameLength),
                        "'" + Shorten(prop.Name) + "' appears more than once in " + owner + "; only the first is used");
                    continue;
                }

                if (known.Contains(prop.Name))
                {
                    result.Add(prop.Name, prop);
                }
            }

            return result;
        }

        public void ReportUnknown(JsonNode node, HashSet<string> known, string owner)
        {
            foreach (var prop in node.Properties)
            {
                if (!known.Contains(prop.Name))
                {
                    Report(
                        GeneratorDiagnostics.SchemaViolation,
                        At(prop.NameStart, prop.NameLength),
                        "Unknown property '" + Shorten(prop.Name) + "' in " + owner);
                }
            }
        }

        public string? String(JsonNode node, string field, string? code = null)
        {
            if (node.Kind == JsonKind.String && node.String != null)
            {
                return node.String;
            }

            Schema(
                node,
                Prefix(code) + "'" + field + "' must be " + (node.Kind == JsonKind.String ? "valid text (it contains an unpaired surrogate escape)" : "a string, not " + node.KindName));
            return null;
        }

        public bool Bool(JsonNode node, string field, string code)
        {
            if (node.Kind == JsonKind.True)
            {
                return true;
            }

            if (node.Kind != JsonKind.False)
            {
                Schema(node, code + ": '" + field + "' must be true or false, not " + node.KindName);
            }

            return false;
        }

        public int? Integer(JsonNode node, string field, string code)
        {
            if (node.Kind == JsonKind.Number && node.Integer.HasValue)
            {
                return node.Integer;
            }

            Schema(node, code + ": '" + field + "' must be an integer" + (node.Kind == JsonKind.Number ? "" : ", not " + node.KindName));
            return null;
        }

        /// <summary>An edition year (1–9999, as CdtEdition accepts), or 0 after reporting.</summary>
        public int Year(JsonNode node, string field, string? code = null)
        {
            if (node.Kind == JsonKind.Number && node.Integer.HasValue && node.Integer.Value >= 1 && node.Integer.Value <= 9999)
            {
                return node.Integer.Value;
            }

            Schema(node, Prefix(code) + "'" + field + "' must be an edition year such as 2025" + (node.Kind == JsonKind.Number ? "" : ", not " + node.KindName));
            return 0;
        }

        public int EnumIndex(JsonNode node, string field, string[] names, string? code)
        {
            if (node.Kind == JsonKind.String && node.String != null)
            {
                int index = Array.IndexOf(names, node.String);
                if (index >= 0)
                {
                    return index;
                }

                Schema(node, Prefix(code) + "'" + field + "' must be one of " + string.Join(", ", names) + "; \"" + Shorten(node.String) + "\" is not");
                return -1;
            }

            Schema(node, Prefix(code) + "'" + field + "' must be one of " + string.Join(", ", names) + ", not " + node.KindName);
            return -1;
        }

        public T Enum<T>(JsonNode node, string field, string[] names, T[] values, T fallback, string? code = null)
        {
            int index = EnumIndex(node, field, names, code);
            return index < 0 ? fallback : values[index];
        }

        public ParsedFile Result(FileHeader header, List<(CodeModel Model, CodeIndex Index)> codes, List<string> rejected)
        {
            var models = new CodeModel[codes.Count];
            var index = new CodeIndex[codes.Count];
            for (int i = 0; i < codes.Count; i++)
            {
                models[i] = codes[i].Model;
                index[i] = codes[i].Index;
            }

            var file = new DefinitionFile(
                Path,
                header.Source,
                header.Skipped ? 0 : header.Edition,
                header.LicenseNotice,
                new EquatableArray<CodeModel>(models),
                rejected.ToEquatableArray());
            return new ParsedFile(file, new EquatableArray<CodeIndex>(index), Diagnostics.ToEquatableArray());
        }

        private static string Prefix(string? code) => code == null ? string.Empty : code + ": ";
    }
}
