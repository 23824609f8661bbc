using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CdtCodes.Internal;

namespace CdtCodes;

public sealed partial class CdtGraph
{
    /// <summary>
    /// The neighbourhood of <paramref name="code"/> (every code up to <paramref name="depth"/> edges away, either
    /// direction, and every edge among them) as a Mermaid flowchart (<c>graph LR</c>). Nodes are labelled
    /// "code&lt;br/&gt;name"; edges are labelled with their kind (<c>useInstead</c>, <c>replacedBy</c>, …). Text from the
    /// definitions is written as Mermaid entity codes wherever it could end a label (quotes, brackets, pipes, <c>#</c>,
    /// <c>&lt;</c>, non-ASCII), and control characters become spaces, so the output always parses. Lines end in
    /// "\n". An unknown code gives a diagram with no nodes.
    /// </summary>
    public string ToMermaid(string? code, int depth = 1)
    {
        var (nodes, edges) = Neighbourhood(code, depth);
        var ids = NodeIds(nodes);
        var position = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (int i = 0; i < nodes.Count; i++)
        {
            position[nodes[i]] = i;
        }

        var text = new StringBuilder("graph LR\n");
        for (int i = 0; i < nodes.Count; i++)
        {
            text.Append("    ").Append(ids[i]).Append("[\"");
            AppendMermaidText(text, nodes[i]);
            if (_codes.TryGet(nodes[i], out var entry) && entry.Name.Length > 0)
            {
                text.Append("<br/>");
                AppendMermaidText(text, entry.Name);
            }

            text.Append("\"]\n");
        }

        foreach (var edge in edges)
        {
            text.Append("    ").Append(ids[position[edge.From]])
                .Append(" -->|").Append(KindLabel(edge.Kind)).Append("| ")
                .Append(ids[position[edge.To]]).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// The neighbourhood of <paramref name="code"/> (as <see cref="ToMermaid"/>) as a Graphviz <c>digraph</c>: nodes
    /// labelled "code\nname", edges labelled with their kind. Every identifier and label is a quoted DOT string with
    /// backslashes and quotes escaped and line breaks written as <c>\n</c>, so the output always parses. Lines end in
    /// "\n". An unknown code gives a digraph with no nodes.
    /// </summary>
    public string ToDot(string? code, int depth = 1)
    {
        var (nodes, edges) = Neighbourhood(code, depth);
        var text = new StringBuilder("digraph cdt {\n    rankdir=LR;\n    node [shape=box];\n");
        foreach (var node in nodes)
        {
            text.Append("    ");
            AppendDotString(text, node);
            text.Append(" [label=\"");
            AppendDotText(text, node);
            if (_codes.TryGet(node, out var entry) && entry.Name.Length > 0)
            {
                text.Append("\\n");
                AppendDotText(text, entry.Name);
            }

            text.Append("\"];\n");
        }

        foreach (var edge in edges)
        {
            text.Append("    ");
            AppendDotString(text, edge.From);
            text.Append(" -> ");
            AppendDotString(text, edge.To);
            text.Append(" [label=\"").Append(KindLabel(edge.Kind)).Append("\"];\n");
        }

        return text.Append("}\n").ToString();
    }

    /// <summary>The kind as the definitions spell it ("useInstead").</summary>
    internal static string KindLabel(CdtRelationKind kind) => kind switch
    {
        CdtRelationKind.Related => "related",
        CdtRelationKind.ConfusedWith => "confusedWith",
        CdtRelationKind.UseInstead => "useInstead",
        CdtRelationKind.ReportedWith => "reportedWith",
        CdtRelationKind.ReplacedBy => "replacedBy",
        _ => "kind" + ((int)kind).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>The codes within <paramref name="depth"/> edges (ordinal order) and the edges among them (graph order).</summary>
    private (List<string> Nodes, List<CdtGraphEdge> Edges) Neighbourhood(string? code, int depth)
    {
        var nodes = new List<string>();
        foreach (var step in Walk(code, depth))
        {
            nodes.Add(step.Code);
        }

        nodes.Sort(string.CompareOrdinal);
        var inside = new HashSet<string>(nodes, System.StringComparer.Ordinal);
        var edges = new List<CdtGraphEdge>();
        var index = GetIndex();
        foreach (var node in nodes)
        {
            foreach (var edge in index.Outgoing[index.Find(node)])
            {
                if (inside.Contains(edge.To))
                {
                    edges.Add(edge);
                }
            }
        }

        return (nodes, edges);
    }

    /// <summary>Mermaid node ids: the code itself when well-formed (safe: a letter and digits), else a made-up id.</summary>
    private static string[] NodeIds(List<string> nodes)
    {
        var ids = new string[nodes.Count];
        for (int i = 0; i < nodes.Count; i++)
        {
            ids[i] = CdtCodeSyntax.IsWellFormed(nodes[i]) ? nodes[i] : "n" + i.ToString(CultureInfo.InvariantCulture);
        }

        return ids;
    }

    private static void AppendMermaidText(StringBuilder text, string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == ' ' || c == ',' || c == '.' || c == '-' || c == '_' || c == ':' || c == '/' || c == '\''
                || c == '!' || c == '?' || c == '+' || c == '=' || c == '(' || c == ')')
            {
                text.Append(c);
            }
            else if (char.IsControl(c))
            {
                text.Append(' ');
            }
            else
            {
                int codePoint = c;
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    codePoint = char.ConvertToUtf32(c, value[i + 1]);
                    i++;
                }
                else if (char.IsSurrogate(c))
                {
                    codePoint = 0xFFFD;
                }

                text.Append('#').Append(codePoint.ToString(CultureInfo.InvariantCulture)).Append(';');
            }
        }
    }

    private static void AppendDotString(StringBuilder text, string value)
    {
        text.Append('"');
        AppendDotText(text, value);
        text.Append('"');
    }

    private static void AppendDotText(StringBuilder text, string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            switch (c)
            {
                case '\\':
                    text.Append("\\\\");
                    break;
                case '"':
                    text.Append("\\\"");
                    break;
                case '\n':
                    text.Append("\\n");
                    break;
                case '\r':
                    if (i + 1 >= value.Length || value[i + 1] != '\n')
                    {
                        text.Append("\\n");
                    }

                    break;
                default:
                    if (char.IsControl(c))
                    {
                        text.Append(' ');
                    }
                    else if (char.IsSurrogate(c))
                    {
                        // Pairs pass through; a lone half cannot be written as UTF-8.
                        if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            text.Append(c).Append(value[++i]);
                        }
                        else
                        {
                            text.Append('\uFFFD');
                        }
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }
    }
}
