// The titles and message formats of the usage rules, shared word for word by the analyzer's descriptors and the
// runtime validator's findings (linked source). Message formats use {0}, {1}, ... placeholders as string.Format does.
namespace CdtCodes.Internal
{
    internal static class CdtRuleText
    {
        public const string CDT001Title = "Teledentistry code does not match the encounter mode";
        // {0} code, {1} the code's mode, {2} the context's mode, {3} suggestion (" Use D9995 instead." or "")
        public const string CDT001Message = "{0} is for {1} encounters, but this encounter is {2}.{3}";

        public const string CDT002Title = "Add-on code reported without the procedure it accompanies";
        // {0} code, {1} what it needs ("another procedure on the same date" or "D0220")
        public const string CDT002Message = "{0} is reported only in addition to {1}, and this procedure set has none.";

        public const string CDT003Title = "Codes that exclude each other on one date";
        // {0} code, {1} other code or "itself", {2} detail
        public const string CDT003Message = "{0} is not reported with {1} on the same date.{2}";

        public const string CDT004Title = "Code deleted in the CDT edition in force";
        // {0} code, {1} deletion edition year, {2} suggestion (" Use D2940 instead." or "")
        public const string CDT004Message = "{0} was deleted in CDT {1}.{2}";

        public const string CDT005Title = "Code not yet in the CDT edition in force";
        // {0} code, {1} edition that added it, {2} edition in force
        public const string CDT005Message = "{0} was added in CDT {1} and does not exist in CDT {2}.";

        public const string CDT006Title = "Same-day exclusion in the CDT edition in force";
        // {0} code, {1} other code, {2} edition in force, {3} note
        public const string CDT006Message = "{0} is not reported on the same date as {1} in CDT {2}.{3}";

        public const string CDT007Title = "Treatment area missing or contradicting the code";
        // {0} code, {1} what is wrong (e.g. "needs a tooth", "takes no tooth", "covers 1 to 2 surfaces, not 3")
        public const string CDT007Message = "{0} {1}.";

        public const string CDT008Title = "By-report code without a narrative";
        // {0} code
        public const string CDT008Message = "{0} is reported by report and needs a narrative.";

        public const string CDT010Title = "Use the generated constant for a known CDT code";
        // {0} code, {1} constant (e.g. "Cdt.D0120")
        public const string CDT010Message = "Use {1} instead of the literal \"{0}\".";

        public const string CDT011Title = "Unknown CDT code";
        // {0} code
        public const string CDT011Message = "No CDT definition knows {0}.";

        public const string CDT012Title = "Malformed CDT code";
        // {0} the literal as written, {1} UseInstead(normalised code), "" when it cannot be normalised
        public const string CDT012Message = "\"{0}\" is not a well-formed CDT code (\"D\" and four digits).{1}";

        // The pieces that go into the placeholders above. The analyzer and the validator compose messages only from
        // these, so the same finding reads the same at compile time and at run time.
        public const string AnyOtherProcedure = "another procedure on the same date";
        public const string Itself = "itself";
        public const string NeedsTooth = "needs a tooth";
        public const string NeedsToothRange = "needs a tooth range";
        public const string TakesNoTooth = "takes no tooth";
        public const string NeedsSurfaces = "needs surfaces";
        public const string NeedsArch = "needs an arch (01, 02, U or L)";
        public const string NeedsQuadrant = "needs a quadrant (10, 20, 30, 40, UR, UL, LL or LR)";
        public const string NeedsArea = "needs an area";

        /// <summary>An encounter mode as messages spell it, by the EncounterMode enum's value.</summary>
        public static string ModeWord(int mode)
        {
            switch (mode)
            {
                case 1: return "in-person";
                case 2: return "synchronous";
                case 3: return "asynchronous";
                default: return "unspecified";
            }
        }

        /// <summary>" Use D9995 instead." or "" when there is no single suggestion.</summary>
        public static string UseInstead(string? code) => code == null ? string.Empty : " Use " + code + " instead.";

        /// <summary>" Use D0801, D0802 or D0803 instead." or "" for none.</summary>
        public static string UseOneOf(System.Collections.Generic.IReadOnlyList<string> codes) =>
            codes.Count == 0 ? string.Empty : " Use " + Alternatives(codes) + " instead.";

        /// <summary>"D0220", "D0210 or D0220", "D0210, D0220 or D0240".</summary>
        public static string Alternatives(System.Collections.Generic.IReadOnlyList<string> codes)
        {
            var text = new System.Text.StringBuilder();
            for (int i = 0; i < codes.Count; i++)
            {
                if (i > 0)
                {
                    text.Append(i == codes.Count - 1 ? " or " : ", ");
                }

                text.Append(codes[i]);
            }

            return text.ToString();
        }

        /// <summary>The CDT003 detail of a once-per-date limit: " At most 1 per date; this date has 2."</summary>
        public static string MaxPerDateDetail(int max, long count) =>
            " At most " + max.ToString(System.Globalization.CultureInfo.InvariantCulture) + " per date; this date has "
            + count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".";

        /// <summary>A definition's note appended to a message: " note" or "".</summary>
        public static string NoteSuffix(string? note) => string.IsNullOrEmpty(note) ? string.Empty : " " + note;

        /// <summary>"covers 1 surface", "covers 1 to 3 surfaces", "covers at least 2 surfaces".</summary>
        public static string SurfaceRange(int min, int max)
        {
            if (min > 0 && max > 0)
            {
                return min == max ? "covers " + Surfaces(min) : "covers " + Number(min) + " to " + Surfaces(max);
            }

            return min > 0 ? "covers at least " + Surfaces(min) : "covers at most " + Surfaces(max);
        }

        /// <summary>The CDT007 phrase for a surface count outside the code's range: "covers 1 surface, not 2".</summary>
        public static string SurfaceCountMismatch(int min, int max, int count) => SurfaceRange(min, max) + ", not " + Number(count);

        private static string Surfaces(int n) => Number(n) + (n == 1 ? " surface" : " surfaces");

        private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

namespace CdtCodes.Internal
{
    internal static class CdtRuleLinks
    {
        /// <summary>Where each rule's page lives; the repository's docs/rules/{id}.md.</summary>
        public const string HelpUriFormat = "https://github.com/cdtcodes/CdtCodes/blob/main/docs/rules/{0}.md";

        public static string HelpUri(string id) => string.Format(System.Globalization.CultureInfo.InvariantCulture, HelpUriFormat, id);
    }
}
