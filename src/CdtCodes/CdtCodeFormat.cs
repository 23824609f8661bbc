using CdtCodes.Internal;

namespace CdtCodes;

/// <summary>What a CDT code looks like: "D" and four digits. Pure text rules, no catalog needed.</summary>
public static class CdtCodeFormat
{
    /// <summary>True for exactly "D" followed by four ASCII digits (no spaces, upper-case D).</summary>
    public static bool IsWellFormed(string? code) => CdtCodeSyntax.IsWellFormed(code);

    /// <summary>
    /// Normalises messy input from forms, imports and databases: surrounding white space, a lower-case d, one
    /// space, hyphen or dot after the D, or a missing D before four digits (" d9996 ", "D 9996", "9996" → "D9996").
    /// Never throws; returns false (and an empty string) for anything that is not a code.
    /// </summary>
    public static bool TryNormalize(string? input, out string code) => CdtCodeSyntax.TryNormalize(input, out code);

    /// <summary>The category of service of a well-formed code, or <see cref="CdtCategory.Unknown"/>.</summary>
    public static CdtCategory GetCategory(string? code) =>
        (CdtCategory)CdtCodeSyntax.GetCategoryNumber(CdtCodeSyntax.GetNumber(code));
}
