using CdtCodes.Internal;
using System.Globalization;
using System.Text;

namespace CdtCodes;

/// <summary>
/// The CDT007 checks: does a line's tooth, surfaces and area fit the code's treatment area? Each check returns the
/// problem as the message's second half ("needs a tooth") or null. Values are trimmed (databases pad fixed-width
/// columns) but otherwise taken as written: letters are upper case, as claims carry them.
/// </summary>
internal static class ClaimLineShape
{
    /// <summary>Longest piece of user text echoed in a message; the rest becomes "…".</summary>
    public const int MaxEcho = 32;

    private const string SurfaceLetters = "MOIDBFL";

    public static string? CheckTooth(CdtCode code, CdtClaimLine line)
    {
        string? tooth = line.Tooth;
        bool toothGiven = !IsBlank(tooth);
        switch (code.TreatmentArea)
        {
            case TreatmentArea.None:
            case TreatmentArea.Mouth:
                return toothGiven ? CdtRuleText.TakesNoTooth : null;
            case TreatmentArea.Tooth:
            case TreatmentArea.Surface:
                if (!toothGiven)
                {
                    return CdtRuleText.NeedsTooth;
                }

                Trim(tooth!, out int start, out int end);
                if (IsTooth(tooth!, start, end))
                {
                    return null;
                }

                return IsTeeth(tooth!, start, end)
                    ? "needs one tooth, not " + Quote(tooth!, start, end)
                    : "has an invalid tooth " + Quote(tooth!, start, end);
            case TreatmentArea.ToothRange:
                if (!toothGiven)
                {
                    return CdtRuleText.NeedsToothRange;
                }

                Trim(tooth!, out start, out end);
                return IsTeeth(tooth!, start, end) ? null : "has an invalid tooth range " + Quote(tooth!, start, end);
            case TreatmentArea.Arch:
                return CheckArea(code, line, CdtRuleText.NeedsArch, isQuadrant: false);
            case TreatmentArea.Quadrant:
                return CheckArea(code, line, CdtRuleText.NeedsQuadrant, isQuadrant: true);
            default:
                // Unspecified: the definition says nothing. Sextant: no rule yet (areas 03–08 differ between systems).
                return null;
        }
    }

    public static string? CheckSurfaces(CdtCode code, CdtClaimLine line)
    {
        if (code.TreatmentArea != TreatmentArea.Surface)
        {
            return null;
        }

        string? surfaces = line.Surfaces;
        if (IsBlank(surfaces))
        {
            return CdtRuleText.NeedsSurfaces;
        }

        Trim(surfaces!, out int start, out int end);
        int seen = 0;
        int count = 0;
        for (int i = start; i <= end; i++)
        {
            int bit = SurfaceLetters.IndexOf(surfaces![i]);
            if (bit < 0)
            {
                return "has an invalid surface " + Quote(surfaces, i, char.IsHighSurrogate(surfaces[i]) && i < end ? i + 1 : i);
            }

            if ((seen & (1 << bit)) != 0)
            {
                return "lists surface " + surfaces[i] + " twice";
            }

            seen |= 1 << bit;
            count++;
        }

        int min = code.MinSurfaces;
        int max = code.MaxSurfaces;
        if ((min > 0 && count < min) || (max > 0 && count > max))
        {
            return CdtRuleText.SurfaceCountMismatch(min, max, count);
        }

        return null;
    }

    /// <summary>A single tooth in Universal numbering: 1–32, 51–82 (supernumerary), A–T, AS–TS (supernumerary).</summary>
    public static bool IsTooth(string text, int start, int end)
    {
        int length = end - start + 1;
        if (length == 1)
        {
            char c = text[start];
            return (c >= '1' && c <= '9') || (c >= 'A' && c <= 'T');
        }

        if (length != 2)
        {
            return false;
        }

        char first = text[start];
        char second = text[start + 1];
        if (first >= 'A' && first <= 'T')
        {
            return second == 'S';
        }

        if (first < '1' || first > '9' || second < '0' || second > '9')
        {
            return false;
        }

        int number = ((first - '0') * 10) + (second - '0');
        return number <= 32 || (number >= 51 && number <= 82);
    }

    /// <summary>A tooth, a range "2-5" or a list "2,3,4" (spaces around the parts allowed).</summary>
    public static bool IsTeeth(string text, int start, int end)
    {
        if (end < start)
        {
            return false;
        }

        int dash = text.IndexOf('-', start, end - start + 1);
        if (dash >= 0)
        {
            return Part(text, start, dash - 1) && Part(text, dash + 1, end) && text.IndexOf('-', dash + 1, end - dash) < 0;
        }

        int partStart = start;
        for (int i = start; i <= end + 1; i++)
        {
            if (i > end || text[i] == ',')
            {
                if (!Part(text, partStart, i - 1))
                {
                    return false;
                }

                partStart = i + 1;
            }
        }

        return true;
    }

    /// <summary>User text for a message: quoted, at most <see cref="MaxEcho"/> characters, control and format characters replaced.</summary>
    public static string Quote(string text, int start, int end)
    {
        var result = new StringBuilder("\"");
        AppendEcho(result, text, start, end);
        return result.Append('"').ToString();
    }

    /// <summary>Appends user text safely: no line breaks, bidi overrides or other invisible characters reach a log.</summary>
    public static void AppendEcho(StringBuilder result, string text, int start, int end)
    {
        int last = end - start + 1 > MaxEcho ? start + MaxEcho - 1 : end;
        for (int i = start; i <= last; i++)
        {
            char c = text[i];
            var category = char.GetUnicodeCategory(c);
            if (char.IsControl(c) || category == UnicodeCategory.Format
                || category == UnicodeCategory.LineSeparator || category == UnicodeCategory.ParagraphSeparator
                || (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i < last && char.IsLowSurrogate(text[i + 1]))))
            {
                result.Append('\uFFFD');
            }
            else if (char.IsHighSurrogate(c))
            {
                result.Append(c).Append(text[++i]);
            }
            else
            {
                result.Append(c);
            }
        }

        if (last < end)
        {
            result.Append('…');
        }
    }

    public static bool IsBlank(string? value)
    {
        if (value == null)
        {
            return true;
        }

        for (int i = 0; i < value.Length; i++)
        {
            if (!char.IsWhiteSpace(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static string? CheckArea(CdtCode code, CdtClaimLine line, string expected, bool isQuadrant)
    {
        string? area = line.Area;
        string? tooth = line.Tooth;
        bool toothAllowed = code.AlsoAllowsToothRange && !IsBlank(tooth);
        if (toothAllowed)
        {
            Trim(tooth!, out int toothStart, out int toothEnd);
            if (!IsTeeth(tooth!, toothStart, toothEnd))
            {
                return "has an invalid tooth range " + Quote(tooth!, toothStart, toothEnd);
            }
        }

        if (IsBlank(area))
        {
            return toothAllowed ? null : expected;
        }

        Trim(area!, out int start, out int end);
        bool valid = isQuadrant ? IsQuadrant(area!, start, end) : IsArch(area!, start, end);
        return valid ? null : expected + ", not " + Quote(area!, start, end);
    }

    private static bool IsArch(string text, int start, int end)
    {
        int length = end - start + 1;
        return (length == 1 && (text[start] == 'U' || text[start] == 'L'))
            || (length == 2 && text[start] == '0' && (text[end] == '1' || text[end] == '2'));
    }

    private static bool IsQuadrant(string text, int start, int end)
    {
        if (end - start + 1 != 2)
        {
            return false;
        }

        char a = text[start];
        char b = text[end];
        return (b == '0' && a >= '1' && a <= '4')
            || ((a == 'U' || a == 'L') && (b == 'R' || b == 'L'));
    }

    private static bool Part(string text, int start, int end)
    {
        while (start <= end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end >= start && char.IsWhiteSpace(text[end]))
        {
            end--;
        }

        return IsTooth(text, start, end);
    }

    private static void Trim(string text, out int start, out int end)
    {
        start = 0;
        end = text.Length - 1;
        while (start <= end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end >= start && char.IsWhiteSpace(text[end]))
        {
            end--;
        }
    }

}
