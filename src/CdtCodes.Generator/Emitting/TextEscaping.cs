using System.Globalization;
using System.Text;

namespace CdtCodes.Generator.Emitting;

/// <summary>
/// Makes definition text safe in generated C#: string literals that cannot end early or hide characters, and
/// documentation text that cannot leave its comment line or its XML element. Depends on no Unicode tables, so the
/// output is the same on every runtime.
/// </summary>
internal static class TextEscaping
{
    /// <summary>
    /// A regular C# string literal. Printable ASCII stays as is; everything else is a \u escape, so no line break
    /// (C# also ends lines at U+0085, U+2028, U+2029), bidi control or lone surrogate appears raw in the source.
    /// </summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    if (c >= ' ' && c <= '~')
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>
    /// Text for an XML documentation comment, on one line: line breaks and tabs become spaces, control, bidi and
    /// other invisible formatting characters and lone surrogates are dropped, and &amp;, &lt;, &gt; are escaped.
    /// </summary>
    public static string Xml(string value) => Clean(value, xml: true);

    /// <summary>Text for a // comment line (licence notices): one line, no control or bidi characters.</summary>
    public static string Comment(string value) => Clean(value, xml: false);

    private static string Clean(string value, bool xml)
    {
        var builder = new StringBuilder(value.Length);
        bool pendingSpace = false;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (IsBreakOrTab(c) || c == ' ')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (IsDropped(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    FlushSpace(builder, ref pendingSpace);
                    builder.Append(c).Append(value[i + 1]);
                    i++;
                }

                continue;
            }

            if (char.IsLowSurrogate(c))
            {
                continue;
            }

            FlushSpace(builder, ref pendingSpace);
            if (xml && c == '&')
            {
                builder.Append("&amp;");
            }
            else if (xml && c == '<')
            {
                builder.Append("&lt;");
            }
            else if (xml && c == '>')
            {
                builder.Append("&gt;");
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static void FlushSpace(StringBuilder builder, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            builder.Append(' ');
            pendingSpace = false;
        }
    }

    private static bool IsBreakOrTab(char c) =>
        c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';

    /// <summary>Characters that are invisible or reorder text (Trojan Source), or are not allowed in XML.</summary>
    private static bool IsDropped(char c) =>
        c < ' '
        || (c >= '\u007F' && c <= '\u009F')
        || c == '\u061C'
        || c == '\u200E' || c == '\u200F'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFEFF'
        || (c >= '\uFFF9' && c <= '\uFFFB')
        || c == '\uFFFE' || c == '\uFFFF';
}
