namespace CdtCodes;

/// <summary>
/// The rule IDs shared by the analyzer (compile time) and the validator (run time). Severity is configurable per ID
/// in .editorconfig (<c>dotnet_diagnostic.CDT001.severity</c>); docs/rules/CDTnnn.md explains each.
/// </summary>
public static class CdtRuleIds
{
    /// <summary>An encounter-mode code (teledentistry) in a context of another mode, e.g. D9996 for a live visit.</summary>
    public const string EncounterModeMismatch = "CDT001";

    /// <summary>An add-on code with no other procedure on the same date.</summary>
    public const string AddOnWithoutProcedure = "CDT002";

    /// <summary>Mutually exclusive codes, or a once-per-date code reported more often, on one date.</summary>
    public const string ExclusiveCodes = "CDT003";

    /// <summary>A code deleted in or before the edition in force.</summary>
    public const string DeletedCode = "CDT004";

    /// <summary>A code added after the edition in force.</summary>
    public const string NotYetAddedCode = "CDT005";

    /// <summary>A same-day exclusion that applies in the edition in force.</summary>
    public const string SameDayExclusion = "CDT006";

    /// <summary>A treatment area, tooth or surfaces missing or contradicting the code.</summary>
    public const string TreatmentAreaMismatch = "CDT007";

    /// <summary>A by-report code without a narrative.</summary>
    public const string ByReportWithoutNarrative = "CDT008";

    /// <summary>A raw string literal for a known code where the generated constant exists.</summary>
    public const string RawLiteral = "CDT010";

    /// <summary>A well-formed code no definition knows.</summary>
    public const string UnknownCode = "CDT011";

    /// <summary>A malformed code where a code is expected ("d9996", "D 9996", "9996").</summary>
    public const string MalformedCode = "CDT012";
}
