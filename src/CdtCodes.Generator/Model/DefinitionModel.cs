using System;

namespace CdtCodes.Generator.Model;

// The value-equal model of one definition file. Members are strings, ints, bools, enums and EquatableArrays only,
// so equal JSON content gives equal models and the driver can cache every step after the parse. Positions are kept
// apart (DefinitionFileIndex) so that a whitespace-only edit leaves this model, and the generated source, unchanged.

/// <summary>Mirrors CdtCodes.TreatmentArea; member names are emitted as written.</summary>
internal enum AreaKind
{
    Unspecified = 0,
    None,
    Mouth,
    Arch,
    Quadrant,
    Sextant,
    ToothRange,
    Tooth,
    Surface,
}

/// <summary>Mirrors CdtCodes.EncounterMode; member names are emitted as written.</summary>
internal enum ModeKind
{
    Unspecified = 0,
    InPerson,
    Synchronous,
    Asynchronous,
}

/// <summary>Mirrors CdtCodes.CdtRelationKind; member names are emitted as written.</summary>
internal enum RelationKind
{
    Related = 0,
    ConfusedWith,
    UseInstead,
    ReportedWith,
    ReplacedBy,
}

internal enum SourceKind
{
    User = 0,
    Starter,
}

internal sealed record FaqModel(string Question, string Answer);

internal sealed record RelationModel(RelationKind Kind, string Code, string Note, ModeKind When);

internal sealed record ExclusionModel(EquatableArray<string> Codes, int FromEdition, int ToEdition, string Note);

/// <summary>One code as a definition file states it, after validation (bad fields already dropped).</summary>
internal sealed record CodeModel(
    string Code,
    string Name,
    string Subcategory,
    string Summary,
    EquatableArray<string> WhenToUse,
    EquatableArray<string> NotFor,
    EquatableArray<string> Documentation,
    EquatableArray<string> BillingNotes,
    EquatableArray<string> DenialReasons,
    EquatableArray<FaqModel> Faq,
    AreaKind TreatmentArea,
    bool AlsoAllowsToothRange,
    int MinSurfaces,
    int MaxSurfaces,
    bool ByReport,
    bool IsProsthesis,
    int AddedIn,
    int DeletedIn,
    EquatableArray<string> ReplacedBy,
    EquatableArray<int> RevisedIn,
    ModeKind EncounterMode,
    bool ReportedWithAnyProcedure,
    EquatableArray<string> ReportedWith,
    EquatableArray<ExclusionModel> ExclusiveWith,
    int MaxPerDate,
    EquatableArray<RelationModel> Relations)
{
    /// <summary>The code's number, 0–9999.</summary>
    public int Number => ((Code[1] - '0') * 1000) + ((Code[2] - '0') * 100) + ((Code[3] - '0') * 10) + (Code[4] - '0');

    /// <summary>
    /// Every other code the entry names with the field that names it, in the order <see cref="CodeIndex.References"/>
    /// keeps their locations.
    /// </summary>
    public System.Collections.Generic.List<(string Code, string Field)> ReferencedCodes()
    {
        var list = new System.Collections.Generic.List<(string, string)>();
        foreach (var code in ReplacedBy)
        {
            list.Add((code, "replacedBy"));
        }

        foreach (var code in ReportedWith)
        {
            list.Add((code, "reportedWith"));
        }

        foreach (var exclusion in ExclusiveWith)
        {
            foreach (var code in exclusion.Codes)
            {
                list.Add((code, "exclusiveWith"));
            }
        }

        foreach (var relation in Relations)
        {
            list.Add((relation.Code, "a '" + ModelNames.Describe(relation.Kind) + "' relation"));
        }

        return list;
    }
}

/// <summary>What one definition file contributes, without positions.</summary>
internal sealed record DefinitionFile(
    string Path,
    SourceKind Source,
    int Edition,
    string LicenseNotice,
    EquatableArray<CodeModel> Codes,
    EquatableArray<string> RejectedCodes);

/// <summary>Where a code's entry and the codes it references sit in the file (for cross-file diagnostics).</summary>
/// <param name="Code">The entry's <c>code</c> value.</param>
/// <param name="References">One location per item of <see cref="CodeModel.ReferencedCodes"/>, in the same order.</param>
internal sealed record CodeIndex(LocationInfo Code, EquatableArray<LocationInfo> References);

/// <summary>The parse of one file: the model, its positions, and the file-local diagnostics.</summary>
internal sealed record ParsedFile(
    DefinitionFile Definition,
    EquatableArray<CodeIndex> Index,
    EquatableArray<DiagnosticInfo> Diagnostics);

internal static class ModelNames
{
    public static string Describe(RelationKind kind) => kind switch
    {
        RelationKind.ConfusedWith => "confusedWith",
        RelationKind.UseInstead => "useInstead",
        RelationKind.ReportedWith => "reportedWith",
        RelationKind.ReplacedBy => "replacedBy",
        _ => "related",
    };

    public static string Describe(ModeKind mode) => mode switch
    {
        ModeKind.Synchronous => "synchronous",
        ModeKind.Asynchronous => "asynchronous",
        ModeKind.InPerson => "in-person",
        _ => "unspecified",
    };

    public static int CategoryOf(int number) => CdtCodes.Internal.CdtCodeSyntax.GetCategoryNumber(number);

    /// <summary>Category names indexed by category number (0 = codes below D0100).</summary>
    public static string CategoryName(int category) =>
        category >= 1 && category <= CdtCodes.Internal.CdtCodeSyntax.CategoryNames.Length
            ? CdtCodes.Internal.CdtCodeSyntax.CategoryNames[category - 1]
            : "Unknown";

    public static readonly StringComparer Ordinal = StringComparer.Ordinal;
}
