using System.Text.RegularExpressions;

namespace CdtCodes.Definitions.Tests;

/// <summary>The starter set as a whole: every reference resolves, the graph is consistent, no code is defined twice.</summary>
public class GraphIntegrityTests
{
    private static readonly Regex CodePattern = new("^D[0-9]{4}$", RegexOptions.CultureInvariant);

    [Fact]
    public void No_code_is_defined_twice_across_files()
    {
        var duplicates = StarterSet.Files
            .SelectMany(f => f.Content.Codes.Select(c => (c.Code, File: f.Name)))
            .GroupBy(x => x.Code, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key + " in " + string.Join(", ", g.Select(x => x.File)))
            .ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_code_and_every_referenced_code_is_well_formed()
    {
        var bad = StarterSet.AllCodes
            .SelectMany(c => c.ReferencedCodes().Select(r => r.Target).Prepend(c.Code))
            .Where(code => !CodePattern.IsMatch(code))
            .ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void Every_referenced_code_exists_in_the_starter_set()
    {
        var known = StarterSet.ByCode;
        var dangling = StarterSet.AllCodes
            .SelectMany(c => c.ReferencedCodes().Select(r => c.Code + " " + r.Field + " -> " + r.Target))
            .Where(edge => !known.ContainsKey(edge.Substring(edge.LastIndexOf(' ') + 1)))
            .ToList();
        Assert.Empty(dangling);
    }

    [Fact]
    public void No_code_refers_to_itself()
    {
        var selfEdges = StarterSet.AllCodes
            .SelectMany(c => c.ReferencedCodes().Where(r => r.Target == c.Code).Select(r => c.Code + " " + r.Field))
            .ToList();
        Assert.Empty(selfEdges);
    }

    [Fact]
    public void No_relation_is_listed_twice()
    {
        var repeated = StarterSet.AllCodes
            .SelectMany(c => c.RelationsOrEmpty
                .GroupBy(r => (r.Kind, r.Code, r.EncounterMode))
                .Where(g => g.Count() > 1)
                .Select(g => c.Code + " " + g.Key))
            .ToList();
        Assert.Empty(repeated);
    }

    [Fact]
    public void ConfusedWith_is_symmetric()
    {
        var byCode = StarterSet.ByCode;
        var oneWay = ConfusedWithEdges()
            .Where(e => byCode.TryGetValue(e.Edge.Code, out var target)
                && !target.RelationsOrEmpty.Any(r => r.Kind == "confusedWith" && r.Code == e.From))
            .Select(e => e.From + " -> " + e.Edge.Code)
            .ToList();
        Assert.Empty(oneWay);
    }

    [Fact]
    public void Every_confusedWith_has_a_one_line_note()
    {
        var bad = ConfusedWithEdges()
            .Where(e => string.IsNullOrWhiteSpace(e.Edge.Note) || e.Edge.Note.Contains('\n'))
            .Select(e => e.From + " -> " + e.Edge.Code)
            .ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void ConfusedWith_notes_name_both_codes()
    {
        // A note that does not say which code is which cannot explain the difference.
        var vague = ConfusedWithEdges()
            .Where(e => !(e.Edge.Note ?? "").Contains(e.From, StringComparison.Ordinal)
                || !(e.Edge.Note ?? "").Contains(e.Edge.Code, StringComparison.Ordinal))
            .Select(e => e.From + " -> " + e.Edge.Code)
            .ToList();
        Assert.Empty(vague);
    }

    [Fact]
    public void UseInstead_edges_carry_an_encounter_mode_that_differs_from_their_source()
    {
        var edges = StarterSet.AllCodes
            .SelectMany(c => c.RelationsOrEmpty.Where(r => r.Kind == "useInstead").Select(r => (Source: c, r)))
            .ToList();
        Assert.NotEmpty(edges);
        Assert.All(edges, e =>
        {
            Assert.NotNull(e.r.EncounterMode);
            Assert.NotEqual(e.Source.EncounterMode, e.r.EncounterMode);
            Assert.Equal(e.r.EncounterMode, StarterSet.Get(e.r.Code).EncounterMode);
        });
    }

    [Fact]
    public void Deleted_codes_have_a_deletion_edition_and_existing_successors()
    {
        var deleted = StarterSet.AllCodes.Where(c => c.DeletedIn is not null || c.ReplacedBy is not null).ToList();
        Assert.NotEmpty(deleted);
        Assert.All(deleted, c =>
        {
            Assert.NotNull(c.DeletedIn);
            Assert.NotNull(c.ReplacedBy);
            Assert.All(c.ReplacedBy!, s => Assert.True(StarterSet.ByCode.ContainsKey(s), c.Code + " replacedBy " + s));
            Assert.All(c.ReplacedBy!, s => Assert.Null(StarterSet.Get(s).DeletedIn));
            if (c.AddedIn is { } added) Assert.True(added < c.DeletedIn, c.Code + " deleted before it was added");
        });
    }

    [Fact]
    public void Revisions_fall_between_addition_and_deletion()
    {
        Assert.All(StarterSet.AllCodes.Where(c => c.RevisedIn is not null), c =>
        {
            Assert.All(c.RevisedIn!, year =>
            {
                if (c.AddedIn is { } added) Assert.True(year > added, c.Code + " revised before it was added");
                if (c.DeletedIn is { } deleted) Assert.True(year < deleted, c.Code + " revised after deletion");
            });
        });
    }

    [Fact]
    public void Exclusions_are_not_self_exclusions_and_have_ordered_editions()
    {
        Assert.All(StarterSet.AllCodes.Where(c => c.ExclusiveWith is not null), c =>
            Assert.All(c.ExclusiveWith!, e =>
            {
                Assert.DoesNotContain(c.Code, e.Codes);
                if (e.FromEdition is { } from && e.ToEdition is { } to) Assert.True(from <= to);
            }));
    }

    private static IEnumerable<(string From, Relation Edge)> ConfusedWithEdges() =>
        StarterSet.AllCodes.SelectMany(c => c.RelationsOrEmpty.Where(r => r.Kind == "confusedWith").Select(r => (c.Code, r)));
}
