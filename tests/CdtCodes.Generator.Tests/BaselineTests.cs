using CdtCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CdtCodes.Generator.Tests;

/// <summary>Generated files against committed baselines (Baselines/*.verified.cs).</summary>
public class BaselineTests
{
    [Fact]
    public void Starter_fixture_generates_the_baseline_files()
    {
        var run = GeneratorHarness.Run(new[] { Fixtures.Starter }, GeneratorHarness.Options("Dental.Billing"));

        Assert.Empty(run.Diagnostics);
        Assert.Equal(
            new[] { "Cdt.AdjunctiveGeneralServices.g.cs", "Cdt.Diagnostic.g.cs", "Cdt.Periodontics.g.cs", "Cdt.ProsthodonticsFixed.g.cs", "Cdt.Restorative.g.cs", "Cdt.g.cs", "CdtCatalog.g.cs" },
            run.Sources.Select(s => s.HintName));
        foreach (var (hintName, text) in run.Sources)
        {
            Baseline.Verify("Starter/Net80/" + hintName.Replace(".g.cs", "", StringComparison.Ordinal), text);
        }
    }

    [Fact]
    public void Net472_at_CSharp_7_3_generates_the_baseline_files()
    {
        // No #nullable, no Obsolete (ObsoleteAttribute has no DiagnosticId there): the analyzer reports CDT004 instead.
        var run = GeneratorHarness.Run(new[] { Fixtures.Starter }, GeneratorHarness.Options("Dental.Billing", "public"), TargetKind.Net472);

        Assert.Empty(run.Diagnostics);
        foreach (var (hintName, text) in run.Sources.Where(s => s.HintName is "Cdt.g.cs" or "CdtCatalog.g.cs" or "Cdt.Diagnostic.g.cs"))
        {
            Baseline.Verify("Starter/Net472/" + hintName.Replace(".g.cs", "", StringComparison.Ordinal), text);
        }
    }

    [Fact]
    public void User_file_overriding_a_starter_entry_generates_the_baseline_file()
    {
        var user = new InMemoryAdditionalText("/project/my-codes.cdt.json", Fixtures.UserFile(
            Fixtures.Code("D0120", "Periodic evaluation (our wording)", "\"summary\": \"Payer X wants the recall interval in the notes.\", \"treatmentArea\": \"mouth\"") + ",\n" +
            Fixtures.Code("D0150", "Comprehensive evaluation (user entry)", "\"relations\": [ { \"kind\": \"related\", \"code\": \"D0120\" }, { \"kind\": \"related\", \"code\": \"D0180\" } ]"),
            "  \"licenseNotice\": \"Contains material licensed by the user.\\nSecond line of the notice.\",\n"));

        var run = GeneratorHarness.Run(new AdditionalText[] { Fixtures.Starter, user }, GeneratorHarness.Options("Dental.Billing"));

        Assert.Equal(new[] { "CDTG005", "CDTG008" }, run.Diagnostics.Select(d => d.Id).OrderBy(x => x));
        Baseline.Verify("Override/Cdt.Diagnostic", run.Source("Cdt.Diagnostic.g.cs"));
    }
}
