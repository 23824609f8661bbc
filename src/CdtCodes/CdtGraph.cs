using System;
using System.Collections.Generic;

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

    /// <summary>The edge that first reached the code; null for the start.</summary>
    public CdtGraphEdge? Via { get; }
}

/// <summary>
/// The related-code graph of a catalog: the definitions' own relations plus edges derived from history
/// (<see cref="CdtRelationKind.ReplacedBy"/> from <see cref="CdtCode.ReplacedBy"/>) and add-on rules
/// (<see cref="CdtRelationKind.ReportedWith"/> from <see cref="CdtCode.ReportedWith"/>).
/// </summary>
public sealed partial class CdtGraph
{
    private readonly CdtCodeSet _codes;

    internal CdtGraph(CdtCodeSet codes)
    {
        _codes = codes;
    }

    /// <summary>The catalog the graph is built over.</summary>
    public CdtCodeSet Codes => _codes;
}
