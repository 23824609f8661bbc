using System.Collections.Generic;
using System.Collections.Immutable;
using CdtCodes.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdtCodes.CodeFixes;

/// <summary>CDT010: replace the literal with the generated constant (qualified or with a using as needed).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RawLiteralFixer))]
public sealed class RawLiteralFixer : CdtCodeFixProvider
{
    internal const string Key = "CDT010.UseConstant";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(UsageRuleIds.RawLiteral);

    internal override IEnumerable<KeyValuePair<string, string>> GetFixes(Diagnostic diagnostic, ExpressionSyntax node)
    {
        if (IsStringLiteral(node) && Replacement.Constant(diagnostic) != null)
        {
            yield return new KeyValuePair<string, string>(Key, "Use " + ConstantDisplay(diagnostic));
        }
    }

    internal override Replacement? GetReplacement(Diagnostic diagnostic, ExpressionSyntax node, string key) =>
        key == Key && IsStringLiteral(node) ? Replacement.Constant(diagnostic) : null;
}

/// <summary>
/// CDT012: write the normalised code ("d9996" → "D9996"); when a catalog knows it, a second fix writes the constant
/// straight away. Malformed literals that do not normalise ("D-Day") get no fix.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MalformedCodeFixer))]
public sealed class MalformedCodeFixer : CdtCodeFixProvider
{
    internal const string NormalizeKey = "CDT012.Normalize";
    internal const string ConstantKey = "CDT012.UseConstant";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(UsageRuleIds.MalformedCode);

    internal override IEnumerable<KeyValuePair<string, string>> GetFixes(Diagnostic diagnostic, ExpressionSyntax node)
    {
        if (!IsStringLiteral(node) || !diagnostic.Properties.TryGetValue(UsageProperties.Code, out string? code) || code == null)
        {
            yield break;
        }

        yield return new KeyValuePair<string, string>(NormalizeKey, "Change to \"" + code + "\"");
        if (Replacement.Constant(diagnostic) != null)
        {
            yield return new KeyValuePair<string, string>(ConstantKey, "Use " + ConstantDisplay(diagnostic));
        }
    }

    internal override Replacement? GetReplacement(Diagnostic diagnostic, ExpressionSyntax node, string key)
    {
        if (!IsStringLiteral(node) || !diagnostic.Properties.TryGetValue(UsageProperties.Code, out string? code) || code == null)
        {
            return null;
        }

        switch (key)
        {
            case NormalizeKey:
                return Replacement.Literal(code);
            case ConstantKey:
                return Replacement.Constant(diagnostic);
            default:
                return null;
        }
    }
}
