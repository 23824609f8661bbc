namespace CdtCodes.Tests;

public class GraphTests
{
    private static CdtGraph Graph => TestCatalog.Codes.Graph;

    [Fact]
    public void Graph_is_built_once_and_shared()
    {
        Assert.Same(TestCatalog.Codes.Graph, TestCatalog.Codes.Graph);
        Assert.Same(TestCatalog.Codes, Graph.Codes);
    }

    [Fact]
    public void Edges_include_stated_and_derived_edges_in_deterministic_order()
    {
        var edges = Graph.Edges.Select(e => e.ToString()).ToArray();
        Assert.Equal(
            new[]
            {
                "D0230 -ReportedWith-> D0220",
                "D2941 -ReplacedBy-> D2940",
                "D9995 -Related-> D0140",
                "D9995 -ConfusedWith-> D9996",
                "D9995 -UseInstead-> D9996",
                "D9996 -Related-> D0140",
                "D9996 -ConfusedWith-> D9995",
                "D9996 -UseInstead-> D9995",
            },
            edges);
    }

    [Fact]
    public void A_derived_edge_the_relations_already_state_is_not_duplicated()
    {
        var edge = Assert.Single(Graph.EdgesFrom("D0230"));
        Assert.Equal("after the first image", edge.Relation.Note); // the stated one wins
        Assert.Equal("D0220", edge.To);
    }

    [Fact]
    public void Derived_replaced_by_edge_comes_from_the_history()
    {
        var edge = Assert.Single(Graph.EdgesFrom("D2941", CdtRelationKind.ReplacedBy));
        Assert.Equal("D2940", edge.To);
        Assert.Equal(string.Empty, edge.Relation.Note);
        Assert.Same(edge, Assert.Single(Graph.EdgesTo("D2940")));
    }

    [Fact]
    public void EdgesFrom_and_EdgesTo_filter_by_kind()
    {
        Assert.Equal(3, Graph.EdgesFrom("D9995").Count);
        Assert.Equal("D9996", Assert.Single(Graph.EdgesFrom("D9995", CdtRelationKind.UseInstead)).To);
        Assert.Equal(new[] { "D9995", "D9996" }, Graph.EdgesTo("D0140").Select(e => e.From));
        Assert.Empty(Graph.EdgesTo("D0140", CdtRelationKind.ReplacedBy));
    }

    [Fact]
    public void Neighbors_are_distinct_in_ordinal_order_either_direction()
    {
        Assert.Equal(new[] { "D0140", "D9996" }, Graph.Neighbors("D9995"));
        Assert.Equal(new[] { "D9995", "D9996" }, Graph.Neighbors("D0140"));
        Assert.Equal(new[] { "D9996" }, Graph.Neighbors("D9995", CdtRelationKind.UseInstead));
        Assert.Equal(new[] { "D2941" }, Graph.Neighbors("D2940"));
        Assert.Empty(Graph.Neighbors("D4341"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("d9995")]
    [InlineData("D 9995")]
    [InlineData("D1234")]
    [InlineData("not a code at all")]
    public void Unknown_or_malformed_codes_give_empty_results(string? code)
    {
        Assert.Empty(Graph.EdgesFrom(code));
        Assert.Empty(Graph.EdgesTo(code));
        Assert.Empty(Graph.Neighbors(code));
        Assert.Empty(Graph.Walk(code, 5));
        Assert.Null(Graph.ShortestPath(code, "D9995"));
        Assert.Null(Graph.ShortestPath("D9995", code));
        Assert.Equal("graph LR\n", Graph.ToMermaid(code));
        Assert.Equal("digraph cdt {\n    rankdir=LR;\n    node [shape=box];\n}\n", Graph.ToDot(code));
    }

    [Fact]
    public void Huge_input_gives_empty_results()
    {
        var huge = new string('D', 100_000);
        Assert.Empty(Graph.Neighbors(huge));
        Assert.Empty(Graph.Walk(huge, int.MaxValue));
    }

    [Fact]
    public void Walk_is_breadth_first_with_depth_and_the_edge_that_reached_each_code()
    {
        var steps = Graph.Walk("D9995", 2);
        Assert.Equal(new[] { "D9995", "D0140", "D9996" }, steps.Select(s => s.Code));
        Assert.Equal(new[] { 0, 1, 1 }, steps.Select(s => s.Depth));
        Assert.Null(steps[0].Via);
        Assert.Equal("D9995 -Related-> D0140", steps[1].Via!.ToString());
        Assert.Equal("D9995 -ConfusedWith-> D9996", steps[2].Via!.ToString());
    }

    [Fact]
    public void Walk_depth_zero_and_negative_give_only_the_start()
    {
        Assert.Equal(new[] { "D9995" }, Graph.Walk("D9995", 0).Select(s => s.Code));
        Assert.Equal(new[] { "D9995" }, Graph.Walk("D9995", -3).Select(s => s.Code));
    }

    [Fact]
    public void Walk_filters_kinds_and_follows_edges_backwards()
    {
        // D0140 is only the target of Related edges; walking backwards over them reaches both teledentistry codes.
        var steps = Graph.Walk("D0140", 3, CdtRelationKind.Related);
        Assert.Equal(new[] { "D0140", "D9995", "D9996" }, steps.Select(s => s.Code));
        Assert.Equal("D9995", steps[1].Via!.From);

        Assert.Equal(new[] { "D0140" }, Graph.Walk("D0140", 3, CdtRelationKind.ReplacedBy).Select(s => s.Code));
    }

    [Fact]
    public void Walk_in_one_direction()
    {
        Assert.Equal(new[] { "D2941", "D2940" }, Graph.Walk("D2941", 5, CdtGraphDirection.Outgoing, CdtRelationKind.ReplacedBy).Select(s => s.Code));
        Assert.Equal(new[] { "D2940" }, Graph.Walk("D2940", 5, CdtGraphDirection.Outgoing).Select(s => s.Code));
        Assert.Equal(new[] { "D2940", "D2941" }, Graph.Walk("D2940", 5, CdtGraphDirection.Incoming).Select(s => s.Code));
    }

    [Fact]
    public void ShortestPath_treats_edges_as_undirected()
    {
        Assert.Equal(new[] { "D0140", "D9995" }, Graph.ShortestPath("D0140", "D9995"));
        Assert.Equal(new[] { "D9995", "D9996" }, Graph.ShortestPath("D9995", "D9996"));
        Assert.Equal(new[] { "D9995", "D0140", "D9996" }, Graph.ShortestPath("D9995", "D9996", CdtRelationKind.Related));
        Assert.Equal(new[] { "D2940" }, Graph.ShortestPath("D2940", "D2940"));
        Assert.Null(Graph.ShortestPath("D2940", "D9995"));
        Assert.Null(Graph.ShortestPath("D9995", "D9996", CdtRelationKind.ReplacedBy));
    }

    [Fact]
    public void ShortestPath_is_deterministic_among_equal_paths()
    {
        // Two routes of length 2 from A to Z, through D0002 and D0001: the ordinally smaller wins.
        var set = new CdtCodeSet(new[]
        {
            new CdtCode("D0100", "A", relations: new[] { new CdtRelation(CdtRelationKind.Related, "D0002"), new CdtRelation(CdtRelationKind.Related, "D0001") }),
            new CdtCode("D0001", "B", relations: new[] { new CdtRelation(CdtRelationKind.Related, "D0900") }),
            new CdtCode("D0002", "C", relations: new[] { new CdtRelation(CdtRelationKind.Related, "D0900") }),
            new CdtCode("D0900", "Z"),
        });
        Assert.Equal(new[] { "D0100", "D0001", "D0900" }, set.Graph.ShortestPath("D0100", "D0900"));
        Assert.Equal(new[] { "D0900", "D0001", "D0100" }, set.Graph.ShortestPath("D0900", "D0100"));
    }

    [Fact]
    public void Dangling_targets_are_nodes_without_names()
    {
        var set = new CdtCodeSet(new[]
        {
            new CdtCode("D0351", "3D photograph", deletedIn: 2023, replacedBy: new[] { "D0801", "D0802" }),
        });
        Assert.Equal(new[] { "D0801", "D0802" }, set.Graph.Neighbors("D0351"));
        Assert.Equal("D0351", Assert.Single(set.Graph.EdgesTo("D0802")).From);
        Assert.Equal(
            "graph LR\n" +
            "    D0351[\"D0351<br/>3D photograph\"]\n" +
            "    D0801[\"D0801\"]\n" +
            "    D0802[\"D0802\"]\n" +
            "    D0351 -->|replacedBy| D0801\n" +
            "    D0351 -->|replacedBy| D0802\n",
            set.Graph.ToMermaid("D0802", 2));
    }

    [Fact]
    public void Mermaid_text_is_exact()
    {
        Assert.Equal(
            "graph LR\n" +
            "    D0140[\"D0140<br/>Limited evaluation, problem focused\"]\n" +
            "    D9995[\"D9995<br/>Teledentistry, synchronous\"]\n" +
            "    D9996[\"D9996<br/>Teledentistry, asynchronous\"]\n" +
            "    D9995 -->|related| D0140\n" +
            "    D9995 -->|confusedWith| D9996\n" +
            "    D9995 -->|useInstead| D9996\n" +
            "    D9996 -->|related| D0140\n" +
            "    D9996 -->|confusedWith| D9995\n" +
            "    D9996 -->|useInstead| D9995\n",
            Graph.ToMermaid("D9995"));
        Assert.Equal(
            "graph LR\n" +
            "    D0220[\"D0220<br/>Periapical image, first\"]\n" +
            "    D0230[\"D0230<br/>Periapical image, each additional\"]\n" +
            "    D0230 -->|reportedWith| D0220\n",
            Graph.ToMermaid("D0220"));
        Assert.Equal("graph LR\n    D0220[\"D0220<br/>Periapical image, first\"]\n", Graph.ToMermaid("D0220", 0));
    }

    [Fact]
    public void Dot_text_is_exact()
    {
        Assert.Equal(
            "digraph cdt {\n" +
            "    rankdir=LR;\n" +
            "    node [shape=box];\n" +
            "    \"D2940\" [label=\"D2940\\nInterim direct restoration\"];\n" +
            "    \"D2941\" [label=\"D2941\\nInterim therapeutic restoration, primary\"];\n" +
            "    \"D2941\" -> \"D2940\" [label=\"replacedBy\"];\n" +
            "}\n",
            Graph.ToDot("D2940"));
    }

    private static readonly string HostileName =
        "Say \"hi\"] --> X[evil] | pipe #35; <b>&amp; \\ back\nslash\r\n\t\u202Eright-to-left \U0001F9B7 tooth %% comment; end {x} `tick`";

    [Fact]
    public void Mermaid_escapes_hostile_names()
    {
        var set = new CdtCodeSet(new[]
        {
            new CdtCode("D0001", HostileName, relations: new[] { new CdtRelation(CdtRelationKind.Related, "D0002") }),
            new CdtCode("D0002", "\"]\n"),
        });
        var mermaid = set.Graph.ToMermaid("D0001");
        Assert.Equal(
            "graph LR\n" +
            "    D0001[\"D0001<br/>Say #34;hi#34;#93; --#62; X#91;evil#93; #124; pipe #35;35#59; #60;b#62;#38;amp#59; #92; back slash  " +
            " #8238;right-to-left #129463; tooth #37;#37; comment#59; end #123;x#125; #96;tick#96;\"]\n" +
            "    D0002[\"D0002<br/>#34;#93; \"]\n" +
            "    D0001 -->|related| D0002\n",
            mermaid);
        AssertMermaidLabelsAreClosed(mermaid);
    }

    [Fact]
    public void Dot_escapes_hostile_names()
    {
        var set = new CdtCodeSet(new[]
        {
            new CdtCode("D0001", HostileName + "\\", relations: new[] { new CdtRelation(CdtRelationKind.Related, "D0002") }),
            new CdtCode("D0002", "\"];\ndigraph x {"),
        });
        var dot = set.Graph.ToDot("D0001");
        Assert.Contains(
            "    \"D0001\" [label=\"D0001\\nSay \\\"hi\\\"] --> X[evil] | pipe #35; <b>&amp; \\\\ back\\nslash\\n \u202Eright-to-left \U0001F9B7 tooth %% comment; end {x} `tick`\\\\\"];\n",
            dot);
        Assert.Contains("    \"D0002\" [label=\"D0002\\n\\\"];\\ndigraph x {\"];\n", dot);
        AssertDotStringsAreClosed(dot);
    }

    [Fact]
    public void Diagrams_with_malformed_dangling_targets_still_parse()
    {
        var set = new CdtCodeSet(new[]
        {
            new CdtCode("D0001", "A", relations: new[] { new CdtRelation(CdtRelationKind.Related, "x\"] --> y") }),
        });
        Assert.Equal(
            "graph LR\n" +
            "    D0001[\"D0001<br/>A\"]\n" +
            "    n1[\"x#34;#93; --#62; y\"]\n" +
            "    D0001 -->|related| n1\n",
            set.Graph.ToMermaid("D0001"));
        Assert.Contains("\"D0001\" -> \"x\\\"] --> y\" [label=\"related\"];", set.Graph.ToDot("D0001"));
    }

    [Fact]
    public void Graph_is_safe_to_build_from_many_threads()
    {
        var set = new CdtCodeSet(TestCatalog.Build());
        var results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = set.Graph.ToMermaid("D9995", 3));
        Assert.All(results, r => Assert.Equal(results[0], r));
    }

    // Every label line must open and close exactly one quoted string, with no raw quote inside.
    private static void AssertMermaidLabelsAreClosed(string mermaid)
    {
        foreach (var line in mermaid.Split('\n').Skip(1).Where(l => l.Length > 0))
        {
            if (line.Contains("-->", StringComparison.Ordinal) && !line.Contains('"'))
            {
                continue;
            }

            Assert.Equal(2, line.Count(c => c == '"'));
            Assert.EndsWith("\"]", line, StringComparison.Ordinal);
            Assert.DoesNotContain('<', line.Replace("<br/>", string.Empty, StringComparison.Ordinal));
        }
    }

    // Outside escapes, quotes must pair up on every line.
    private static void AssertDotStringsAreClosed(string dot)
    {
        foreach (var line in dot.Split('\n'))
        {
            int quotes = 0;
            for (int i = 0; i < line.Length; i++)
            {
                if (line[i] == '\\')
                {
                    i++;
                }
                else if (line[i] == '"')
                {
                    quotes++;
                }
            }

            Assert.True(quotes % 2 == 0, line);
        }
    }
}

public class GraphEdgeCaseTests
{
    private static CdtGraph Graph => TestCatalog.Codes.Graph;

    [Fact]
    public void Undefined_kinds_follow_nothing()
    {
        Assert.Equal(new[] { "D9995" }, Graph.Walk("D9995", 3, (CdtRelationKind)42).Select(s => s.Code));
        Assert.Null(Graph.ShortestPath("D9995", "D9996", (CdtRelationKind)(-1)));
        Assert.Empty(Graph.EdgesFrom("D9995", (CdtRelationKind)42));
    }

    [Fact]
    public void Null_kinds_array_means_every_kind()
    {
        Assert.Equal(3, Graph.Walk("D9995", 1, (CdtRelationKind[])null!).Count);
        Assert.NotNull(Graph.ShortestPath("D9995", "D0140", null));
    }

    [Fact]
    public void Negative_diagram_depth_shows_the_code_alone()
    {
        Assert.Equal("graph LR\n    D9995[\"D9995<br/>Teledentistry, synchronous\"]\n", Graph.ToMermaid("D9995", -1));
    }

    [Fact]
    public void Code_in_the_set_without_edges_is_a_lone_node()
    {
        Assert.Equal(new[] { "D4341" }, Graph.Walk("D4341", 3).Select(s => s.Code));
        Assert.Empty(Graph.EdgesFrom("D4341"));
        Assert.Equal(
            "digraph cdt {\n    rankdir=LR;\n    node [shape=box];\n    \"D4341\" [label=\"D4341\\nRoot planing, four or more teeth per quadrant\"];\n}\n",
            Graph.ToDot("D4341"));
    }

    [Fact]
    public void Self_relation_is_an_edge_but_not_a_neighbour()
    {
        var set = new CdtCodeSet(new[] { new CdtCode("D0100", "Loop", relations: new[] { new CdtRelation(CdtRelationKind.Related, "D0100") }) });
        Assert.Single(set.Graph.Edges);
        Assert.Empty(set.Graph.Neighbors("D0100"));
        Assert.Equal("graph LR\n    D0100[\"D0100<br/>Loop\"]\n    D0100 -->|related| D0100\n", set.Graph.ToMermaid("D0100"));
    }
}
