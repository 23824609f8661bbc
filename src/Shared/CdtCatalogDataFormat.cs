// Compiled into the generator (which writes the format) and the runtime library (which reads it), so both sides agree
// on one definition. Documented for people in docs/architecture.md ("Catalog content as data").
namespace CdtCodes.Internal
{
    /// <summary>
    /// The text a generated catalog keeps its content in. Tokens: an int is its decimal digits followed by ';'; a
    /// string is its length, ':' and its characters; a list is its count (an int) followed by its items. A record is
    /// its length (an int) followed by the fields of one code. Lengths count UTF-16 code units in string-literal data and
    /// bytes in UTF-8 data (u8 literals, byte arrays), so either can be cut without decoding the rest. Field order, which
    /// the writer and the reader both follow (code, name, subcategory, summary, the five text lists, FAQ, area, flags, surfaces, editions,
    /// successors, revisions, encounter mode, companion codes, exclusions, per-date limit, relations).
    /// </summary>
    internal static class CdtCatalogDataFormat
    {
        /// <summary>Bumped whenever the layout changes; the runtime refuses data of another version.</summary>
        public const int Version = 1;

        /// <summary>Records per chunk: the unit generated code hands over and the runtime decodes at once.</summary>
        public const int EntriesPerChunk = 100;

        /// <summary>Characters per code in a part's code list: the four digits.</summary>
        public const int DigitsPerCode = 4;

        public const char IntEnd = ';';
        public const char StringStart = ':';

        public const int FlagAlsoAllowsToothRange = 1;
        public const int FlagByReport = 2;
        public const int FlagIsProsthesis = 4;
        public const int FlagIsAddOn = 8;
        public const int FlagIsStarter = 16;
    }
}
