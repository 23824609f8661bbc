using System.Diagnostics;
using Xunit.Abstractions;
using static CdtCodes.Tests.TestCatalog;

namespace CdtCodes.Tests;

/// <summary>Untrusted input, options, batches and concurrency: never an exception from data, never a silent pass.</summary>
public class ValidatorRobustnessTests
{
    private readonly ITestOutputHelper _output;

    public ValidatorRobustnessTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Null_arguments_throw_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Validator.Validate((CdtVisit)null!));
        Assert.Throws<ArgumentNullException>(() => Validator.Validate((IEnumerable<CdtVisit>)null!)); // eager, not on enumeration
        Assert.Throws<ArgumentNullException>(() => new CdtValidator(null!));
    }

    [Fact]
    public void Huge_code_string_is_CDT012_with_a_short_message()
    {
        var huge = "D" + new string('9', 100_000);
        var finding = Assert.Single(Validator.Validate(Visit(Y2025, huge)).Findings);
        Assert.Equal("CDT012", finding.RuleId);
        Assert.True(finding.Message.Length < 120, finding.Message);
        Assert.Contains("…", finding.Message, StringComparison.Ordinal);
        Assert.Same(huge, finding.Code);
    }

    [Fact]
    public void Huge_tooth_surfaces_area_and_narrative_do_not_throw()
    {
        var huge = new string('M', 100_000);
        var visit = Visit(
            Y2025,
            EncounterMode.Unspecified,
            Line("D2391", tooth: huge, surfaces: huge, area: huge, narrative: huge, quantity: int.MaxValue),
            Line("D4342", tooth: new string(',', 100_000)),
            Line("D4999", tooth: string.Join("-", Enumerable.Repeat("3", 50_000))),
            Line("D9944", area: huge),
            Line("D9920", narrative: new string(' ', 100_000)));
        var findings = Validator.Validate(visit).Findings;
        Assert.All(findings, f => Assert.True(f.Message.Length < 200, f.Message));
        Assert.Equal(new[] { 0, 0, 1, 2, 3, 4 }, findings.Select(f => f.LineIndex));
    }

    [Fact]
    public void Control_and_bidi_characters_never_reach_a_message()
    {
        var visit = Visit(
            Y2025,
            EncounterMode.Unspecified,
            Line("D\u0000995\r\nFAKE LOG LINE"),
            Line("\u202ED9995"),
            Line("D2940", tooth: "3\n4"),
            Line("D2391", tooth: "3", surfaces: "M\u200B"),
            Line("\uD800"));
        var findings = Validator.Validate(visit).Findings;
        Assert.Equal(5, findings.Count);
        foreach (var finding in findings)
        {
            Assert.DoesNotContain(finding.Message, c => char.IsControl(c) || c == '\u202E' || c == '\u200B' || char.IsSurrogate(c));
        }

        Assert.Equal("\"D\uFFFD995\uFFFD\uFFFDFAKE LOG LINE\" is not a well-formed CDT code (\"D\" and four digits).", findings[0].Message);
    }

    [Fact]
    public void A_visit_with_a_million_lines_is_judged_quickly_with_capped_findings()
    {
        var visit = new CdtVisit(new DateTime(2025, 5, 5), EncounterMode.Synchronous) { Id = "big" };
        var good = new CdtClaimLine("D0140");
        var bad = new CdtClaimLine("not a code");
        var teeth = new CdtClaimLine("D2940", tooth: "3");
        for (int i = 0; i < 1_000_000; i++)
        {
            visit.Lines.Add((i % 10) switch { 0 => bad, 1 => teeth, _ => good });
        }

        visit.Lines.Add(new CdtClaimLine("D9995"));
        var watch = Stopwatch.StartNew();
        var result = Validator.Validate(visit);
        watch.Stop();
        _output.WriteLine($"1,000,001 lines in {watch.ElapsedMilliseconds} ms");

        Assert.Equal(CdtValidationOptions.DefaultMaxFindingsPerVisit, result.Findings.Count);
        Assert.Equal(100_000 - 1000, result.OmittedFindings);
        Assert.True(result.HasErrors);
        Assert.All(result.Findings, f => Assert.Equal("CDT012", f.RuleId));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), watch.Elapsed.ToString());
    }

    [Fact]
    public void Findings_cap_counts_the_rest_and_zero_lists_none()
    {
        var lines = Enumerable.Range(0, 5).Select(_ => "x").ToArray();
        var capped = new CdtValidator(Codes, new CdtValidationOptions { MaxFindingsPerVisit = 2 }).Validate(Visit(Y2025, lines));
        Assert.Equal(2, capped.Findings.Count);
        Assert.Equal(3, capped.OmittedFindings);
        Assert.Equal(new[] { 0, 1 }, capped.Findings.Select(f => f.LineIndex));

        var none = new CdtValidator(Codes, new CdtValidationOptions { MaxFindingsPerVisit = -1 }).Validate(Visit(Y2025, lines));
        Assert.Empty(none.Findings);
        Assert.Equal(5, none.OmittedFindings);
        Assert.False(none.IsValid);
    }

    [Fact]
    public void Rules_can_be_disabled_or_given_another_severity()
    {
        var options = new CdtValidationOptions()
            .Disable(CdtRuleIds.UnknownCode)
            .SetSeverity(CdtRuleIds.DeletedCode, CdtSeverity.Error)
            .SetSeverity(CdtRuleIds.MalformedCode, CdtSeverity.Info);
        var validator = new CdtValidator(Codes, options);
        options.Disable(CdtRuleIds.DeletedCode); // later changes do not reach the validator

        var result = validator.Validate(Visit(new DateTime(2025, 1, 1), EncounterMode.Unspecified, Line("D1234"), Line("D2941", tooth: "A")));
        var finding = Assert.Single(result.Findings);
        Assert.Equal(CdtSeverity.Error, finding.Severity);
        Assert.True(result.HasErrors);
        Assert.Null(validator.GetSeverity("CDT011"));
        Assert.Equal(CdtSeverity.Error, validator.GetSeverity("CDT004"));

        var info = validator.Validate(Visit(Y2025, "d0140"));
        Assert.Equal(CdtSeverity.Info, Assert.Single(info.Findings).Severity);
        Assert.True(info.IsValid);
        Assert.False(info.HasWarnings);
    }

    [Fact]
    public void Default_severities_and_unknown_rule_ids()
    {
        Assert.Equal(CdtSeverity.Warning, CdtValidationOptions.GetDefaultSeverity("CDT001"));
        Assert.Equal(CdtSeverity.Info, CdtValidationOptions.GetDefaultSeverity("CDT010"));
        Assert.Equal(CdtSeverity.Warning, CdtValidationOptions.GetDefaultSeverity("CDT011"));
        Assert.Equal(CdtSeverity.Error, CdtValidationOptions.GetDefaultSeverity("CDT012"));
        Assert.Throws<ArgumentException>(() => new CdtValidationOptions().Disable("CDT009"));
        Assert.Throws<ArgumentException>(() => new CdtValidationOptions().SetSeverity("cdt001", CdtSeverity.Error));
        Assert.Throws<ArgumentException>(() => new CdtValidationOptions().SetSeverity("CDT001", (CdtSeverity)7));
    }

    [Fact]
    public void Every_disabled_rule_is_silent()
    {
        var options = new CdtValidationOptions();
        foreach (var id in new[] { "CDT001", "CDT002", "CDT003", "CDT004", "CDT005", "CDT006", "CDT007", "CDT008", "CDT010", "CDT011", "CDT012" })
        {
            options.Disable(id);
        }

        var visit = Visit(new DateTime(2025, 1, 1), EncounterMode.Synchronous, Line("D9996"), Line("D9996"), Line("d2941"), Line("D9920"), Line("D1234"), Line("x"), Line("D4355"), Line("D0150"));
        var result = new CdtValidator(Codes, options).Validate(visit);
        Assert.Empty(result.Findings);
        Assert.True(result.IsValid);
    }

    [Fact]
    public void Batch_is_streamed_in_order_with_null_entries_kept()
    {
        IEnumerable<CdtVisit?> Source()
        {
            yield return Visit(Y2025, "D0140");
            yield return null;
            yield return Visit(Y2025, "D1234");
        }

        var results = Validator.Validate(Source()).ToList();
        Assert.Equal(new[] { 0, 1, 2 }, results.Select(r => r.VisitIndex));
        Assert.True(results[0].IsValid);
        Assert.Null(results[1].Visit);
        Assert.Empty(results[1].Findings);
        Assert.Equal("CDT011", Assert.Single(results[2].Findings).RuleId);
    }

    [Fact]
    public void Batch_is_lazy()
    {
        int produced = 0;
        IEnumerable<CdtVisit> Source()
        {
            while (true)
            {
                produced++;
                yield return Visit(Y2025, "D0140");
            }
        }

        var first = Validator.Validate(Source()).Take(3).ToList();
        Assert.Equal(3, first.Count);
        Assert.Equal(3, produced);
    }

    [Fact]
    public void Shared_validator_gives_the_same_answers_on_many_threads()
    {
        var visits = Enumerable.Range(0, 2000).Select(i => RandomVisits.Hostile(new Random(i))).ToArray();
        var expected = visits.Select(v => Describe(Validator.Validate(v))).ToArray();
        var actual = new string[visits.Length];
        Parallel.For(0, visits.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Describe(Validator.Validate(visits[i])));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Validator_property_is_shared()
    {
        Assert.Same(Codes.Validator, Codes.Validator);
        Assert.Same(Codes, Codes.Validator.Codes);
        Assert.Null(Codes.Validator.DefaultEdition);
        Assert.Equal(1000, Codes.Validator.MaxFindingsPerVisit);
    }

    [Fact]
    public void Finding_ToString_is_readable()
    {
        var finding = Assert.Single(Validator.Validate(Visit(new DateTime(2025, 1, 1), EncounterMode.Unspecified, Line("D2941", tooth: "A"))).Findings);
        Assert.Equal("CDT004 warning line 1: D2941 was deleted in CDT 2025. Use D2940 instead.", finding.ToString());
    }

    internal static string Describe(CdtValidationResult result) =>
        string.Join("|", result.Findings.Select(f => f.ToString())) + "#" + result.OmittedFindings;
}
