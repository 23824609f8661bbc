using System.Collections.Generic;
using System.Collections.Immutable;
using CdtCodes.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdtCodes.CodeFixes;

/// <summary>
/// Swaps a code for the one the diagnostic names (property <c>Code</c>): a literal stays a literal, a constant
/// becomes the other constant (same class, so the user's qualification is kept).
/// </summary>
public abstract class ReplaceCodeFixer : CdtCodeFixProvider
{
    private protected abstract string EquivalenceKey { get; }

    internal override IEnumerable<KeyValuePair<string, string>> GetFixes(Diagnostic diagnostic, ExpressionSyntax node)
    {
        if (!diagnostic.Properties.TryGetValue(UsageProperties.Code, out string? code) || code == null)
        {
            yield break;
        }

        if (IsStringLiteral(node))
        {
            yield return new KeyValuePair<string, string>(EquivalenceKey, "Use \"" + code + "\" instead");
        }
        else if (Replacement.Constant(diagnostic) != null)
        {
            yield return new KeyValuePair<string, string>(EquivalenceKey, "Use " + ConstantDisplay(diagnostic) + " instead");
        }
    }

    internal override Replacement? GetReplacement(Diagnostic diagnostic, ExpressionSyntax node, string key)
    {
        if (key != EquivalenceKey || !diagnostic.Properties.TryGetValue(UsageProperties.Code, out string? code) || code == null)
        {
            return null;
        }

        return IsStringLiteral(node) ? Replacement.Literal(code) : Replacement.Constant(diagnostic);
    }
}

/// <summary>CDT001: use the code the definition names for the context's encounter mode (e.g. D9996 → D9995).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(EncounterModeFixer))]
public sealed class EncounterModeFixer : ReplaceCodeFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(UsageRuleIds.EncounterModeMismatch);

    private protected override string EquivalenceKey => "CDT001.UseInstead";
}

/// <summary>CDT004: use the single replacement of a deleted code (e.g. D2941 → D2940).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeletedCodeFixer))]
public sealed class DeletedCodeFixer : ReplaceCodeFixer
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(UsageRuleIds.DeletedCode);

    private protected override string EquivalenceKey => "CDT004.UseReplacement";
}
