using System.Globalization;
using System.Text;
using CdtCodes.Generator.Model;
using CdtCodes.Internal;

namespace CdtCodes.Generator.Emitting;

/// <summary>
/// Writes one catalog entry as a record of <see cref="CdtCatalogDataFormat"/>: the content the runtime decodes on first
/// lookup, instead of construction code the JIT would have to compile for every entry. The field order here and in
/// the runtime's CatalogDataReader must match.
/// </summary>
internal static class CatalogDataWriter
{
    /// <summary>One record; <paramref name="utf8"/>: lengths in UTF-8 bytes (for the UTF-8 forms) rather than UTF-16 units.</summary>
    public static string Record(CatalogEntry entry, bool utf8)
    {
        var model = entry.Model;
        var body = new Writer(new StringBuilder(256), utf8);
        String(body, model.Code);
        String(body, model.Name);
        String(body, model.Subcategory);
        String(body, model.Summary);
        Strings(body, model.WhenToUse);
        Strings(body, model.NotFor);
        Strings(body, model.Documentation);
        Strings(body, model.BillingNotes);
        Strings(body, model.DenialReasons);
        Int(body, model.Faq.Count);
        foreach (var faq in model.Faq)
        {
            String(body, faq.Question);
            String(body, faq.Answer);
        }

        Int(body, (int)model.TreatmentArea);
        Int(body, Flags(entry));
        Int(body, model.MinSurfaces);
        Int(body, model.MaxSurfaces);
        Int(body, model.AddedIn);
        Int(body, model.DeletedIn);
        Strings(body, model.ReplacedBy);
        Int(body, model.RevisedIn.Count);
        foreach (int year in model.RevisedIn)
        {
            Int(body, year);
        }

        Int(body, (int)model.EncounterMode);
        Strings(body, model.ReportedWith);
        Int(body, model.ExclusiveWith.Count);
        foreach (var exclusion in model.ExclusiveWith)
        {
            Strings(body, exclusion.Codes);
            Int(body, exclusion.FromEdition);
            Int(body, exclusion.ToEdition);
            String(body, exclusion.Note);
        }

        Int(body, model.MaxPerDate);
        Int(body, model.Relations.Count);
        foreach (var relation in model.Relations)
        {
            Int(body, (int)relation.Kind);
            String(body, relation.Code);
            String(body, relation.Note);
            Int(body, (int)relation.When);
        }

        string text = body.Builder.ToString();
        var record = new StringBuilder(text.Length + 8);
        Int(new Writer(record, utf8), utf8 ? Encoding.UTF8.GetByteCount(text) : text.Length);
        return record.Append(text).ToString();
    }

    /// <summary>Where tokens go, and how string lengths are counted there.</summary>
    private readonly struct Writer
    {
        public Writer(StringBuilder builder, bool utf8)
        {
            Builder = builder;
            Utf8 = utf8;
        }

        public StringBuilder Builder { get; }

        public bool Utf8 { get; }
    }

    /// <summary>
    /// About how many characters the catalog's records take (text plus a few per field): enough to decide whether
    /// string literals fit, without writing the records.
    /// </summary>
    public static long EstimateChars(CatalogModel catalog)
    {
        const int PerField = 4;
        long total = 0;
        foreach (var chunk in catalog.Chunks)
        {
            foreach (var entry in chunk.Entries)
            {
                var m = entry.Model;
                total += 40 * PerField;
                total += m.Code.Length + m.Name.Length + m.Subcategory.Length + m.Summary.Length;
                total += Sum(m.WhenToUse) + Sum(m.NotFor) + Sum(m.Documentation) + Sum(m.BillingNotes) + Sum(m.DenialReasons);
                total += Sum(m.ReplacedBy) + Sum(m.ReportedWith) + (m.RevisedIn.Count * PerField * 2);
                foreach (var faq in m.Faq)
                {
                    total += faq.Question.Length + faq.Answer.Length + (2 * PerField);
                }

                foreach (var exclusion in m.ExclusiveWith)
                {
                    total += Sum(exclusion.Codes) + exclusion.Note.Length + (4 * PerField);
                }

                foreach (var relation in m.Relations)
                {
                    total += relation.Code.Length + relation.Note.Length + (4 * PerField);
                }
            }
        }

        return total;

        static long Sum(EquatableArray<string> values)
        {
            long sum = PerField;
            foreach (string value in values)
            {
                sum += value.Length + PerField;
            }

            return sum;
        }
    }

    private static int Flags(CatalogEntry entry)
    {
        var model = entry.Model;
        int flags = 0;
        if (model.AlsoAllowsToothRange)
        {
            flags |= CdtCatalogDataFormat.FlagAlsoAllowsToothRange;
        }

        if (model.ByReport)
        {
            flags |= CdtCatalogDataFormat.FlagByReport;
        }

        if (model.IsProsthesis)
        {
            flags |= CdtCatalogDataFormat.FlagIsProsthesis;
        }

        if (model.ReportedWithAnyProcedure)
        {
            flags |= CdtCatalogDataFormat.FlagIsAddOn;
        }

        if (entry.IsStarter)
        {
            flags |= CdtCatalogDataFormat.FlagIsStarter;
        }

        return flags;
    }

    private static void Int(Writer writer, int value) =>
        writer.Builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(CdtCatalogDataFormat.IntEnd);

    private static void String(Writer writer, string value)
    {
        int length = writer.Utf8 ? Encoding.UTF8.GetByteCount(value) : value.Length;
        writer.Builder.Append(length.ToString(CultureInfo.InvariantCulture)).Append(CdtCatalogDataFormat.StringStart).Append(value);
    }

    private static void Strings(Writer builder, EquatableArray<string> values)
    {
        Int(builder, values.Count);
        foreach (string value in values)
        {
            String(builder, value);
        }
    }
}
