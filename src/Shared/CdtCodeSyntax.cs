// Compiled into the runtime library and the generator/analyzer assembly (linked source), so the rules for what a
// CDT code looks like live in exactly one place. Keep it dependency-free and netstandard2.0-friendly.
namespace CdtCodes.Internal
{
    internal static class CdtCodeSyntax
    {
        /// <summary>Longest input <see cref="TryNormalize"/> looks at; anything longer is not a code.</summary>
        public const int MaxNormalizableLength = 64;

        /// <summary>True for exactly "D" followed by four ASCII digits.</summary>
        public static bool IsWellFormed(string? code) =>
            code != null && code.Length == 5 && code[0] == 'D' && FourDigits(code, 1) >= 0;

        /// <summary>The number 0–9999 of a well-formed code, or -1.</summary>
        public static int GetNumber(string? code) =>
            code != null && code.Length == 5 && code[0] == 'D' ? FourDigits(code, 1) : -1;

        /// <summary>The number the four ASCII digits at <paramref name="start"/> spell (0–9999), or -1.</summary>
        public static int FourDigits(string text, int start)
        {
            if (start < 0 || start > text.Length - 4
                || !IsDigit(text[start]) || !IsDigit(text[start + 1]) || !IsDigit(text[start + 2]) || !IsDigit(text[start + 3]))
            {
                return -1;
            }

            return ((text[start] - '0') * 1000) + ((text[start + 1] - '0') * 100) + ((text[start + 2] - '0') * 10) + (text[start + 3] - '0');
        }

        /// <summary>
        /// Turns messy input into a well-formed code: trims, upper-cases the D, drops one space, hyphen or dot
        /// between the D and the digits, and adds a missing D to four bare digits ("d9996", " D 9996 ", "D-9996",
        /// "9996" → "D9996"). Returns false for anything else.
        /// </summary>
        public static bool TryNormalize(string? input, out string code)
        {
            code = string.Empty;
            if (input == null || input.Length == 0 || input.Length > MaxNormalizableLength)
            {
                return false;
            }

            int start = 0;
            int end = input.Length - 1;
            while (start <= end && char.IsWhiteSpace(input[start]))
            {
                start++;
            }

            while (end >= start && char.IsWhiteSpace(input[end]))
            {
                end--;
            }

            int length = end - start + 1;
            if (length < 4)
            {
                return false;
            }

            int digitsStart;
            if (input[start] == 'D' || input[start] == 'd')
            {
                digitsStart = start + 1;
                if (digitsStart <= end && (input[digitsStart] == ' ' || input[digitsStart] == '-' || input[digitsStart] == '.'))
                {
                    digitsStart++;
                }
            }
            else
            {
                digitsStart = start;
            }

            if (end - digitsStart + 1 != 4)
            {
                return false;
            }

            for (int i = digitsStart; i <= end; i++)
            {
                if (!IsDigit(input[i]))
                {
                    return false;
                }
            }

            if (digitsStart == start + 1 && input[start] == 'D' && length == 5)
            {
                code = start == 0 && end == input.Length - 1 ? input : input.Substring(start, 5);
                return true;
            }

            code = "D" + input.Substring(digitsStart, 4);
            return true;
        }

        /// <summary>Names of the twelve categories of service, in CDT order (index + 1 = category number).</summary>
        public static readonly string[] CategoryNames =
        {
            "Diagnostic", "Preventive", "Restorative", "Endodontics", "Periodontics", "ProsthodonticsRemovable",
            "MaxillofacialProsthetics", "ImplantServices", "ProsthodonticsFixed", "OralAndMaxillofacialSurgery",
            "Orthodontics", "AdjunctiveGeneralServices",
        };

        /// <summary>
        /// The category of service (1–12, in <see cref="CategoryNames"/> order) for a code number (0–9999) by the
        /// CDT ranges, or 0 when the number is in no category.
        /// </summary>
        public static int GetCategoryNumber(int number)
        {
            if (number < 100 || number > 9999) return 0;
            if (number < 1000) return 1;
            if (number < 2000) return 2;
            if (number < 3000) return 3;
            if (number < 4000) return 4;
            if (number < 5000) return 5;
            if (number < 5900) return 6;
            if (number < 6000) return 7;
            if (number < 6200) return 8;
            if (number < 7000) return 9;
            if (number < 8000) return 10;
            if (number < 9000) return 11;
            return 12;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
