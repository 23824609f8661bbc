using System.Collections.Generic;
using System.Globalization;
using CdtCodes.Generator.Model;
using CdtCodes.Internal;

namespace CdtCodes.Generator.Emitting;

/// <summary>
/// Writes the generated C#: <c>Cdt</c> (one documented constant per code, carrying the rule attributes the analyzer
/// reads) and <c>CdtCatalog</c> (the entries' content as data, which <c>CdtCodeSet</c> decodes an entry at a time on
/// first lookup: code per entry would cost its JIT on first use). One file per category of service, so an edit
/// re-emits only its category; the output must compile as C# 7.3 on .NET Framework.
/// </summary>
internal static class CatalogEmitter
{
    public const string MainHintName = "Cdt.g.cs";
    public const string CatalogHintName = "CdtCatalog.g.cs";

    private const string CodeType = "global::CdtCodes.CdtCode";
    private const string Rules = "global::CdtCodes.Rules.";

    private static readonly string[] CategoryTitles =
    {
        "Codes below D0100", "Diagnostic", "Preventive", "Restorative", "Endodontics", "Periodontics",
        "Prosthodontics, removable", "Maxillofacial prosthetics", "Implant services", "Prosthodontics, fixed",
        "Oral and maxillofacial surgery", "Orthodontics", "Adjunctive general services",
    };

    public static string ChunkHintName(int category) => "Cdt." + ModelNames.CategoryName(category) + ".g.cs";


    public static string EmitMain(EquatableArray<int> categories, EmitSettings settings)
    {
        var w = new SourceWriter();
        Header(w, settings);
        string visibility = settings.IsPublic ? "public" : "internal";
        w.Line("[assembly: " + Rules + "CdtCatalog(typeof(global::" + settings.Namespace + ".Cdt))]");
        w.Line();
        w.Line("namespace " + settings.Namespace);
        w.Open();
        w.Line("/// <summary>");
        w.Line("/// The CDT codes of this project's definition files as constants. Each constant carries the rule data the");
        w.Line("/// CdtCodes analyzer checks usages against; hover a constant for its documentation.");
        w.Line("/// </summary>");
        w.Line("[" + Rules + "CdtConstants(TargetEdition = " + SourceWriter.Int(settings.TargetEdition) + ")]");
        w.Line(visibility + " static partial class Cdt");
        w.Open();
        w.Close();
        w.Close();
        return w.ToString();
    }

    public static string EmitCatalog(EquatableArray<int> categories, EmitSettings settings)
    {
        var w = new SourceWriter();
        Header(w, settings);
        string nullable = settings.NullableEnable ? "?" : string.Empty;
        w.Line("namespace " + settings.Namespace);
        w.Open();
        w.Line("/// <summary>");
        w.Line("/// Every CDT code of this project's definition files with its companion content, rules, edition history and");
        w.Line("/// related codes.");
        w.Line("/// </summary>");
        w.Line((settings.IsPublic ? "public" : "internal") + " static partial class CdtCatalog");
        w.Open();
        w.Line("// The only static field of CdtCatalog: the per-category files add properties, methods and constants, never");
        w.Line("// fields, so the order in which initializers of different partial files run cannot matter.");
        w.Line("private static readonly global::CdtCodes.CdtCodeSet s_codes = global::CdtCodes.CdtCodeSet.FromData(");
        for (int i = 0; i < categories.Count; i++)
        {
            string name = ModelNames.CategoryName(categories[i]);
            w.Line(
                "    new global::CdtCodes.CdtCatalogData(" + SourceWriter.Int(CdtCatalogDataFormat.Version) + ", " + name + "Codes, " + name + "Chunk)" +
                (i == categories.Count - 1 ? ");" : ","));
        }

        w.Line();
        w.Line("/// <summary>The catalog as a code set: lookup, category views and the related-code graph.</summary>");
        w.Line("public static global::CdtCodes.CdtCodeSet Codes => s_codes;");
        w.Line();
        w.Line("/// <summary>Every entry, ordered by code.</summary>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + CodeType + "> All => s_codes.All;");
        w.Line();
        w.Line("/// <summary>The related-code graph over the catalog.</summary>");
        w.Line("public static global::CdtCodes.CdtGraph Graph => s_codes.Graph;");
        w.Line();
        w.Line("/// <summary>The runtime validator for visits and claim lines, with the analyzer's rules over this catalog.</summary>");
        w.Line("public static global::CdtCodes.CdtValidator Validator => s_codes.Validator;");
        w.Line();
        w.Line("/// <summary>Exact lookup of a code as stored (\"D\" and four digits). Never throws; allocates only on a code's first lookup, when its entry is built.</summary>");
        w.Line("/// <param name=\"code\">The code, e.g. \"D9995\".</param>");
        w.Line("/// <param name=\"entry\">The entry when found.</param>");
        w.Line("/// <returns>True when the catalog has the code.</returns>");
        w.Line("public static bool TryGet(string" + nullable + " code, out " + CodeType + " entry) => s_codes.TryGet(code, out entry);");
        w.Line();
        w.Line("/// <summary>Lookup after normalising messy input (\" d9996 \", \"D-9996\", \"9996\"). Never throws.</summary>");
        w.Line("/// <param name=\"input\">The text to read a code from.</param>");
        w.Line("/// <param name=\"entry\">The entry when found.</param>");
        w.Line("/// <returns>True when the input names a code of the catalog.</returns>");
        w.Line("public static bool TryParse(string" + nullable + " input, out " + CodeType + " entry) => s_codes.TryParse(input, out entry);");
        w.Line();
        w.Line("/// <summary>The entries of one category of service, ordered by code.</summary>");
        w.Line("/// <param name=\"category\">The category.</param>");
        w.Line("/// <returns>The entries; empty when the catalog has none in the category.</returns>");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + CodeType + "> InCategory(global::CdtCodes.CdtCategory category) => s_codes.InCategory(category);");
        w.Line();
        w.Close();
        w.Close();
        return w.ToString();
    }

    public static string EmitChunk(CategoryChunk chunk, EmitSettings settings)
    {
        var w = new SourceWriter(chunk.Entries.Count * 2048);
        Header(w, settings);
        string categoryName = ModelNames.CategoryName(chunk.Category);
        w.Line("namespace " + settings.Namespace);
        w.Open();

        // The access modifiers live on the main part only, so a visibility change does not re-emit the categories.
        w.Line("static partial class Cdt");
        w.Open();
        bool first = true;
        foreach (var entry in chunk.Entries)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            Constant(w, entry, settings);
        }

        w.Close();
        w.Line();
        w.Line("static partial class CdtCatalog");
        w.Open();
        foreach (var entry in chunk.Entries)
        {
            var model = entry.Model;
            w.Line("/// <summary>The catalog entry for " + model.Code + ", " + TextEscaping.Xml(model.Name) + ".</summary>");
            w.Line("public static " + CodeType + " " + model.Code + " => s_codes[\"" + model.Code + "\"];");
            w.Line();
        }

        CatalogData(w, chunk, settings);
        w.Close();
        w.Close();
        return w.ToString();
    }

    /// <summary>
    /// The category's part of the catalog: its codes, and a method returning its records a chunk at a time as one
    /// literal each (see <see cref="CatalogDataForm"/>), so no IL grows with the entries.
    /// </summary>
    private static void CatalogData(SourceWriter w, CategoryChunk chunk, EmitSettings settings)
    {
        string chunkMethod = ModelNames.CategoryName(chunk.Category) + "Chunk";
        var codes = new System.Text.StringBuilder(chunk.Entries.Count * CdtCatalogDataFormat.DigitsPerCode);
        var records = new List<string>(chunk.Entries.Count);
        foreach (var entry in chunk.Entries)
        {
            codes.Append(entry.Model.Code, 1, CdtCatalogDataFormat.DigitsPerCode);
            records.Add(CatalogDataWriter.Record(entry, utf8: settings.DataForm != CatalogDataForm.StringLiterals));
        }

        var form = settings.DataForm;
        string returnType = form switch
        {
            CatalogDataForm.Utf8Literals => "global::System.ReadOnlySpan<byte>",
            CatalogDataForm.ByteArrays => "byte[]",
            _ => "string",
        };

        // Constants, not a method or a field: nothing to JIT, and no initialisation order between partial files.
        w.Line("// The category's codes in record order; CdtCodeSet decodes a record the first time its code is looked up.");
        w.Line("private const string " + ModelNames.CategoryName(chunk.Category) + "Codes = \"" + codes + "\";");
        w.Line();
        w.Line("private static " + returnType + " " + chunkMethod + "(int index)");
        w.Open();
        w.Line("switch (index)");
        w.Open();
        for (int first = 0, index = 0; first < records.Count; first += CdtCatalogDataFormat.EntriesPerChunk, index++)
        {
            int end = System.Math.Min(records.Count, first + CdtCatalogDataFormat.EntriesPerChunk);
            w.Line("case " + SourceWriter.Int(index) + ":");
            w.Line(form == CatalogDataForm.ByteArrays ? "    return new byte[]" : "    return");
            if (form == CatalogDataForm.ByteArrays)
            {
                w.Line("    {");
            }

            for (int i = first; i < end; i++)
            {
                bool last = i == end - 1;
                w.Line(form switch
                {
                    CatalogDataForm.ByteArrays => "        " + ByteList(records[i]) + ",",
                    CatalogDataForm.Utf8Literals => "        " + TextEscaping.Literal(records[i]) + "u8" + (last ? ";" : " +"),
                    _ => "        " + TextEscaping.Literal(records[i]) + (last ? ";" : " +"),
                });
            }

            if (form == CatalogDataForm.ByteArrays)
            {
                w.Line("    };");
            }
        }

        w.Line("default:");
        w.Line("    throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        w.Close();
        w.Close();
    }

    private static string ByteList(string record)
    {
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(record);
        var builder = new System.Text.StringBuilder(bytes.Length * 4);
        for (int i = 0; i < bytes.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            builder.Append(SourceWriter.Int(bytes[i]));
        }

        return builder.ToString();
    }

    private static void Header(SourceWriter w, EmitSettings settings)
    {
        w.Line("// <auto-generated/>");
        w.Line("// Generated by CdtCodes.Generator from the project's CDT definition files. Edit the definitions, not this file.");
        foreach (string notice in settings.LicenseNotices)
        {
            w.Line("//");
            w.Line("// Licence notice of the definitions:");
            foreach (string line in SplitLines(notice))
            {
                string text = TextEscaping.Comment(line);
                w.Line(text.Length == 0 ? "//" : "// " + text);
            }
        }

        if (settings.NullableEnable)
        {
            w.Line();
            w.Line("#nullable enable");
        }

        w.Line();
    }

    private static IEnumerable<string> SplitLines(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029')
            {
                yield return text.Substring(start, i - start);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        yield return text.Substring(start);
    }

    private static void Constant(SourceWriter w, CatalogEntry entry, EmitSettings settings)
    {
        var model = entry.Model;
        Documentation(w, entry);

        if (model.EncounterMode != ModeKind.Unspecified)
        {
            w.Line("[" + Rules + "Encounter(global::CdtCodes.EncounterMode." + model.EncounterMode + ")]");
        }

        foreach (var relation in model.Relations)
        {
            if (relation.Kind == RelationKind.UseInstead && relation.When != ModeKind.Unspecified)
            {
                w.Line("[" + Rules + "UseInstead(\"" + relation.Code + "\", global::CdtCodes.EncounterMode." + relation.When + ")]");
            }
        }

        if (model.ReportedWith.Count > 0)
        {
            w.Line("[" + Rules + "ReportedWith(" + CodeList(model.ReportedWith) + ")]");
        }
        else if (model.ReportedWithAnyProcedure)
        {
            w.Line("[" + Rules + "ReportedWith]");
        }

        foreach (var exclusion in model.ExclusiveWith)
        {
            string bounds = string.Empty;
            if (exclusion.FromEdition != 0)
            {
                bounds += ", FromEdition = " + SourceWriter.Int(exclusion.FromEdition);
            }

            if (exclusion.ToEdition != 0)
            {
                bounds += ", ToEdition = " + SourceWriter.Int(exclusion.ToEdition);
            }

            if (exclusion.Note.Length > 0)
            {
                bounds += ", Note = " + TextEscaping.Literal(exclusion.Note);
            }

            w.Line("[" + Rules + "ExclusiveWith(" + CodeList(exclusion.Codes) + bounds + ")]");
        }

        if (model.MaxPerDate > 0)
        {
            w.Line("[" + Rules + "MaxPerDate(" + SourceWriter.Int(model.MaxPerDate) + ")]");
        }

        if (model.TreatmentArea != AreaKind.Unspecified)
        {
            string named = string.Empty;
            if (model.AlsoAllowsToothRange)
            {
                named += ", AlsoAllowsToothRange = true";
            }

            if (model.MinSurfaces > 0)
            {
                named += ", MinSurfaces = " + SourceWriter.Int(model.MinSurfaces);
            }

            if (model.MaxSurfaces > 0)
            {
                named += ", MaxSurfaces = " + SourceWriter.Int(model.MaxSurfaces);
            }

            w.Line("[" + Rules + "Area(global::CdtCodes.TreatmentArea." + model.TreatmentArea + named + ")]");
        }

        if (model.ByReport)
        {
            w.Line("[" + Rules + "ByReport]");
        }

        if (model.AddedIn > 0)
        {
            w.Line("[" + Rules + "Added(" + SourceWriter.Int(model.AddedIn) + ")]");
        }

        if (model.DeletedIn > 0)
        {
            string successors = model.ReplacedBy.Count > 0 ? ", " + CodeList(model.ReplacedBy) : string.Empty;
            w.Line("[" + Rules + "Deleted(" + SourceWriter.Int(model.DeletedIn) + successors + ")]");

            // Where ObsoleteAttribute has no DiagnosticId (.NET Framework, .NET Standard) the analyzer reports CDT004.
            if (settings.ObsoleteHasDiagnosticId && settings.TargetEdition > 0 && model.DeletedIn <= settings.TargetEdition)
            {
                w.Line(
                    "[global::System.Obsolete(" + TextEscaping.Literal(DeletedMessage(model)) + ", DiagnosticId = \"" + DeletedRuleId +
                    "\", UrlFormat = " + TextEscaping.Literal(CdtRuleLinks.HelpUri(DeletedRuleId)) + ")]");
            }
        }

        w.Line("public const string " + model.Code + " = \"" + model.Code + "\";");
    }

    private const string DeletedRuleId = "CDT004";

    private static string DeletedMessage(CodeModel model)
    {
        string suggestion = model.ReplacedBy.Count switch
        {
            0 => string.Empty,
            1 => " Use " + model.ReplacedBy[0] + " instead.",
            _ => " Replaced by " + string.Join(", ", model.ReplacedBy) + ".",
        };

        return string.Format(CultureInfo.InvariantCulture, CdtRuleText.CDT004Message, model.Code, SourceWriter.Int(model.DeletedIn), suggestion);
    }

    private static string CodeList(EquatableArray<string> codes)
    {
        var parts = new List<string>(codes.Count);
        foreach (string code in codes)
        {
            parts.Add("\"" + code + "\"");
        }

        return string.Join(", ", parts);
    }

    private static void Documentation(SourceWriter w, CatalogEntry entry)
    {
        var model = entry.Model;
        w.Line("/// <summary>");
        w.Line("/// <para>" + model.Code + " — " + TextEscaping.Xml(model.Name) + "</para>");
        string category = CategoryTitles[ModelNames.CategoryOf(model.Number)];
        string subcategory = TextEscaping.Xml(model.Subcategory);
        w.Line("/// <para>" + category + (subcategory.Length > 0 ? " › " + subcategory : string.Empty) + "</para>");
        string summary = TextEscaping.Xml(model.Summary);
        if (summary.Length > 0)
        {
            w.Line("/// <para>" + summary + "</para>");
        }

        w.Line("/// </summary>");

        var remarks = new List<string>();
        BulletList(remarks, "When to use:", model.WhenToUse);
        BulletList(remarks, "Not for:", model.NotFor);

        string rules = RulesLine(entry);
        if (rules.Length > 0)
        {
            remarks.Add("<para>Rules: " + rules + "</para>");
        }

        if (model.Relations.Count > 0)
        {
            remarks.Add("<para>Related codes:</para>");
            remarks.Add("<list type=\"bullet\">");
            foreach (var relation in model.Relations)
            {
                string text = Ref(relation.Code, entry) + " (" + Describe(relation) + ")";
                string note = TextEscaping.Xml(relation.Note);
                remarks.Add("<item><description>" + text + (note.Length > 0 ? ": " + note : string.Empty) + "</description></item>");
            }

            remarks.Add("</list>");
        }

        string history = History(entry);
        if (history.Length > 0)
        {
            remarks.Add("<para>History: " + history + "</para>");
        }

        if (remarks.Count > 0)
        {
            w.Line("/// <remarks>");
            foreach (string line in remarks)
            {
                w.Line("/// " + line);
            }

            w.Line("/// </remarks>");
        }
    }

    private static void BulletList(List<string> lines, string title, EquatableArray<string> items)
    {
        var cleaned = new List<string>(items.Count);
        foreach (string item in items)
        {
            string text = TextEscaping.Xml(item);
            if (text.Length > 0)
            {
                cleaned.Add(text);
            }
        }

        if (cleaned.Count == 0)
        {
            return;
        }

        lines.Add("<para>" + title + "</para>");
        lines.Add("<list type=\"bullet\">");
        foreach (string text in cleaned)
        {
            lines.Add("<item><description>" + text + "</description></item>");
        }

        lines.Add("</list>");
    }

    private static string RulesLine(CatalogEntry entry)
    {
        var model = entry.Model;
        var parts = new List<string>();
        if (model.EncounterMode != ModeKind.Unspecified)
        {
            parts.Add("encounter mode " + ModelNames.Describe(model.EncounterMode));
        }

        if (model.ReportedWith.Count > 0)
        {
            parts.Add("reported only with " + Refs(model.ReportedWith, entry, " or ") + " on the same date");
        }
        else if (model.ReportedWithAnyProcedure)
        {
            parts.Add("reported only in addition to another procedure on the same date");
        }

        foreach (var exclusion in model.ExclusiveWith)
        {
            string editions = string.Empty;
            if (exclusion.FromEdition != 0 && exclusion.ToEdition != 0)
            {
                editions = " in CDT " + SourceWriter.Int(exclusion.FromEdition) + " to " + SourceWriter.Int(exclusion.ToEdition);
            }
            else if (exclusion.FromEdition != 0)
            {
                editions = " from CDT " + SourceWriter.Int(exclusion.FromEdition);
            }
            else if (exclusion.ToEdition != 0)
            {
                editions = " up to CDT " + SourceWriter.Int(exclusion.ToEdition);
            }

            string note = TextEscaping.Xml(exclusion.Note);
            parts.Add("not with " + Refs(exclusion.Codes, entry, ", ") + " on the same date" + editions + (note.Length > 0 ? " (" + note + ")" : string.Empty));
        }

        if (model.MaxPerDate > 0)
        {
            parts.Add("at most " + SourceWriter.Int(model.MaxPerDate) + " per date of service");
        }

        if (model.TreatmentArea != AreaKind.Unspecified)
        {
            string area = "area: " + AreaText(model.TreatmentArea);
            if (model.AlsoAllowsToothRange)
            {
                area += " (a tooth range is also accepted)";
            }

            if (model.MinSurfaces > 0)
            {
                area += model.MinSurfaces == model.MaxSurfaces
                    ? " (" + SourceWriter.Int(model.MinSurfaces) + (model.MinSurfaces == 1 ? " surface)" : " surfaces)")
                    : " (" + SourceWriter.Int(model.MinSurfaces) + " to " + SourceWriter.Int(model.MaxSurfaces) + " surfaces)";
            }

            parts.Add(area);
        }

        if (model.ByReport)
        {
            parts.Add("by report (needs a narrative)");
        }

        if (model.IsProsthesis)
        {
            parts.Add("a prosthesis (initial placement or replacement)");
        }

        return parts.Count == 0 ? string.Empty : string.Join("; ", parts) + ".";
    }

    private static string History(CatalogEntry entry)
    {
        var model = entry.Model;
        var parts = new List<string>();
        if (model.AddedIn > 0)
        {
            parts.Add("added in CDT " + SourceWriter.Int(model.AddedIn));
        }

        if (model.RevisedIn.Count > 0)
        {
            var years = new List<string>();
            foreach (int year in model.RevisedIn)
            {
                years.Add(SourceWriter.Int(year));
            }

            parts.Add("revised in CDT " + string.Join(", ", years));
        }

        if (model.DeletedIn > 0)
        {
            string deleted = "deleted in CDT " + SourceWriter.Int(model.DeletedIn);
            if (model.ReplacedBy.Count > 0)
            {
                deleted += ", replaced by " + Refs(model.ReplacedBy, entry, ", ");
            }

            parts.Add(deleted);
        }

        if (entry.IsStarter)
        {
            parts.Add("from the CdtCodes starter set");
        }

        if (parts.Count == 0)
        {
            return string.Empty;
        }

        string text = string.Join("; ", parts) + ".";
        return char.ToUpperInvariant(text[0]) + text.Substring(1);
    }

    private static string Refs(EquatableArray<string> codes, CatalogEntry entry, string separator)
    {
        var parts = new List<string>(codes.Count);
        foreach (string code in codes)
        {
            parts.Add(Ref(code, entry));
        }

        return string.Join(separator, parts);
    }

    /// <summary>A cref only to codes the catalog defines: a cref to anything else would not compile cleanly.</summary>
    private static string Ref(string code, CatalogEntry entry)
    {
        foreach (string linkable in entry.Linkable)
        {
            if (string.Equals(linkable, code, System.StringComparison.Ordinal))
            {
                return "<see cref=\"" + code + "\"/>";
            }
        }

        return code;
    }

    private static string Describe(RelationModel relation) => relation.Kind switch
    {
        RelationKind.ConfusedWith => "often confused with",
        RelationKind.UseInstead => relation.When == ModeKind.Unspecified
            ? "use instead"
            : "use instead when the encounter is " + ModelNames.Describe(relation.When),
        RelationKind.ReportedWith => "reported with",
        RelationKind.ReplacedBy => "replaced by",
        _ => "related",
    };

    private static string AreaText(AreaKind area) => area switch
    {
        AreaKind.None => "none",
        AreaKind.Mouth => "whole mouth",
        AreaKind.Arch => "arch",
        AreaKind.Quadrant => "quadrant",
        AreaKind.Sextant => "sextant",
        AreaKind.ToothRange => "tooth range",
        AreaKind.Tooth => "tooth",
        AreaKind.Surface => "tooth and surfaces",
        _ => "unspecified",
    };
}
