using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace CdtCodes.Tests.Infrastructure;

/// <summary>An expected diagnostic: its ID (null = the test's default ID) and span in the markup-free source.</summary>
public sealed record ExpectedDiagnostic(string? Id, TextSpan Span);

/// <summary>
/// Test markup: <c>[|text|]</c> expects the test's default diagnostic on <c>text</c>; <c>{|CDT001:text|}</c> expects
/// that ID. Markers may nest. Everything else is the C# source as compiled.
/// </summary>
public static class Markup
{
    public static (string Source, IReadOnlyList<ExpectedDiagnostic> Expected) Parse(string markup)
    {
        var source = new StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        var open = new Stack<(string? Id, int Start, bool Brace)>();
        int i = 0;
        while (i < markup.Length)
        {
            if (Match(markup, i, "[|"))
            {
                open.Push((null, source.Length, false));
                i += 2;
            }
            else if (Match(markup, i, "{|"))
            {
                int colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException("'{|' without 'ID:' at " + i);
                }

                open.Push((markup.Substring(i + 2, colon - i - 2), source.Length, true));
                i = colon + 1;
            }
            else if (Match(markup, i, "|]") || Match(markup, i, "|}"))
            {
                bool brace = markup[i + 1] == '}';
                if (open.Count == 0 || open.Peek().Brace != brace)
                {
                    throw new FormatException("Unbalanced markup at " + i);
                }

                var (id, start, _) = open.Pop();
                expected.Add(new ExpectedDiagnostic(id, TextSpan.FromBounds(start, source.Length)));
                i += 2;
            }
            else
            {
                source.Append(markup[i]);
                i++;
            }
        }

        if (open.Count != 0)
        {
            throw new FormatException("Unclosed markup");
        }

        return (source.ToString(), expected);
    }

    private static bool Match(string text, int index, string token) =>
        index + token.Length <= text.Length && string.CompareOrdinal(text, index, token, 0, token.Length) == 0;
}
