using System.Reflection;
using BenchmarkDotNet.Attributes;
using CdtCodes.Benchmarks.Infrastructure;

namespace CdtCodes.Benchmarks;

/// <summary>
/// CdtValidator.Validate over the generated starter catalog: a typical clean 4-line visit, and a 12-line visit where
/// nearly every rule fires (wrong encounter mode, add-on alone, exclusions, a deleted code, a malformed and an unknown
/// code, missing tooth, surfaces and narrative). Lines per second = lines per visit / mean time.
/// </summary>
[MemoryDiagnoser]
public class ValidatorBenchmarks
{
    private CdtValidator _validator = null!;
    private CdtVisit _typical = null!;
    private CdtVisit _findingHeavy = null!;

    [GlobalSetup]
    public void Setup()
    {
        var assembly = Assembly.Load(Harness.EmitCatalogAssembly(Harness.Texts(Harness.StarterFiles()), "BenchValidatorCatalog"));
        var codes = (CdtCodeSet)assembly.GetType(Harness.Namespace + ".CdtCatalog")!.GetProperty("Codes")!.GetValue(null)!;
        _validator = codes.Validator;
        var date = new DateTime(2025, 3, 14);

        _typical = new CdtVisit(date, EncounterMode.Synchronous)
        {
            new CdtClaimLine("D0140"),
            new CdtClaimLine("D9995"),
            new CdtClaimLine("D0220"),
            new CdtClaimLine("D2940", tooth: "14"),
        };

        _findingHeavy = new CdtVisit(date, EncounterMode.Synchronous)
        {
            new CdtClaimLine("D9996"),
            new CdtClaimLine("D9996"),
            new CdtClaimLine("D9995"),
            new CdtClaimLine("D4355"),
            new CdtClaimLine("D0150"),
            new CdtClaimLine("D0180"),
            new CdtClaimLine("D2941", tooth: "3"),
            new CdtClaimLine("d0140"),
            new CdtClaimLine("D1234"),
            new CdtClaimLine("D2940"),
            new CdtClaimLine("D9920"),
            new CdtClaimLine("D0230"),
        };

        if (TypicalVisit() != 0 || FindingHeavyVisit() < 8)
        {
            throw new InvalidOperationException($"Unexpected findings: typical {TypicalVisit()}, heavy {FindingHeavyVisit()}.");
        }
    }

    public static int TypicalLines => 4;

    public static int FindingHeavyLines => 12;

    [Benchmark]
    public int TypicalVisit() => _validator.Validate(_typical).Findings.Count;

    [Benchmark]
    public int FindingHeavyVisit() => _validator.Validate(_findingHeavy).Findings.Count;
}
