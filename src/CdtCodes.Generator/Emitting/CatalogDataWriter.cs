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
        var body = new RecordBuilder(utf8);
        body.String(model.Code);
        body.String(model.Name);
        body.String(model.Subcategory);
        body.String(model.Summary);
        body.Strings(model.WhenToUse);
        body.Strings(model.NotFor);
        body.Strings(model.Documentation);
        body.Strings(model.BillingNotes);
        body.Strings(model.DenialReasons);
        body.Int(model.Faq.Count);
        foreach (var faq in model.Faq)
        {
            body.String(faq.Question);
            body.String(faq.Answer);
        }

        body.Int((int)model.TreatmentArea);
        body.Int(Flags(entry));
        body.Int(model.MinSurfaces);
        body.Int(model.MaxSurfaces);
        body.Int(model.AddedIn);
        body.Int(model.DeletedIn);
        body.Strings(model.ReplacedBy);
        body.Int(model.RevisedIn.Count);
        foreach (int year in model.RevisedIn)
        {
            body.Int(year);
        }

        body.Int((int)model.EncounterMode);
        body.Strings(model.ReportedWith);
        body.Int(model.ExclusiveWith.Count);
        foreach (var exclusion in model.ExclusiveWith)
        {
            body.Strings(exclusion.Codes);
            body.Int(exclusion.FromEdition);
            body.Int(exclusion.ToEdition);
            body.String(exclusion.Note);
        }

        body.Int(model.MaxPerDate);
        body.Int(model.Relations.Count);
        foreach (var relation in model.Relations)
        {
            body.Int((int)relation.Kind);
            body.String(relation.Code);
            body.String(relation.Note);
            body.Int((int)relation.When);
        }

        return body.ToRecord();
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

    /// <summary>
    /// The tokens of one record, with its length kept as it grows: UTF-16 units, or UTF-8 bytes for the UTF-8 forms
    /// (only strings can differ; digits and separators are ASCII).
    /// </summary>
    private sealed class RecordBuilder
    {
        private readonly StringBuilder _body = new(256);
        private readonly bool _utf8;
        private int _length;

        public RecordBuilder(bool utf8)
        {
            _utf8 = utf8;
        }

        public void Int(int value) => Number(value, CdtCatalogDataFormat.IntEnd);

        public void String(string value)
        {
            int length = _utf8 ? Encoding.UTF8.GetByteCount(value) : value.Length;
            Number(length, CdtCatalogDataFormat.StringStart);
            _body.Append(value);
            _length += length;
        }

        public void Strings(EquatableArray<string> values)
        {
            Int(values.Count);
            foreach (string value in values)
            {
                String(value);
            }
        }

        /// <summary>The record: its length, then its fields.</summary>
        public string ToRecord() => _length.ToString(CultureInfo.InvariantCulture) + CdtCatalogDataFormat.IntEnd + _body;

        private void Number(int value, char terminator)
        {
            string digits = value.ToString(CultureInfo.InvariantCulture);
            _body.Append(digits).Append(terminator);
            _length += digits.Length + 1;
        }
    }
}
