// Linked into CdtCodes.CodeFixes, so analyzer and fixers share one list of IDs. The values are the public
// CdtCodes.CdtRuleIds of the runtime library; a test keeps the two equal.
namespace CdtCodes.Generator.Analyzers;

internal static class UsageRuleIds
{
    public const string Category = "CdtCodes.Usage";

    public const string EncounterModeMismatch = "CDT001";
    public const string AddOnWithoutProcedure = "CDT002";
    public const string ExclusiveCodes = "CDT003";
    public const string DeletedCode = "CDT004";
    public const string NotYetAddedCode = "CDT005";
    public const string SameDayExclusion = "CDT006";
    public const string TreatmentAreaMismatch = "CDT007";
    public const string ByReportWithoutNarrative = "CDT008";
    public const string RawLiteral = "CDT010";
    public const string UnknownCode = "CDT011";
    public const string MalformedCode = "CDT012";
}

/// <summary>Keys of <c>Diagnostic.Properties</c> the code fixes read.</summary>
internal static class UsageProperties
{
    /// <summary>The code the fix writes: the useInstead code, the single replacement, the literal's code, the normalised code.</summary>
    public const string Code = "Code";

    /// <summary>The constant's containing type, fully qualified with <c>global::</c> (absent when no accessible constant exists).</summary>
    public const string ConstantType = "ConstantType";

    /// <summary>The namespace of <see cref="ConstantType"/> ("" for the global namespace).</summary>
    public const string ConstantNamespace = "ConstantNamespace";

    /// <summary><see cref="ConstantType"/> relative to its namespace, e.g. "Cdt" or "Outer.Cdt".</summary>
    public const string ConstantTypeName = "ConstantTypeName";

    /// <summary>The constant's field name.</summary>
    public const string ConstantName = "ConstantName";
}
