using Xunit.Abstractions;

namespace CdtCodes.Tests;

/// <summary>Randomized properties with a fixed seed plus fresh seeds that are printed, so a failure can be replayed.</summary>
public class ValidatorPropertyTests
{
    private static readonly HashSet<string> RuntimeRules = new(StringComparer.Ordinal)
    {
        "CDT001", "CDT002", "CDT003", "CDT004", "CDT005", "CDT006", "CDT007", "CDT008", "CDT011", "CDT012",
    };

    private readonly ITestOutputHelper _output;

    public ValidatorPropertyTests(ITestOutputHelper output)
    {
        _output = output;
    }

    public static IEnumerable<object[]> Seeds()
    {
        yield return new object[] { 20250101 };
        yield return new object[] { Environment.TickCount };
        yield return new object[] { Guid.NewGuid().GetHashCode() };
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_visits_never_throw_and_findings_are_well_formed(int seed)
    {
        _output.WriteLine("seed " + seed);
        var random = new Random(seed);
        for (int i = 0; i < 5000; i++)
        {
            var visit = RandomVisits.Hostile(random);
            CdtValidationResult result;
            try
            {
                result = TestCatalog.Validator.Validate(visit);
            }
            catch (Exception exception)
            {
                throw new Xunit.Sdk.XunitException($"seed {seed}, visit {i}: {exception}");
            }

            foreach (var finding in result.Findings)
            {
                Assert.True(RuntimeRules.Contains(finding.RuleId), $"seed {seed}, visit {i}: {finding}");
                Assert.InRange(finding.LineIndex, 0, visit.Lines.Count - 1);
                Assert.False(string.IsNullOrWhiteSpace(finding.Message), $"seed {seed}, visit {i}");
                Assert.Equal(visit.Id, finding.VisitId);
            }

            // Never a silent pass: every line without a usable code is reported.
            for (int line = 0; line < visit.Lines.Count; line++)
            {
                var code = visit.Lines[line]?.Code;
                if (!CdtCodeFormat.IsWellFormed(code))
                {
                    Assert.True(
                        result.Findings.Any(f => f.LineIndex == line && f.RuleId == "CDT012"),
                        $"seed {seed}, visit {i}, line {line}: {code} passed");
                }
                else if (!TestCatalog.Codes.Contains(code))
                {
                    Assert.True(result.Findings.Any(f => f.LineIndex == line && f.RuleId == "CDT011"), $"seed {seed}, visit {i}, line {line}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Visits_built_from_valid_combinations_have_no_findings(int seed)
    {
        _output.WriteLine("seed " + seed);
        var random = new Random(seed);
        for (int i = 0; i < 5000; i++)
        {
            var visit = RandomVisits.Valid(random);
            var result = TestCatalog.Validator.Validate(visit);
            Assert.True(
                result.Findings.Count == 0,
                $"seed {seed}, visit {i} ({visit.DateOfService:yyyy-MM-dd}, {visit.EncounterMode}: "
                + string.Join(", ", visit.Lines.Select(l => $"{l.Code}/{l.Tooth}/{l.Surfaces}/{l.Area}/{l.Quantity}")) + "): "
                + string.Join("; ", result.Findings));
        }
    }
}
