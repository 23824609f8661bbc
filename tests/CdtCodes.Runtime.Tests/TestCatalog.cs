namespace CdtCodes.Tests;

/// <summary>
/// A hand-built catalog shaped like the generated one: enough codes to exercise every rule and the graph. Names are
/// this project's own short labels, never ADA descriptors.
/// </summary>
internal static class TestCatalog
{
    public static readonly CdtCodeSet Codes = new CdtCodeSet(Build());

    public static CdtCode[] Build() => new[]
    {
        new CdtCode("D0140", "Limited evaluation, problem focused", treatmentArea: TreatmentArea.None),
        new CdtCode("D0150", "Comprehensive evaluation", treatmentArea: TreatmentArea.None),
        new CdtCode("D0160", "Detailed evaluation, problem focused", treatmentArea: TreatmentArea.None),
        new CdtCode("D0180", "Periodontal evaluation", treatmentArea: TreatmentArea.None),
        new CdtCode("D0220", "Periapical image, first"),
        new CdtCode(
            "D0230",
            "Periapical image, each additional",
            reportedWith: new[] { "D0220" },
            relations: new[] { new CdtRelation(CdtRelationKind.ReportedWith, "D0220", "after the first image") }),
        new CdtCode("D0801", "3D dental surface scan, direct", addedIn: 2023, treatmentArea: TreatmentArea.Mouth),
        new CdtCode("D2391", "Posterior resin, one surface", treatmentArea: TreatmentArea.Surface, minSurfaces: 1, maxSurfaces: 1),
        new CdtCode("D2392", "Posterior resin, two surfaces", treatmentArea: TreatmentArea.Surface, minSurfaces: 2, maxSurfaces: 2),
        new CdtCode("D2940", "Interim direct restoration", treatmentArea: TreatmentArea.Tooth),
        new CdtCode(
            "D2941",
            "Interim therapeutic restoration, primary",
            treatmentArea: TreatmentArea.Tooth,
            addedIn: 2013,
            deletedIn: 2025,
            replacedBy: new[] { "D2940" }),
        new CdtCode("D4341", "Root planing, four or more teeth per quadrant", treatmentArea: TreatmentArea.Quadrant),
        new CdtCode(
            "D4342",
            "Root planing, one to three teeth per quadrant",
            treatmentArea: TreatmentArea.Quadrant,
            alsoAllowsToothRange: true),
        new CdtCode(
            "D4355",
            "Full mouth debridement",
            treatmentArea: TreatmentArea.Mouth,
            exclusiveWith: new[]
            {
                new CdtExclusion(new[] { "D0150", "D0160", "D0180" }, fromEdition: 2018, note: "Evaluate on a later visit."),
            }),
        new CdtCode("D4999", "Periodontal procedure over a tooth range", treatmentArea: TreatmentArea.ToothRange),
        new CdtCode("D9920", "Behavior management", treatmentArea: TreatmentArea.None, byReport: true),
        new CdtCode("D9944", "Occlusal guard, full arch", treatmentArea: TreatmentArea.Arch),
        new CdtCode(
            "D9995",
            "Teledentistry, synchronous",
            treatmentArea: TreatmentArea.None,
            addedIn: 2018,
            encounterMode: EncounterMode.Synchronous,
            isAddOn: true,
            maxPerDate: 1,
            exclusiveWith: new[] { new CdtExclusion(new[] { "D9996" }) },
            relations: new[]
            {
                new CdtRelation(CdtRelationKind.ConfusedWith, "D9996", "live versus store-and-forward"),
                new CdtRelation(CdtRelationKind.UseInstead, "D9996", when: EncounterMode.Asynchronous),
                new CdtRelation(CdtRelationKind.Related, "D0140"),
            }),
        new CdtCode(
            "D9996",
            "Teledentistry, asynchronous",
            treatmentArea: TreatmentArea.None,
            addedIn: 2018,
            encounterMode: EncounterMode.Asynchronous,
            isAddOn: true,
            maxPerDate: 1,
            exclusiveWith: new[] { new CdtExclusion(new[] { "D9995" }) },
            relations: new[]
            {
                new CdtRelation(CdtRelationKind.ConfusedWith, "D9995", "store-and-forward versus live"),
                new CdtRelation(CdtRelationKind.UseInstead, "D9995", when: EncounterMode.Synchronous),
                new CdtRelation(CdtRelationKind.Related, "D0140"),
            }),
    };


    public static CdtValidator Validator => Codes.Validator;

    public static CdtVisit Visit(DateTime? date, EncounterMode mode, params CdtClaimLine[] lines)
    {
        var visit = new CdtVisit { DateOfService = date, EncounterMode = mode, Id = "V1" };
        foreach (var line in lines)
        {
            visit.Lines.Add(line);
        }

        return visit;
    }

    public static CdtVisit Visit(DateTime? date, params string?[] codes)
    {
        var visit = new CdtVisit { DateOfService = date, Id = "V1" };
        foreach (var code in codes)
        {
            visit.Lines.Add(new CdtClaimLine(code));
        }

        return visit;
    }

    public static CdtClaimLine Line(string? code, string? tooth = null, string? surfaces = null, string? area = null, int quantity = 1, string? narrative = null) =>
        new CdtClaimLine(code, tooth, surfaces, area, quantity, narrative);

    public static readonly DateTime Y2024 = new DateTime(2024, 6, 1);
    public static readonly DateTime Y2025 = new DateTime(2025, 6, 1);
}
