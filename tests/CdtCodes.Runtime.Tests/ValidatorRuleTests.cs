using static CdtCodes.Tests.TestCatalog;

namespace CdtCodes.Tests;

/// <summary>Each rule with visits that pass and visits that fail, and the exact wording of the messages.</summary>
public class ValidatorRuleTests
{
    private static IReadOnlyList<CdtFinding> Check(CdtVisit visit) => Validator.Validate(visit).Findings;

    private static CdtFinding Only(CdtVisit visit, string ruleId)
    {
        var findings = Check(visit);
        return Assert.Single(findings, f => f.RuleId == ruleId);
    }

    private static void Clean(CdtVisit visit)
    {
        var result = Validator.Validate(visit);
        Assert.True(result.Findings.Count == 0, string.Join("\n", result.Findings));
        Assert.True(result.IsValid);
    }

    // CDT001 ------------------------------------------------------------------------------------------------------

    [Fact]
    public void CDT001_passes_when_the_code_matches_the_encounter()
    {
        Clean(Visit(Y2025, EncounterMode.Synchronous, Line("D0140"), Line("D9995")));
        Clean(Visit(Y2025, EncounterMode.Asynchronous, Line("D0140"), Line("D9996")));
        Clean(Visit(Y2025, EncounterMode.Unspecified, Line("D0140"), Line("D9996")));
        Clean(Visit(Y2025, EncounterMode.InPerson, Line("D0140")));
    }

    [Fact]
    public void CDT001_asynchronous_code_in_a_live_encounter_suggests_the_synchronous_code()
    {
        var finding = Only(Visit(Y2025, EncounterMode.Synchronous, Line("D0140"), Line("D9996")), "CDT001");
        Assert.Equal("D9996 is for asynchronous encounters, but this encounter is synchronous. Use D9995 instead.", finding.Message);
        Assert.Equal("D9995", finding.Suggestion);
        Assert.Equal("D9996", finding.Code);
        Assert.Equal(1, finding.LineIndex);
        Assert.Equal("V1", finding.VisitId);
        Assert.Equal(CdtSeverity.Warning, finding.Severity);
        Assert.Equal("Teledentistry code does not match the encounter mode", finding.Title);
        Assert.Equal("https://github.com/cdtcodes/CdtCodes/blob/main/docs/rules/CDT001.md", finding.HelpUri);
    }

    [Fact]
    public void CDT001_in_person_visit_with_a_teledentistry_code_has_no_suggestion()
    {
        var finding = Only(Visit(Y2025, EncounterMode.InPerson, Line("D0140"), Line("D9995")), "CDT001");
        Assert.Equal("D9995 is for synchronous encounters, but this encounter is in-person.", finding.Message);
        Assert.Null(finding.Suggestion);
    }

    [Fact]
    public void CDT001_undefined_encounter_mode_counts_as_unspecified()
    {
        Clean(Visit(Y2025, (EncounterMode)99, Line("D0140"), Line("D9995")));
    }

    // CDT002 ------------------------------------------------------------------------------------------------------

    [Fact]
    public void CDT002_add_on_alone_fails()
    {
        var finding = Only(Visit(Y2025, EncounterMode.Synchronous, Line("D9995")), "CDT002");
        Assert.Equal("D9995 is reported only in addition to another procedure on the same date, and this procedure set has none.", finding.Message);
        Assert.Equal(0, finding.LineIndex);
    }

    [Fact]
    public void CDT002_a_repeat_of_the_add_on_is_not_another_procedure()
    {
        var findings = Check(Visit(Y2025, EncounterMode.Synchronous, Line("D9995"), Line("D9995")));
        Assert.Equal(new[] { "CDT002", "CDT003" }, findings.Select(f => f.RuleId));
    }

    [Fact]
    public void CDT002_any_other_procedure_satisfies_an_add_on_even_one_the_catalog_does_not_know()
    {
        Clean(Visit(Y2025, EncounterMode.Synchronous, Line("D9995"), Line("D0140")));
        Assert.Equal(new[] { "CDT011" }, Check(Visit(Y2025, "D9995", "D1110")).Select(f => f.RuleId));
    }

    [Fact]
    public void CDT002_two_any_procedure_add_ons_do_not_accompany_each_other()
    {
        // D9995 and D9996 each describe a delivery mode; together they still name no service.
        var findings = Check(Visit(Y2025, "D9995", "D9996")).Where(f => f.RuleId == "CDT002");
        Assert.Equal(new[] { "D9995", "D9996" }, findings.Select(f => f.Code));
    }

    [Fact]
    public void CDT002_a_code_that_needs_a_named_companion_is_still_a_procedure()
    {
        var findings = Check(Visit(Y2025, EncounterMode.Synchronous, Line("D9995"), Line("D0230"))).Where(f => f.RuleId == "CDT002");
        Assert.Equal(new[] { "D0230" }, findings.Select(f => f.Code));
    }

    [Fact]
    public void CDT002_add_on_with_listed_companions_needs_one_of_them()
    {
        var finding = Only(Visit(Y2025, "D0230", "D0140"), "CDT002");
        Assert.Equal("D0230 is reported only in addition to D0220, and this procedure set has none.", finding.Message);
        Clean(Visit(Y2025, "D0220", "D0230"));
        Clean(Visit(Y2025, "D0230", "D0220"));
    }

    [Fact]
    public void CDT002_lists_several_companions_with_or()
    {
        var set = new CdtCodeSet(new[] { new CdtCode("D0230", "x", reportedWith: new[] { "D0210", "D0220", "D0240" }) });
        var finding = Assert.Single(set.Validator.Validate(Visit(null, "D0230")).Findings);
        Assert.Equal("D0230 is reported only in addition to D0210, D0220 or D0240, and this procedure set has none.", finding.Message);
    }

    // CDT003 ------------------------------------------------------------------------------------------------------

    [Fact]
    public void CDT003_exclusive_pair_is_reported_once()
    {
        var finding = Only(Visit(Y2025, "D0140", "D9995", "D9996"), "CDT003");
        Assert.Equal("D9995 is not reported with D9996 on the same date.", finding.Message);
        Assert.Equal(1, finding.LineIndex);
        Assert.Equal("D9995", finding.Code);
        Assert.Equal("D9996", finding.RelatedCode);
    }

    [Fact]
    public void CDT003_once_per_date_counts_quantity()
    {
        var finding = Only(Visit(Y2025, EncounterMode.Synchronous, Line("D0140"), Line("D9995", quantity: 2)), "CDT003");
        Assert.Equal("D9995 is not reported with itself on the same date. At most 1 per date; this date has 2.", finding.Message);
        Assert.Equal(1, finding.LineIndex);
    }

    [Fact]
    public void CDT003_once_per_date_points_at_the_line_that_exceeds_it()
    {
        var finding = Only(Visit(Y2025, EncounterMode.Synchronous, Line("D9995"), Line("D0140"), Line("D9995"), Line("D9995")), "CDT003");
        Assert.Equal(2, finding.LineIndex);
        Assert.EndsWith("this date has 3.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CDT003_quantity_below_one_counts_as_one_and_huge_quantities_do_not_overflow()
    {
        Clean(Visit(Y2025, EncounterMode.Synchronous, Line("D0140"), Line("D9995", quantity: 0)));
        Clean(Visit(Y2025, EncounterMode.Synchronous, Line("D0140"), Line("D9995", quantity: -5)));
        var finding = Only(Visit(Y2025, EncounterMode.Synchronous, Line("D0140"), Line("D9995", quantity: int.MaxValue), Line("D9995", quantity: int.MaxValue)), "CDT003");
        Assert.EndsWith("this date has 4294967294.", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CDT003_pair_without_both_codes_passes()
    {
        Clean(Visit(Y2025, EncounterMode.Asynchronous, Line("D0140"), Line("D9996")));
    }

    // CDT004 / CDT005 ---------------------------------------------------------------------------------------------

    [Fact]
    public void CDT004_deleted_code_is_valid_on_31_December_before_the_deletion_edition()
    {
        Clean(Visit(new DateTime(2024, 12, 31, 23, 59, 59), EncounterMode.Unspecified, Line("D2941", tooth: "A")));
    }

    [Fact]
    public void CDT004_deleted_code_fails_from_1_January_of_the_deletion_edition()
    {
        var finding = Only(Visit(new DateTime(2025, 1, 1), EncounterMode.Unspecified, Line("D2941", tooth: "A")), "CDT004");
        Assert.Equal("D2941 was deleted in CDT 2025. Use D2940 instead.", finding.Message);
        Assert.Equal("D2940", finding.Suggestion);
        Assert.Equal(new CdtEdition(2025), Validator.Validate(Visit(new DateTime(2025, 1, 1), "D2941")).Edition);
        Assert.Single(Check(Visit(new DateTime(2031, 7, 1), EncounterMode.Unspecified, Line("D2941", tooth: "A"))));
    }

    [Fact]
    public void CDT004_names_every_successor_but_suggests_only_a_single_one()
    {
        var set = new CdtCodeSet(new[]
        {
            new CdtCode("D0351", "3D photograph", deletedIn: 2023, replacedBy: new[] { "D0801", "D0802" }),
            new CdtCode("D0999", "Gone", deletedIn: 2023),
        });
        var findings = set.Validator.Validate(Visit(new DateTime(2023, 1, 1), "D0351", "D0999")).Findings;
        Assert.Equal(new[] { "D0351 was deleted in CDT 2023. Use D0801 or D0802 instead.", "D0999 was deleted in CDT 2023." }, findings.Select(f => f.Message));
        Assert.All(findings, f => Assert.Null(f.Suggestion));
    }

    [Fact]
    public void CDT005_code_fails_before_the_edition_that_added_it()
    {
        var finding = Only(Visit(new DateTime(2022, 12, 31), "D0801"), "CDT005");
        Assert.Equal("D0801 was added in CDT 2023 and does not exist in CDT 2022.", finding.Message);
        Assert.Null(finding.Suggestion);
        Clean(Visit(new DateTime(2023, 1, 1), "D0801"));
    }

    [Fact]
    public void Edition_rules_do_not_run_without_a_date_or_a_default_edition()
    {
        Clean(Visit(null, EncounterMode.Unspecified, Line("D2941", tooth: "A"), Line("D0801")));
        Assert.Null(Validator.Validate(Visit(null, "D0140")).Edition);
    }

    [Fact]
    public void Default_edition_applies_to_visits_without_a_date_only()
    {
        var validator = new CdtValidator(Codes, new CdtValidationOptions { DefaultEdition = new CdtEdition(2022) });
        var undated = validator.Validate(Visit(null, EncounterMode.Unspecified, Line("D2941", tooth: "A"), Line("D0801")));
        Assert.Equal(new[] { "CDT005" }, undated.Findings.Select(f => f.RuleId));
        Assert.Equal(new CdtEdition(2022), undated.Edition);

        var dated = validator.Validate(Visit(new DateTime(2025, 1, 1), EncounterMode.Unspecified, Line("D2941", tooth: "A"), Line("D0801")));
        Assert.Equal(new[] { "CDT004" }, dated.Findings.Select(f => f.RuleId));
    }

    // CDT006 ------------------------------------------------------------------------------------------------------

    [Fact]
    public void CDT006_same_day_exclusion_applies_in_its_editions()
    {
        var finding = Only(Visit(Y2025, "D0150", "D4355"), "CDT006");
        Assert.Equal("D4355 is not reported on the same date as D0150 in CDT 2025. Evaluate on a later visit.", finding.Message);
        Assert.Equal(1, finding.LineIndex);
        Assert.Equal("D0150", finding.RelatedCode);
    }

    [Fact]
    public void CDT006_boundary_of_the_first_edition()
    {
        Clean(Visit(new DateTime(2017, 12, 31), "D4355", "D0180"));
        Assert.Single(Check(Visit(new DateTime(2018, 1, 1), "D4355", "D0180")));
    }

    [Fact]
    public void CDT006_reports_each_excluded_code_present()
    {
        var findings = Check(Visit(Y2025, "D4355", "D0150", "D0160", "D0140"));
        Assert.Equal(new[] { "D0150", "D0160" }, findings.Select(f => f.RelatedCode));
        Assert.All(findings, f => Assert.Equal("CDT006", f.RuleId));
    }

    [Fact]
    public void CDT006_needs_an_edition()
    {
        Clean(Visit(null, "D4355", "D0150"));
        Clean(Visit(Y2025, "D4355", "D0140"));
    }

    [Fact]
    public void CDT006_upper_bound_ends_the_exclusion()
    {
        var set = new CdtCodeSet(new[]
        {
            new CdtCode("D9450", "Case presentation", exclusiveWith: new[] { new CdtExclusion(new[] { "D0150" }, toEdition: 2022) }),
            new CdtCode("D0150", "Comprehensive evaluation"),
        });
        Assert.Single(set.Validator.Validate(Visit(new DateTime(2022, 12, 31), "D9450", "D0150")).Findings);
        Assert.Empty(set.Validator.Validate(Visit(new DateTime(2023, 1, 1), "D9450", "D0150")).Findings);
    }

    // CDT007 ------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("3")]
    [InlineData("32")]
    [InlineData("A")]
    [InlineData("T")]
    [InlineData("AS")]
    [InlineData("TS")]
    [InlineData("51")]
    [InlineData("82")]
    [InlineData(" 8 ")]
    public void CDT007_tooth_code_with_a_valid_tooth_passes(string tooth)
    {
        Clean(Visit(Y2025, EncounterMode.Unspecified, Line("D2940", tooth: tooth)));
    }

    [Theory]
    [InlineData(null, "D2940 needs a tooth.")]
    [InlineData("  ", "D2940 needs a tooth.")]
    [InlineData("0", "D2940 has an invalid tooth \"0\".")]
    [InlineData("03", "D2940 has an invalid tooth \"03\".")]
    [InlineData("33", "D2940 has an invalid tooth \"33\".")]
    [InlineData("50", "D2940 has an invalid tooth \"50\".")]
    [InlineData("83", "D2940 has an invalid tooth \"83\".")]
    [InlineData("U", "D2940 has an invalid tooth \"U\".")]
    [InlineData("a", "D2940 has an invalid tooth \"a\".")]
    [InlineData("US", "D2940 has an invalid tooth \"US\".")]
    [InlineData("2-5", "D2940 needs one tooth, not \"2-5\".")]
    [InlineData("2,3", "D2940 needs one tooth, not \"2,3\".")]
    public void CDT007_tooth_code_without_a_valid_tooth_fails(string? tooth, string message)
    {
        var finding = Only(Visit(Y2025, EncounterMode.Unspecified, Line("D2940", tooth: tooth)), "CDT007");
        Assert.Equal(message, finding.Message);
    }

    [Theory]
    [InlineData("D2391", "O")]
    [InlineData("D2391", " M ")]
    [InlineData("D2392", "MO")]
    [InlineData("D2392", "DL")]
    public void CDT007_surface_code_with_valid_surfaces_passes(string code, string surfaces)
    {
        Clean(Visit(Y2025, EncounterMode.Unspecified, Line(code, tooth: "30", surfaces: surfaces)));
    }

    [Theory]
    [InlineData("D2391", null, "D2391 needs surfaces.")]
    [InlineData("D2391", "MO", "D2391 covers 1 surface, not 2.")]
    [InlineData("D2392", "O", "D2392 covers 2 surfaces, not 1.")]
    [InlineData("D2391", "X", "D2391 has an invalid surface \"X\".")]
    [InlineData("D2391", "o", "D2391 has an invalid surface \"o\".")]
    [InlineData("D2392", "MM", "D2392 lists surface M twice.")]
    public void CDT007_surface_code_with_bad_surfaces_fails(string code, string? surfaces, string message)
    {
        var finding = Only(Visit(Y2025, EncounterMode.Unspecified, Line(code, tooth: "30", surfaces: surfaces)), "CDT007");
        Assert.Equal(message, finding.Message);
    }

    [Fact]
    public void CDT007_surface_counts_with_open_bounds()
    {
        var set = new CdtCodeSet(new[]
        {
            new CdtCode("D2394", "Four or more", treatmentArea: TreatmentArea.Surface, minSurfaces: 4),
            new CdtCode("D2330", "Up to two", treatmentArea: TreatmentArea.Surface, maxSurfaces: 2),
            new CdtCode("D2331", "Two to three", treatmentArea: TreatmentArea.Surface, minSurfaces: 2, maxSurfaces: 3),
        });
        string Message(string code, string surfaces) =>
            Assert.Single(set.Validator.Validate(Visit(null, EncounterMode.Unspecified, Line(code, "8", surfaces))).Findings).Message;
        Assert.Equal("D2394 covers at least 4 surfaces, not 3.", Message("D2394", "MOD"));
        Assert.Equal("D2330 covers at most 2 surfaces, not 3.", Message("D2330", "MID"));
        Assert.Equal("D2331 covers 2 to 3 surfaces, not 4.", Message("D2331", "MIDF"));
        Assert.Empty(set.Validator.Validate(Visit(null, EncounterMode.Unspecified, Line("D2394", "8", "MODBL"))).Findings);
    }

    [Fact]
    public void CDT007_surface_code_reports_tooth_and_surface_problems_separately()
    {
        var findings = Check(Visit(Y2025, EncounterMode.Unspecified, Line("D2391")));
        Assert.Equal(new[] { "D2391 needs a tooth.", "D2391 needs surfaces." }, findings.Select(f => f.Message));
    }

    [Fact]
    public void CDT007_mouth_and_none_codes_take_no_tooth()
    {
        Assert.Equal("D0140 takes no tooth.", Only(Visit(Y2025, EncounterMode.Unspecified, Line("D0140", tooth: "3")), "CDT007").Message);
        Assert.Equal("D4355 takes no tooth.", Only(Visit(Y2025, EncounterMode.Unspecified, Line("D4355", tooth: "3")), "CDT007").Message);
        Clean(Visit(Y2025, EncounterMode.Unspecified, Line("D4355", area: "00")));
    }

    [Theory]
    [InlineData("01")]
    [InlineData("02")]
    [InlineData("U")]
    [InlineData("L")]
    public void CDT007_arch_code_with_an_arch_passes(string area)
    {
        Clean(Visit(Y2025, EncounterMode.Unspecified, Line("D9944", area: area)));
    }

    [Theory]
    [InlineData(null, "D9944 needs an arch (01, 02, U or L).")]
    [InlineData("10", "D9944 needs an arch (01, 02, U or L), not \"10\".")]
    [InlineData("UR", "D9944 needs an arch (01, 02, U or L), not \"UR\".")]
    [InlineData("1", "D9944 needs an arch (01, 02, U or L), not \"1\".")]
    public void CDT007_arch_code_without_an_arch_fails(string? area, string message)
    {
        Assert.Equal(message, Only(Visit(Y2025, EncounterMode.Unspecified, Line("D9944", area: area)), "CDT007").Message);
    }

    [Theory]
    [InlineData("10")]
    [InlineData("20")]
    [InlineData("30")]
    [InlineData("40")]
    [InlineData("UR")]
    [InlineData("UL")]
    [InlineData("LL")]
    [InlineData("LR")]
    public void CDT007_quadrant_code_with_a_quadrant_passes(string area)
    {
        Clean(Visit(Y2025, EncounterMode.Unspecified, Line("D4341", area: area)));
    }

    [Theory]
    [InlineData(null, null, "D4341 needs a quadrant (10, 20, 30, 40, UR, UL, LL or LR).")]
    [InlineData("01", null, "D4341 needs a quadrant (10, 20, 30, 40, UR, UL, LL or LR), not \"01\".")]
    [InlineData("50", null, "D4341 needs a quadrant (10, 20, 30, 40, UR, UL, LL or LR), not \"50\".")]
    [InlineData(null, "2-5", "D4341 needs a quadrant (10, 20, 30, 40, UR, UL, LL or LR).")]
    public void CDT007_quadrant_code_without_a_quadrant_fails(string? area, string? tooth, string message)
    {
        Assert.Equal(message, Only(Visit(Y2025, EncounterMode.Unspecified, Line("D4341", tooth: tooth, area: area)), "CDT007").Message);
    }

    [Theory]
    [InlineData(null, "2-5")]
    [InlineData(null, "2,3,4")]
    [InlineData(null, "3")]
    [InlineData("10", "2-5")]
    [InlineData("10", null)]
    public void CDT007_quadrant_code_that_also_allows_a_tooth_range_passes_with_either(string? area, string? tooth)
    {
        Clean(Visit(Y2025, EncounterMode.Unspecified, Line("D4342", tooth: tooth, area: area)));
    }

    [Fact]
    public void CDT007_quadrant_code_that_also_allows_a_tooth_range_checks_the_range()
    {
        Assert.Equal(
            "D4342 has an invalid tooth range \"2-99\".",
            Only(Visit(Y2025, EncounterMode.Unspecified, Line("D4342", tooth: "2-99")), "CDT007").Message);
    }

    [Theory]
    [InlineData("2-5", null)]
    [InlineData("A-E", null)]
    [InlineData(" 2 , 3 ,4", null)]
    [InlineData(null, "D4999 needs a tooth range.")]
    [InlineData("2-", "D4999 has an invalid tooth range \"2-\".")]
    [InlineData("2-3-4", "D4999 has an invalid tooth range \"2-3-4\".")]
    [InlineData("2,,3", "D4999 has an invalid tooth range \"2,,3\".")]
    [InlineData("2,3,x", "D4999 has an invalid tooth range \"2,3,x\".")]
    public void CDT007_tooth_range_code(string? tooth, string? message)
    {
        var findings = Check(Visit(Y2025, EncounterMode.Unspecified, Line("D4999", tooth: tooth)));
        if (message == null)
        {
            Assert.Empty(findings);
        }
        else
        {
            Assert.Equal(message, Assert.Single(findings).Message);
        }
    }

    [Fact]
    public void CDT007_codes_without_a_treatment_area_are_not_judged()
    {
        Clean(Visit(Y2025, EncounterMode.Unspecified, Line("D0220", tooth: "nonsense", surfaces: "??", area: "zz"), Line("D0230")));
    }

    // CDT008 ------------------------------------------------------------------------------------------------------

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \t\n ")]
    public void CDT008_by_report_code_without_a_narrative_fails(string? narrative)
    {
        var finding = Only(Visit(Y2025, EncounterMode.Unspecified, Line("D9920", narrative: narrative)), "CDT008");
        Assert.Equal("D9920 is reported by report and needs a narrative.", finding.Message);
    }

    [Fact]
    public void CDT008_by_report_code_with_a_narrative_passes()
    {
        Clean(Visit(Y2025, EncounterMode.Unspecified, Line("D9920", narrative: "Patient needed extra time to settle.")));
    }

    // CDT011 / CDT012 ---------------------------------------------------------------------------------------------

    [Fact]
    public void CDT011_well_formed_unknown_code()
    {
        var finding = Only(Visit(Y2025, "D1234"), "CDT011");
        Assert.Equal("No CDT definition knows D1234.", finding.Message);
        Assert.Equal(CdtSeverity.Warning, finding.Severity);
        Assert.True(Validator.Validate(Visit(Y2025, "D1234")).HasWarnings);
    }

    [Theory]
    [InlineData("d9995", "D9995")]
    [InlineData(" D9995 ", "D9995")]
    [InlineData("D 9995", "D9995")]
    [InlineData("D-9995", "D9995")]
    [InlineData("9995", "D9995")]
    public void CDT012_malformed_code_suggests_the_normalised_code_and_is_judged_as_it(string written, string normalized)
    {
        var findings = Check(Visit(Y2025, EncounterMode.Asynchronous, Line("D0140"), Line(written)));
        Assert.Equal(new[] { "CDT001", "CDT012" }, findings.Select(f => f.RuleId)); // same line: by rule ID
        var malformed = findings[1];
        Assert.Equal("\"" + written + "\" is not a well-formed CDT code (\"D\" and four digits). Use " + normalized + " instead.", malformed.Message);
        Assert.Equal(normalized, malformed.Suggestion);
        Assert.Equal(written, malformed.Code);
        Assert.Equal(CdtSeverity.Error, malformed.Severity);
        Assert.Equal(normalized, findings[0].Code);
    }

    [Fact]
    public void CDT012_normalised_but_unknown_code_is_also_CDT011()
    {
        var findings = Check(Visit(Y2025, "d1234"));
        Assert.Equal(new[] { "CDT011", "CDT012" }, findings.Select(f => f.RuleId));
        Assert.Equal("No CDT definition knows D1234.", findings[0].Message);
    }

    [Theory]
    [InlineData(null, "\"\" is not a well-formed CDT code (\"D\" and four digits).")]
    [InlineData("", "\"\" is not a well-formed CDT code (\"D\" and four digits).")]
    [InlineData("   ", "\"   \" is not a well-formed CDT code (\"D\" and four digits).")]
    [InlineData("hello", "\"hello\" is not a well-formed CDT code (\"D\" and four digits).")]
    [InlineData("D99950", "\"D99950\" is not a well-formed CDT code (\"D\" and four digits).")]
    [InlineData("DD9995", "\"DD9995\" is not a well-formed CDT code (\"D\" and four digits).")]
    [InlineData("D９９９５", "\"D９９９５\" is not a well-formed CDT code (\"D\" and four digits).")]
    public void CDT012_code_that_cannot_be_normalised(string? written, string message)
    {
        var result = Validator.Validate(Visit(Y2025, written));
        var finding = Assert.Single(result.Findings);
        Assert.Equal("CDT012", finding.RuleId);
        Assert.Equal(message, finding.Message);
        Assert.Null(finding.Suggestion);
        Assert.True(result.HasErrors);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void CDT012_null_line_is_a_line_without_a_code()
    {
        var visit = Visit(Y2025, "D0140");
        visit.Lines.Add(null!);
        var finding = Only(visit, "CDT012");
        Assert.Equal(1, finding.LineIndex);
        Assert.Null(finding.Code);
    }

    [Fact]
    public void Unresolvable_lines_are_no_procedure_for_an_add_on()
    {
        var findings = Check(Visit(Y2025, EncounterMode.Synchronous, Line("D9995"), Line("garbage")));
        Assert.Equal(new[] { "CDT002", "CDT012" }, findings.Select(f => f.RuleId));
    }

    // Results -----------------------------------------------------------------------------------------------------

    [Fact]
    public void Findings_are_ordered_by_line_then_rule()
    {
        var visit = Visit(
            new DateTime(2025, 3, 1),
            EncounterMode.Synchronous,
            Line("D9996"),
            Line("D2941"),
            Line("d0150"),
            Line("D4355"));
        var findings = Check(visit);
        Assert.Equal(
            new[] { "0 CDT001", "1 CDT004", "1 CDT007", "2 CDT012", "3 CDT006" },
            findings.Select(f => f.LineIndex + " " + f.RuleId));
    }

    [Fact]
    public void Empty_visit_is_valid()
    {
        var result = Validator.Validate(new CdtVisit());
        Assert.True(result.IsValid);
        Assert.Empty(result.Findings);
        Assert.Equal(0, result.OmittedFindings);
    }

    [Fact]
    public void Collection_initializer_visit_validates()
    {
        var visit = new CdtVisit(new DateTime(2025, 2, 3), EncounterMode.Synchronous) { "D0140", "D9995" };
        Assert.True(Validator.Validate(visit).IsValid);
    }
}
