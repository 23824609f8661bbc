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
        // {0} the literal as written, {1} normalised code or "" when it cannot be normalised
        public const string CDT012Message = "\"{0}\" is not a well-formed CDT code (\"D\" and four digits).{1}";
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
