using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Threading;
using CdtCodes.Internal;

namespace CdtCodes;

/// <summary>One directed, typed edge of the related-code graph.</summary>
public sealed class CdtGraphEdge
{
    /// <summary>Creates an edge.</summary>
    public CdtGraphEdge(string from, CdtRelation relation)
    {
        From = from ?? throw new ArgumentNullException(nameof(from));
        Relation = relation ?? throw new ArgumentNullException(nameof(relation));
    }

    /// <summary>The source code.</summary>
    public string From { get; }

    /// <summary>The target code.</summary>
    public string To => Relation.Code;

    /// <summary>What the edge means.</summary>
    public CdtRelationKind Kind => Relation.Kind;

    /// <summary>The relation as the definitions state it (note, condition).</summary>
    public CdtRelation Relation { get; }

    /// <inheritdoc />
    public override string ToString() => From + " -" + Kind + "-> " + To;
}

/// <summary>A code reached by a breadth-first walk, with its distance from the start and the edge that reached it.</summary>
public sealed class CdtGraphStep
{
    /// <summary>Creates a step.</summary>
    public CdtGraphStep(string code, int depth, CdtGraphEdge? via)
    {
        Code = code;
        Depth = depth;
        Via = via;
    }

    /// <summary>The code reached.</summary>
    public string Code { get; }

    /// <summary>Edges from the start (0 for the start itself).</summary>
    public int Depth { get; }

    /// <summary>
    /// The edge that first reached the code; null for the start. A walk that follows edges backwards reaches a code
    /// through an edge whose <see cref="CdtGraphEdge.From"/> is the code.
    /// </summary>
    public CdtGraphEdge? Via { get; }

    /// <inheritdoc />
    public override string ToString() => Code + " @" + Depth;
}

/// <summary>Which way a walk follows edges.</summary>
public enum CdtGraphDirection
{
    /// <summary>Both ways: from source to target and from target to source.</summary>
    Both = 0,
    /// <summary>Only from source to target (e.g. the chain of replacements of a deleted code).</summary>
    Outgoing,
    /// <summary>Only from target to source (e.g. every code that points at this one).</summary>
    Incoming,
}

/// <summary>
/// The related-code graph of a catalog: the definitions' own relations plus edges derived from history
/// (<see cref="CdtRelationKind.ReplacedBy"/> from <see cref="CdtCode.ReplacedBy"/>) and add-on rules
/// (<see cref="CdtRelationKind.ReportedWith"/> from <see cref="CdtCode.ReportedWith"/>); a derived edge the relations
/// already state is not added twice.
/// </summary>
/// <remarks>
/// <para>
/// The nodes are the codes of the set plus any code an edge points at (a relation may name a code the set does not
/// hold). Lookups are exact and ordinal, like <see cref="CdtCodeSet.TryGet"/>; normalise messy input with
/// <see cref="CdtCodeSet.TryParse"/> first. A null, malformed or unknown code never throws: it gives an empty result
/// (an empty list, <c>null</c> from <see cref="ShortestPath"/>, an empty diagram from <see cref="ToMermaid"/> and
/// <see cref="ToDot"/>).
/// </para>
/// <para>
/// The index is built on first use and is safe to use from many threads. Every result is deterministic: edges are
/// ordered by source, kind and target (ordinal), and walks visit neighbours in ordinal order.
/// </para>
/// </remarks>
public sealed partial class CdtGraph
{
    private static readonly ReadOnlyCollection<CdtGraphEdge> NoEdges = Array.AsReadOnly(Array.Empty<CdtGraphEdge>());
    private static readonly ReadOnlyCollection<string> NoCodes = Array.AsReadOnly(Array.Empty<string>());
    private static readonly ReadOnlyCollection<CdtGraphStep> NoSteps = Array.AsReadOnly(Array.Empty<CdtGraphStep>());

    private readonly CdtCodeSet _codes;
    private Index? _index;

    internal CdtGraph(CdtCodeSet codes)
    {
        _codes = codes;
    }

    /// <summary>The catalog the graph is built over.</summary>
    public CdtCodeSet Codes => _codes;

    /// <summary>Every edge, ordered by source, kind and target (ordinal).</summary>
    public IReadOnlyList<CdtGraphEdge> Edges => GetIndex().Edges;

    /// <summary>The edges leaving <paramref name="code"/>, optionally of one kind; empty for an unknown code.</summary>
    public IReadOnlyList<CdtGraphEdge> EdgesFrom(string? code, CdtRelationKind? kind = null)
    {
        var index = GetIndex();
        int node = index.Find(code);
        return node < 0 ? NoEdges : Filter(index.Outgoing[node], kind);
    }

    /// <summary>The edges arriving at <paramref name="code"/>, optionally of one kind; empty for an unknown code.</summary>
    public IReadOnlyList<CdtGraphEdge> EdgesTo(string? code, CdtRelationKind? kind = null)
    {
        var index = GetIndex();
        int node = index.Find(code);
        return node < 0 ? NoEdges : Filter(index.Incoming[node], kind);
    }

    /// <summary>
    /// The codes one edge away from <paramref name="code"/> in either direction, optionally over one kind of edge:
    /// distinct, in ordinal order, without the code itself. Empty for an unknown code.
    /// </summary>
    public IReadOnlyList<string> Neighbors(string? code, CdtRelationKind? kind = null)
    {
        var index = GetIndex();
        int node = index.Find(code);
        if (node < 0)
        {
            return NoCodes;
        }

        var result = new List<string>();
        int last = -1;
        foreach (var link in index.Links[node])
        {
            // Links are sorted by the other end, so duplicates are adjacent.
            if ((kind == null || link.Edge.Kind == kind.Value) && link.Other != node && link.Other != last)
            {
                result.Add(index.Nodes[link.Other]);
                last = link.Other;
            }
        }

        return result.Count == 0 ? NoCodes : result.AsReadOnly();
    }

    /// <summary>
    /// Walks the graph breadth-first from <paramref name="code"/>, following edges in both directions, up to
    /// <paramref name="maxDepth"/> edges away (0: just the start; a negative depth counts as 0). Only edges of the given
    /// kinds are followed; none given means every kind. The start comes first at depth 0; each code appears once, with
    /// the edge that first reached it; neighbours are visited in ordinal order. Empty for an unknown code.
    /// </summary>
    public IReadOnlyList<CdtGraphStep> Walk(string? code, int maxDepth, params CdtRelationKind[]? kinds) =>
        Walk(code, maxDepth, CdtGraphDirection.Both, kinds);

    /// <summary>
    /// Like <see cref="Walk(string, int, CdtRelationKind[])"/>, following edges only in the given direction
    /// (e.g. <see cref="CdtGraphDirection.Outgoing"/> with <see cref="CdtRelationKind.ReplacedBy"/> gives the
    /// successors of a deleted code, their successors, and so on).
    /// </summary>
    public IReadOnlyList<CdtGraphStep> Walk(string? code, int maxDepth, CdtGraphDirection direction, params CdtRelationKind[]? kinds)
    {
        var index = GetIndex();
        int start = index.Find(code);
        if (start < 0)
        {
            return NoSteps;
        }

        var mask = KindMask(kinds);
        var steps = new List<CdtGraphStep> { new CdtGraphStep(index.Nodes[start], 0, null) };
        var seen = new HashSet<int> { start };
        var frontier = new List<int> { start };
        for (int depth = 1; depth <= maxDepth && frontier.Count > 0; depth++)
        {
            var next = new List<int>();
            foreach (int node in frontier)
            {
                foreach (var link in index.Links[node])
                {
                    if (!mask[(int)link.Edge.Kind] || !Follows(link, direction) || !seen.Add(link.Other))
                    {
                        continue;
                    }

                    steps.Add(new CdtGraphStep(index.Nodes[link.Other], depth, link.Edge));
                    next.Add(link.Other);
                }
            }

            frontier = next;
        }

        return steps.AsReadOnly();
    }

    /// <summary>
    /// The shortest chain of codes from <paramref name="from"/> to <paramref name="to"/>, both included, over edges of
    /// the given kinds (none given: every kind), treating edges as undirected. Among chains of equal length the one
    /// through ordinally smaller codes wins, so the answer is deterministic. A code to itself is a one-code chain.
    /// Null when either code is unknown or no chain exists.
    /// </summary>
    public IReadOnlyList<string>? ShortestPath(string? from, string? to, params CdtRelationKind[]? kinds)
    {
        var index = GetIndex();
        int start = index.Find(from);
        int goal = index.Find(to);
        if (start < 0 || goal < 0)
        {
            return null;
        }

        if (start == goal)
        {
            return Array.AsReadOnly(new[] { index.Nodes[start] });
        }

        var mask = KindMask(kinds);
        var parent = new Dictionary<int, int> { [start] = -1 };
        var queue = new Queue<int>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            int node = queue.Dequeue();
            foreach (var link in index.Links[node])
            {
                if (!mask[(int)link.Edge.Kind] || parent.ContainsKey(link.Other))
                {
                    continue;
                }

                parent[link.Other] = node;
                if (link.Other == goal)
                {
                    var path = new List<string>();
                    for (int at = goal; at >= 0; at = parent[at])
                    {
                        path.Add(index.Nodes[at]);
                    }

                    path.Reverse();
                    return path.AsReadOnly();
                }

                queue.Enqueue(link.Other);
            }
        }

        return null;
    }

    private static bool Follows(Link link, CdtGraphDirection direction) => direction switch
    {
        CdtGraphDirection.Outgoing => link.Outgoing,
        CdtGraphDirection.Incoming => !link.Outgoing,
        _ => true,
    };

    private static bool[] KindMask(CdtRelationKind[]? kinds)
    {
        var mask = new bool[KindCount];
        bool any = false;
        if (kinds != null)
        {
            foreach (var kind in kinds)
            {
                if ((int)kind >= 0 && (int)kind < KindCount)
                {
                    mask[(int)kind] = true;
                    any = true;
                }
            }

            // Kinds were given but none is a known kind: nothing may be followed.
            if (!any && kinds.Length > 0)
            {
                return mask;
            }
        }

        if (!any)
        {
            for (int i = 0; i < mask.Length; i++)
            {
                mask[i] = true;
            }
        }

        return mask;
    }

    private static IReadOnlyList<CdtGraphEdge> Filter(ReadOnlyCollection<CdtGraphEdge> edges, CdtRelationKind? kind)
    {
        if (kind == null)
        {
            return edges;
        }

        List<CdtGraphEdge>? result = null;
        foreach (var edge in edges)
        {
            if (edge.Kind == kind.Value)
            {
                (result ??= new List<CdtGraphEdge>()).Add(edge);
            }
        }

        return result == null ? NoEdges : result.AsReadOnly();
    }

    private const int KindCount = (int)CdtRelationKind.ReplacedBy + 1;

    private Index GetIndex()
    {
        var index = _index;
        if (index == null)
        {
            index = new Index(_codes);
            index = Interlocked.CompareExchange(ref _index, index, null) ?? index;
        }

        return index;
    }

    /// <summary>An edge seen from one of its ends.</summary>
    private readonly struct Link
    {
        public Link(int other, bool outgoing, CdtGraphEdge edge)
        {
            Other = other;
            Outgoing = outgoing;
            Edge = edge;
        }

        public int Other { get; }

        public bool Outgoing { get; }

        public CdtGraphEdge Edge { get; }
    }

    /// <summary>The immutable adjacency index, built once.</summary>
    private sealed class Index
    {
        private readonly int[] _byNumber = new int[10000]; // node + 1; 0 = no node
        private readonly Dictionary<string, int>? _byOtherText;

        public Index(CdtCodeSet codes)
        {
            var edges = new List<CdtGraphEdge>();
            var stated = new HashSet<(string, CdtRelationKind, string)>();
            foreach (var code in codes.All)
            {
                foreach (var relation in code.Relations)
                {
                    if (relation != null && stated.Add((code.Code, relation.Kind, relation.Code)))
                    {
                        edges.Add(new CdtGraphEdge(code.Code, relation));
                    }
                }

                Derive(code, CdtRelationKind.ReplacedBy, code.ReplacedBy, stated, edges);
                Derive(code, CdtRelationKind.ReportedWith, code.ReportedWith, stated, edges);
            }

            edges.Sort(CompareEdges);
            Edges = edges.AsReadOnly();

            // Nodes: every code of the set, then every edge target the set does not hold, in ordinal order.
            var nodes = new List<string>();
            foreach (var code in codes.All)
            {
                _byNumber[code.Number] = nodes.Count + 1;
                nodes.Add(code.Code);
            }

            var extra = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var edge in edges)
            {
                if (FindIn(edge.To) < 0)
                {
                    extra.Add(edge.To);
                }
            }

            foreach (var code in extra)
            {
                int number = CdtCodeSyntax.GetNumber(code);
                if (number >= 0)
                {
                    _byNumber[number] = nodes.Count + 1;
                }
                else
                {
                    (_byOtherText ??= new Dictionary<string, int>(StringComparer.Ordinal))[code] = nodes.Count;
                }

                nodes.Add(code);
            }

            Nodes = nodes;
            var outgoing = new List<CdtGraphEdge>[nodes.Count];
            var incoming = new List<CdtGraphEdge>[nodes.Count];
            var links = new List<Link>[nodes.Count];
            for (int i = 0; i < nodes.Count; i++)
            {
                outgoing[i] = new List<CdtGraphEdge>();
                incoming[i] = new List<CdtGraphEdge>();
                links[i] = new List<Link>();
            }

            foreach (var edge in edges)
            {
                int from = FindIn(edge.From);
                int to = FindIn(edge.To);
                outgoing[from].Add(edge);
                incoming[to].Add(edge);
                links[from].Add(new Link(to, true, edge));
                if (to != from)
                {
                    links[to].Add(new Link(from, false, edge));
                }
            }

            Outgoing = new ReadOnlyCollection<CdtGraphEdge>[nodes.Count];
            Incoming = new ReadOnlyCollection<CdtGraphEdge>[nodes.Count];
            Links = new Link[nodes.Count][];
            for (int i = 0; i < nodes.Count; i++)
            {
                Outgoing[i] = outgoing[i].Count == 0 ? NoEdges : outgoing[i].AsReadOnly();
                Incoming[i] = incoming[i].Count == 0 ? NoEdges : incoming[i].AsReadOnly();
                var sorted = links[i].ToArray();
                Array.Sort(sorted, (a, b) => CompareLinks(nodes, a, b));
                Links[i] = sorted;
            }
        }

        public ReadOnlyCollection<CdtGraphEdge> Edges { get; }

        public IReadOnlyList<string> Nodes { get; }

        public ReadOnlyCollection<CdtGraphEdge>[] Outgoing { get; }

        public ReadOnlyCollection<CdtGraphEdge>[] Incoming { get; }

        /// <summary>Per node, every edge touching it, ordered by the other end (ordinal), then direction and kind.</summary>
        public Link[][] Links { get; }

        public int Find(string? code) => FindIn(code);

        private int FindIn(string? code)
        {
            if (code == null)
            {
                return -1;
            }

            int number = CdtCodeSyntax.GetNumber(code);
            if (number >= 0)
            {
                return _byNumber[number] - 1;
            }

            return _byOtherText != null && _byOtherText.TryGetValue(code, out int node) ? node : -1;
        }

        private static void Derive(
            CdtCode code,
            CdtRelationKind kind,
            IReadOnlyList<string> targets,
            HashSet<(string, CdtRelationKind, string)> stated,
            List<CdtGraphEdge> edges)
        {
            foreach (var target in targets)
            {
                if (target != null && stated.Add((code.Code, kind, target)))
                {
                    edges.Add(new CdtGraphEdge(code.Code, new CdtRelation(kind, target)));
                }
            }
        }

        private static int CompareEdges(CdtGraphEdge a, CdtGraphEdge b)
        {
            int result = string.CompareOrdinal(a.From, b.From);
            if (result == 0)
            {
                result = ((int)a.Kind).CompareTo((int)b.Kind);
            }

            return result != 0 ? result : string.CompareOrdinal(a.To, b.To);
        }

        private static int CompareLinks(IReadOnlyList<string> nodes, Link a, Link b)
        {
            int result = string.CompareOrdinal(nodes[a.Other], nodes[b.Other]);
            if (result == 0)
            {
                result = b.Outgoing.CompareTo(a.Outgoing); // outgoing first
            }

            if (result == 0)
            {
                result = ((int)a.Edge.Kind).CompareTo((int)b.Edge.Kind);
            }

            return result != 0 ? result : string.CompareOrdinal(a.Edge.From, b.Edge.From);
        }
    }
}
