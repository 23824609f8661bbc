using System.Text;

namespace CdtCodes.Runtime.Tests;

/// <summary>
/// CdtCodeSet.FromData, the path every generated catalog takes: records written here by hand in the documented format
/// (docs/architecture.md, "Catalog content as data"), independently of the generator's writer.
/// </summary>
public class CatalogDataTests
{
    /// <summary>
    /// A record with a name and a subcategory; every other field empty. <paramref name="utf8"/>: lengths in UTF-8
    /// bytes, as in UTF-8 data.
    /// </summary>
    private static string Record(string code, string name, string subcategory = "", bool utf8 = false)
    {
        var body = new StringBuilder();
        StringBuilder Str(StringBuilder builder, string value) =>
            builder.Append(utf8 ? Encoding.UTF8.GetByteCount(value) : value.Length).Append(':').Append(value);

        Str(body, code);
        Str(body, name);
        Str(body, subcategory);
        Str(body, string.Empty); // summary
        body.Append("0;0;0;0;0;"); // the five text lists
        body.Append("0;"); // FAQ
        body.Append("7;"); // area: tooth
        body.Append("16;"); // flags: starter
        body.Append("0;0;2019;0;"); // surfaces, added in 2019, not deleted
        body.Append("0;0;"); // successors, revisions
        body.Append("0;"); // encounter mode
        body.Append("0;0;0;"); // companion codes, exclusions, per-date limit
        body.Append("1;0;");
        Str(body, "D0140").Append("0:0;"); // one relation: related to D0140, no note, any mode
        string text = body.ToString();
        return (utf8 ? Encoding.UTF8.GetByteCount(text) : text.Length).ToString(System.Globalization.CultureInfo.InvariantCulture) + ";" + text;
    }

    private sealed class CountingChunks(params string[] chunks)
    {
        public List<int> Calls { get; } = new();

        public string Get(int index)
        {
            lock (Calls)
            {
                Calls.Add(index);
            }

            return chunks[index];
        }
    }

    private static (CdtCatalogData Part, CountingChunks Chunks) Part(int first, int count, Func<int, string>? name = null)
    {
        var codes = new StringBuilder();
        var chunks = new List<string>();
        var chunk = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            int number = first + i;
            codes.Append(number.ToString("0000", System.Globalization.CultureInfo.InvariantCulture));
            chunk.Append(Record("D" + number.ToString("0000", System.Globalization.CultureInfo.InvariantCulture), name?.Invoke(number) ?? "Code " + number));
            if ((i + 1) % 100 == 0 || i == count - 1)
            {
                chunks.Add(chunk.ToString());
                chunk.Clear();
            }
        }

        var counting = new CountingChunks(chunks.ToArray());
        return (new CdtCatalogData(1, codes.ToString(), counting.Get), counting);
    }

    [Fact]
    public void Count_and_misses_need_no_record()
    {
        var (part, chunks) = Part(100, 250);
        var set = CdtCodeSet.FromData(part);

        Assert.Equal(250, set.Count);
        Assert.False(set.TryGet("D0099", out _));
        Assert.False(set.TryGet("D0350", out _));
        Assert.False(set.Contains("D9999"));
        Assert.Empty(chunks.Calls);
    }

    [Fact]
    public void A_lookup_loads_only_the_chunk_that_holds_the_code_and_only_once()
    {
        var (part, chunks) = Part(100, 250);
        var set = CdtCodeSet.FromData(part);

        Assert.True(set.TryGet("D0310", out var entry));
        Assert.Equal(("D0310", "Code 310", TreatmentArea.Tooth, 2019), (entry.Code, entry.Name, entry.TreatmentArea, entry.AddedIn!.Value.Year));
        Assert.True(entry.IsStarter);
        Assert.Equal(("D0140", CdtRelationKind.Related), (entry.Relations[0].Code, entry.Relations[0].Kind));
        Assert.True(set.TryGet("D0305", out _));
        Assert.Equal(new[] { 2 }, chunks.Calls);

        Assert.True(set.TryGet("D0100", out _));
        Assert.Same(entry, set["D0310"]);
        Assert.Equal(new[] { 2, 0 }, chunks.Calls);
    }

    [Fact]
    public void All_InCategory_and_the_graph_build_every_entry_once()
    {
        var (diagnostic, _) = Part(100, 150);
        var (adjunctive, _) = Part(9900, 50);
        var set = CdtCodeSet.FromData(diagnostic, adjunctive);

        Assert.True(set.TryGet("D9910", out var early));
        Assert.Equal(200, set.All.Count);
        Assert.Equal(set.All.OrderBy(e => e.Code, StringComparer.Ordinal), set.All);
        Assert.Same(early, set.All.Single(e => e.Code == "D9910"));
        Assert.Equal(50, set.InCategory(CdtCategory.AdjunctiveGeneralServices).Count);
        Assert.Equal(150, set.InCategory(CdtCategory.Diagnostic).Count);
        Assert.Contains("D0140", set.Graph.Neighbors("D0150"));
    }

    [Fact]
    public void A_later_part_replaces_an_earlier_record_of_the_same_code()
    {
        var (first, _) = Part(100, 3, n => "first " + n);
        var (second, _) = Part(101, 1, n => "second " + n);
        var set = CdtCodeSet.FromData(first, second);

        Assert.Equal(3, set.Count);
        Assert.Equal("second 101", set["D0101"].Name);
        Assert.Equal(new[] { "first 100", "second 101", "first 102" }, set.All.Select(e => e.Name));
    }

    [Fact]
    public void Racing_first_lookups_share_one_instance()
    {
        var (part, _) = Part(100, 300);
        var set = CdtCodeSet.FromData(part);
        var seen = new CdtCode[200];

        Parallel.For(0, seen.Length, i => set.TryGet(i % 2 == 0 ? "D0250" : "D0399", out seen[i]));

        Assert.All(seen.Where((_, i) => i % 2 == 0), e => Assert.Same(seen[0], e));
        Assert.All(seen.Where((_, i) => i % 2 == 1), e => Assert.Same(seen[1], e));
    }

    [Fact]
    public void UTF8_data_counts_lengths_in_bytes_and_decodes_text_past_ASCII()
    {
        const string name = "Évaluation périodique ✓ 𝄞";
        byte[] chunk = Encoding.UTF8.GetBytes(Record("D0120", name, "Sous-catégorie", utf8: true) + Record("D0140", "Plain", utf8: true));
        var set = CdtCodeSet.FromData(new CdtCatalogData(1, "01200140", (Func<int, byte[]>)(_ => chunk)));

        Assert.Equal(name, set["D0120"].Name);
        Assert.Equal("Sous-catégorie", set["D0120"].Subcategory);
        Assert.Equal("Plain", set["D0140"].Name);
    }

    [Fact]
    public void Data_of_another_format_version_is_refused_with_a_message_naming_both()
    {
        var e = Assert.Throws<NotSupportedException>(() => new CdtCatalogData(2, "0120", _ => ""));
        Assert.Contains("format 2", e.Message, StringComparison.Ordinal);
        Assert.Contains("format 1", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("012")]
    [InlineData("01a0")]
    [InlineData("D0120")]
    public void A_code_list_that_is_not_four_digit_numbers_is_refused(string codes)
    {
        Assert.Throws<ArgumentException>(() => new CdtCatalogData(1, codes, _ => ""));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => new CdtCatalogData(1, null!, _ => ""));
        Assert.Throws<ArgumentNullException>(() => new CdtCatalogData(1, "0120", (Func<int, string>)null!));
        Assert.Throws<ArgumentNullException>(() => CdtCodeSet.FromData(null!));
        Assert.Throws<ArgumentException>(() => CdtCodeSet.FromData(new CdtCatalogData[] { null! }));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("")]
    [InlineData("9;5:D0120")]
    [InlineData("999;5:D0120")]
    public void Malformed_records_fail_on_lookup_with_the_code_named(string chunk)
    {
        var set = CdtCodeSet.FromData(new CdtCatalogData(1, "0120", _ => chunk));

        var e = Assert.Throws<InvalidOperationException>(() => set.TryGet("D0120", out _));
        Assert.Contains("D0120", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_of_another_code_than_its_list_says_is_refused()
    {
        var set = CdtCodeSet.FromData(new CdtCatalogData(1, "0120", _ => Record("D0140", "Wrong place")));

        Assert.Throws<InvalidOperationException>(() => set.TryGet("D0120", out _));
    }
}
