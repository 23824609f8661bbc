namespace CdtCodes.Definitions.Tests;

/// <summary>What the starter set must contain, and the facts its rule data encodes.</summary>
public class StarterContentTests
{
    private static readonly string[] CaseManagement = { "D9991", "D9992", "D9993", "D9994", "D9997" };

    private static readonly string[] CbctCodes =
        { "D0364", "D0365", "D0366", "D0367", "D0368", "D0380", "D0381", "D0382", "D0383", "D0384" };

    private static readonly string[] SurfaceScans = { "D0801", "D0802", "D0803", "D0804" };

    public static TheoryData<string> RequiredCodes() => new()
    {
        // case management and teledentistry
        "D9991", "D9992", "D9993", "D9994", "D9995", "D9996", "D9997",
        // 3D imaging, post-processing, surface scans, deleted 3D photographic codes
        "D0393", "D0391", "D0394", "D0395", "D0396",
        "D0364", "D0365", "D0366", "D0367", "D0368", "D0380", "D0381", "D0382", "D0383", "D0384",
        "D0801", "D0802", "D0803", "D0804", "D0351", "D0704",
        // codes the companion pages point at
        "D0310", "D0320", "D0321", "D9910", "D9911", "D9920", "D9110", "D9120", "D9210", "D9211", "D9310",
        "D9215", "D9311",
        // evaluations and imaging the rules need
        "D0120", "D0140", "D0145", "D0150", "D0160", "D0170", "D0171", "D0180", "D0210", "D0220", "D0230", "D0330",
        "D4355", "D2940", "D2941",
        // relation targets of the case-management family
        "D1310", "D1320", "D1330", "D9450",
    };

    public static TheoryData<string> FaqCodes() => new() { "D9992", "D9993", "D9995", "D9996", "D9997", "D0393" };

    [Theory]
    [MemberData(nameof(RequiredCodes))]
    public void Required_code_is_in_the_starter_set(string code) => Assert.True(StarterSet.ByCode.ContainsKey(code), code);

    [Fact]
    public void Every_starter_file_has_the_starter_header()
    {
        Assert.All(StarterSet.Files, f =>
        {
            Assert.Equal("../cdt-definitions.schema.json", f.Content.Schema);
            Assert.Equal(1, f.Content.SchemaVersion);
            Assert.Equal(2025, f.Content.Edition);
            Assert.Equal("starter", f.Content.Source);
            Assert.Contains("own words", f.Content.LicenseNotice);
            Assert.Contains("American Dental Association", f.Content.LicenseNotice);
            Assert.NotEmpty(f.Content.Codes);
        });
    }

    [Fact]
    public void Every_code_carries_the_full_companion_content()
    {
        var gaps = new List<string>();
        foreach (var c in StarterSet.AllCodes)
        {
            void Text(string field, string? value)
            {
                if (string.IsNullOrWhiteSpace(value)) gaps.Add(c.Code + "." + field);
            }

            void List(string field, List<string>? value)
            {
                if (value is null || value.Count == 0 || value.Any(string.IsNullOrWhiteSpace)) gaps.Add(c.Code + "." + field);
            }

            Text("name", c.Name);
            Text("subcategory", c.Subcategory);
            Text("summary", c.Summary);
            Text("treatmentArea", c.TreatmentArea);
            List("whenToUse", c.WhenToUse);
            List("notFor", c.NotFor);
            List("documentation", c.Documentation);
            List("billingNotes", c.BillingNotes);
            List("denialReasons", c.DenialReasons);
        }

        Assert.Empty(gaps);
    }

    [Theory]
    [MemberData(nameof(FaqCodes))]
    public void Seed_codes_have_at_least_four_faq_entries(string code)
    {
        var faq = StarterSet.Get(code).Faq;
        Assert.NotNull(faq);
        Assert.True(faq!.Count >= 4, code + " has " + faq.Count + " FAQ entries");
        Assert.All(faq, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Question));
            Assert.EndsWith("?", e.Question!.TrimEnd());
            Assert.False(string.IsNullOrWhiteSpace(e.Answer));
        });
    }

    [Fact]
    public void Names_are_short()
    {
        Assert.All(StarterSet.AllCodes, c => Assert.True(c.Name!.Length <= 80, c.Code + " name is too long"));
    }

    [Fact]
    public void Generic_guidance_is_not_pasted_into_entries()
    {
        // Advice that holds for every code lives once in definitions/README.md.
        string[] generic =
        {
            "eligibility", "verify benefits", "verify coverage", "check coverage", "document thoroughly",
            "not a covered benefit", "frequency limit reached", "no narrative with the claim",
        };
        var hits = StarterSet.AllCodes
            .SelectMany(c => EntryText(c).Select(t => (c.Code, t)))
            .SelectMany(x => generic.Where(g => x.t.Contains(g, StringComparison.OrdinalIgnoreCase)).Select(g => x.Code + ": " + g))
            .ToList();
        Assert.Empty(hits);
    }

    [Fact]
    public void No_line_is_repeated_across_many_entries()
    {
        // A line shared by more than one family's worth of codes is boilerplate (the CBCT capture-only family has five).
        var repeated = StarterSet.AllCodes
            .SelectMany(c => EntryText(c).Distinct().Select(t => (c.Code, t)))
            .GroupBy(x => x.t, StringComparer.Ordinal)
            .Where(g => g.Count() > 5)
            .Select(g => g.Count() + "x " + g.Key)
            .ToList();
        Assert.Empty(repeated);
    }

    [Fact]
    public void Teledentistry_codes_carry_their_encounter_modes_and_are_add_ons()
    {
        var live = StarterSet.Get("D9995");
        var stored = StarterSet.Get("D9996");
        Assert.Equal("synchronous", live.EncounterMode);
        Assert.Equal("asynchronous", stored.EncounterMode);
        Assert.True(live.ReportedWith?.AnyOtherProcedure);
        Assert.True(stored.ReportedWith?.AnyOtherProcedure);
        Assert.Equal(2018, live.AddedIn);
        Assert.Equal(2018, stored.AddedIn);
        Assert.Equal("none", live.TreatmentArea);
        Assert.Equal("none", stored.TreatmentArea);
    }

    [Fact]
    public void Teledentistry_pair_points_at_each_other_by_encounter_mode()
    {
        Assert.Contains(StarterSet.Get("D9996").RelationsOrEmpty,
            r => r.Kind == "useInstead" && r.Code == "D9995" && r.EncounterMode == "synchronous");
        Assert.Contains(StarterSet.Get("D9995").RelationsOrEmpty,
            r => r.Kind == "useInstead" && r.Code == "D9996" && r.EncounterMode == "asynchronous");
        Assert.Contains(StarterSet.Get("D9996").RelationsOrEmpty, r => r.Kind == "confusedWith" && r.Code == "D9995");
        Assert.Contains(StarterSet.Get("D9995").RelationsOrEmpty, r => r.Kind == "confusedWith" && r.Code == "D9996");
    }

    [Fact]
    public void Teledentistry_pair_is_not_made_exclusive_or_once_per_date()
    {
        // "Not both on one date" and "once per patient per date" rest on payer notices, not on CDT; they stay out.
        foreach (var code in new[] { "D9995", "D9996" })
        {
            var c = StarterSet.Get(code);
            Assert.Null(c.ExclusiveWith);
            Assert.Null(c.MaxPerDate);
        }
    }

    [Fact]
    public void Case_management_codes_are_distinct_services_with_the_right_editions()
    {
        foreach (var code in new[] { "D9991", "D9992", "D9993", "D9994" }) Assert.Equal(2017, StarterSet.Get(code).AddedIn);
        Assert.Equal(2020, StarterSet.Get("D9997").AddedIn);

        var names = CaseManagement.Select(c => StarterSet.Get(c).Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(CaseManagement, c => Assert.Equal("none", StarterSet.Get(c).TreatmentArea));
        Assert.Contains("appointment", StarterSet.Get("D9991").Name, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("coordinat", StarterSet.Get("D9992").Name, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("motivational", StarterSet.Get("D9993").Name, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("literacy", StarterSet.Get("D9994").Name, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("special needs", StarterSet.Get("D9997").Name, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Case_management_codes_relate_to_their_real_neighbours_not_to_desensitising_codes()
    {
        string[] boilerplate = { "D9910", "D9911" };
        Assert.All(CaseManagement.Append("D9995").Append("D9996"), code =>
            Assert.DoesNotContain(StarterSet.Get(code).RelationsOrEmpty, r => boilerplate.Contains(r.Code)));

        static bool Confused(string a, string b) =>
            StarterSet.Get(a).RelationsOrEmpty.Any(r => r.Kind == "confusedWith" && r.Code == b);

        Assert.True(Confused("D9993", "D1310"));
        Assert.True(Confused("D9993", "D1320"));
        Assert.True(Confused("D9994", "D9450"));
        Assert.True(Confused("D9994", "D1330"));
        Assert.True(Confused("D9992", "D9311"));
        Assert.True(Confused("D9997", "D9920"));
        Assert.All(CaseManagement, code => Assert.Contains(StarterSet.Get(code).RelationsOrEmpty,
            r => CaseManagement.Contains(r.Code)));
    }

    [Fact]
    public void D0393_history_reflects_the_2023_revision()
    {
        var d0393 = StarterSet.Get("D0393");
        Assert.Equal(2014, d0393.AddedIn);
        Assert.Equal(new[] { 2023 }, d0393.RevisedIn);
        Assert.Matches("(?i)surface.scan", d0393.Name);
        Assert.Contains("simulation", d0393.Name, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void D0393_relates_to_its_acquisitions_and_post_processing_siblings_only()
    {
        var targets = StarterSet.Get("D0393").RelationsOrEmpty.Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var code in CbctCodes.Concat(SurfaceScans).Concat(new[] { "D0391", "D0394", "D0395", "D0396" }))
        {
            Assert.Contains(code, targets);
        }

        Assert.DoesNotContain("D0310", targets);
        Assert.DoesNotContain("D0320", targets);
        Assert.DoesNotContain("D0321", targets);
    }

    [Fact]
    public void Deleted_codes_carry_their_editions_and_successors()
    {
        foreach (var code in new[] { "D0351", "D0704" })
        {
            var c = StarterSet.Get(code);
            Assert.Equal(2023, c.DeletedIn);
            Assert.Equal(SurfaceScans, c.ReplacedBy);
        }

        Assert.Equal(2021, StarterSet.Get("D0704").AddedIn);
        Assert.Equal(2025, StarterSet.Get("D2941").DeletedIn);
        Assert.Equal(new[] { "D2940" }, StarterSet.Get("D2941").ReplacedBy);
        Assert.Equal(new[] { 2025 }, StarterSet.Get("D2940").RevisedIn);
        Assert.All(SurfaceScans, code => Assert.Equal(2023, StarterSet.Get(code).AddedIn));
        Assert.Equal(2024, StarterSet.Get("D0396").AddedIn);
    }

    [Fact]
    public void By_report_codes_are_exactly_those_the_facts_list()
    {
        var byReport = StarterSet.AllCodes.Where(c => c.ByReport == true).Select(c => c.Code).OrderBy(c => c, StringComparer.Ordinal);
        Assert.Equal(new[] { "D0160", "D0321", "D9920" }, byReport);
    }

    [Fact]
    public void Each_additional_periapical_needs_the_first()
    {
        Assert.Equal(new[] { "D0220" }, StarterSet.Get("D0230").ReportedWith?.Codes);
        Assert.Equal(1, StarterSet.Get("D0220").MaxPerDate);
    }

    [Fact]
    public void Full_mouth_debridement_exclusion_is_edition_bound_and_explained()
    {
        var exclusion = Assert.Single(StarterSet.Get("D4355").ExclusiveWith!);
        Assert.Equal(new[] { "D0150", "D0160", "D0180" }, exclusion.Codes);
        Assert.NotNull(exclusion.FromEdition);
        Assert.False(string.IsNullOrWhiteSpace(exclusion.Note));
    }

    [Fact]
    public void Only_the_starter_rules_the_facts_support_are_present()
    {
        // Guard against rule data creeping in without a fact behind it; extend this list together with the facts.
        var withRules = StarterSet.AllCodes
            .Where(c => c.EncounterMode is not null || c.ReportedWith is not null || c.ExclusiveWith is not null || c.MaxPerDate is not null)
            .Select(c => c.Code)
            .OrderBy(c => c, StringComparer.Ordinal);
        Assert.Equal(new[] { "D0220", "D0230", "D4355", "D9215", "D9995", "D9996" }, withRules);
    }

    private static IEnumerable<string> EntryText(CodeDefinition c) =>
        new[] { c.Summary ?? "" }
            .Concat(c.WhenToUse ?? new())
            .Concat(c.NotFor ?? new())
            .Concat(c.Documentation ?? new())
            .Concat(c.BillingNotes ?? new())
            .Concat(c.DenialReasons ?? new())
            .Concat((c.Faq ?? new()).SelectMany(f => new[] { f.Question ?? "", f.Answer ?? "" }));
}
