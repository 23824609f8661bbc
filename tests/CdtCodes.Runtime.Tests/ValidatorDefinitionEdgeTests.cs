using static CdtCodes.Tests.TestCatalog;

namespace CdtCodes.Tests;

/// <summary>Definitions with unusual rule data (hand-built catalogs can hold what the generator would reject).</summary>
public class ValidatorDefinitionEdgeTests
{
    [Fact]
    public void Malformed_or_self_referencing_rule_codes_are_ignored()
    {
        var set = new CdtCodeSet(new[]
        {
            new CdtCode(
                "D0100",
                "Odd",
                exclusiveWith: new[] { new CdtExclusion(new[] { "d0200", "D0100", "", "D02000" }) },
                reportedWith: new[] { "D0100", "nonsense" }),
            new CdtCode("D0200", "Other"),
        });
        var findings = set.Validator.Validate(Visit(null, "D0100", "D0200", "D0100")).Findings;
        // No exclusion fires (its codes are malformed or the code itself); the add-on finds no listed companion.
        Assert.Equal("CDT002", Assert.Single(findings).RuleId);
        Assert.Equal("D0100 is reported only in addition to D0100 or nonsense, and this procedure set has none.", findings[0].Message);
    }

    [Fact]
    public void Exclusion_named_on_one_side_only_fires_whichever_line_comes_first()
    {
        var set = new CdtCodeSet(new[]
        {
            new CdtCode("D0100", "A", exclusiveWith: new[] { new CdtExclusion(new[] { "D0200" }, note: "Pick one.") }),
            new CdtCode("D0200", "B"),
        });
        var finding = Assert.Single(set.Validator.Validate(Visit(null, "D0200", "D0100")).Findings);
        Assert.Equal("D0100 is not reported with D0200 on the same date. Pick one.", finding.Message);
        Assert.Equal(1, finding.LineIndex);
    }

    [Fact]
    public void Exclusion_against_a_code_the_catalog_does_not_hold_still_fires()
    {
        var set = new CdtCodeSet(new[] { new CdtCode("D4355", "Debridement", exclusiveWith: new[] { new CdtExclusion(new[] { "D0150" }, fromEdition: 2018) }) });
        var findings = set.Validator.Validate(Visit(new DateTime(2020, 1, 1), "D4355", "D0150")).Findings;
        Assert.Equal(new[] { "CDT006", "CDT011" }, findings.Select(f => f.RuleId).OrderBy(r => r, StringComparer.Ordinal));
    }

    [Fact]
    public void Arch_code_that_also_allows_a_tooth_range_passes_with_either()
    {
        var set = new CdtCodeSet(new[] { new CdtCode("D5999", "Arch or teeth", treatmentArea: TreatmentArea.Arch, alsoAllowsToothRange: true) });
        Assert.Empty(set.Validator.Validate(Visit(null, EncounterMode.Unspecified, Line("D5999", tooth: "2-5"))).Findings);
        Assert.Empty(set.Validator.Validate(Visit(null, EncounterMode.Unspecified, Line("D5999", area: "01"))).Findings);
        Assert.Equal(
            "D5999 needs an arch (01, 02, U or L).",
            Assert.Single(set.Validator.Validate(Visit(null, EncounterMode.Unspecified, Line("D5999"))).Findings).Message);
        Assert.Equal(
            "D5999 needs an arch (01, 02, U or L), not \"10\".",
            Assert.Single(set.Validator.Validate(Visit(null, EncounterMode.Unspecified, Line("D5999", tooth: "3", area: "10"))).Findings).Message);
    }

    [Fact]
    public void Sextant_codes_are_not_judged_yet()
    {
        var set = new CdtCodeSet(new[] { new CdtCode("D4999", "Sextant", treatmentArea: TreatmentArea.Sextant) });
        Assert.Empty(set.Validator.Validate(Visit(null, EncounterMode.Unspecified, Line("D4999", area: "anything"))).Findings);
    }

    [Fact]
    public void Empty_catalog_reports_every_well_formed_code_as_unknown()
    {
        var set = new CdtCodeSet(Array.Empty<CdtCode>());
        var findings = set.Validator.Validate(Visit(Y2025, "D0140", "D9995", "bad")).Findings;
        Assert.Equal(new[] { "CDT011", "CDT011", "CDT012" }, findings.Select(f => f.RuleId));
        Assert.Empty(set.Graph.Edges);
        Assert.Equal("graph LR\n", set.Graph.ToMermaid("D0140"));
    }
}
