using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CdtCodes.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdtCodes.CodeFixes;

/// <summary>What a fix writes in place of the flagged expression.</summary>
internal sealed class Replacement
{
    private Replacement(string code, bool asConstant, ImmutableDictionary<string, string?> properties)
    {
        Code = code;
        AsConstant = asConstant;
        Properties = properties;
    }

    public string Code { get; }

    /// <summary>Write the generated constant (else a string literal).</summary>
    public bool AsConstant { get; }

    public ImmutableDictionary<string, string?> Properties { get; }

    public static Replacement Literal(string code) =>
        new Replacement(code, false, ImmutableDictionary<string, string?>.Empty);

    /// <summary>The constant named by the diagnostic's properties, or null when the analyzer found none.</summary>
    public static Replacement? Constant(Diagnostic diagnostic)
    {
        return diagnostic.Properties.TryGetValue(UsageProperties.Code, out string? code) && code != null
            && diagnostic.Properties.TryGetValue(UsageProperties.ConstantType, out string? type) && type != null
            && diagnostic.Properties.TryGetValue(UsageProperties.ConstantName, out string? name) && name != null
            ? new Replacement(code, true, diagnostic.Properties)
            : null;
    }
}

/// <summary>
/// Shared machinery: one pass over a document for one fix or for Fix All (FixAllProvider.Create), so that a
/// <c>using</c> directive the constants need is added once, whatever the number of findings.
/// </summary>
public abstract class CdtCodeFixProvider : CodeFixProvider
{
    /// <inheritdoc />
    public sealed override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllAsync);

    /// <inheritdoc />
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root == null)
        {
            return;
        }

        foreach (Diagnostic diagnostic in context.Diagnostics)
        {
            ExpressionSyntax? node = FindExpression(root, diagnostic);
            if (node == null)
            {
                continue;
            }

            foreach (KeyValuePair<string, string> fix in GetFixes(diagnostic, node))
            {
                string key = fix.Key;
                context.RegisterCodeFix(
                    CodeAction.Create(fix.Value, ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), key, ct), key),
                    diagnostic);
            }
        }
    }

    /// <summary>The fixes offered for one finding: equivalence key → title.</summary>
    internal abstract IEnumerable<KeyValuePair<string, string>> GetFixes(Diagnostic diagnostic, ExpressionSyntax node);

    /// <summary>What the fix with <paramref name="key"/> writes for one finding, or null to leave it.</summary>
    internal abstract Replacement? GetReplacement(Diagnostic diagnostic, ExpressionSyntax node, string key);

    internal static bool IsStringLiteral(ExpressionSyntax node) => node is LiteralExpressionSyntax;

    internal static string ConstantDisplay(Diagnostic diagnostic)
    {
        diagnostic.Properties.TryGetValue(UsageProperties.ConstantTypeName, out string? type);
        diagnostic.Properties.TryGetValue(UsageProperties.ConstantName, out string? name);
        return (type ?? "Cdt") + "." + name;
    }

    private static ExpressionSyntax? FindExpression(SyntaxNode root, Diagnostic diagnostic)
    {
        if (!diagnostic.Location.IsInSource || !root.FullSpan.Contains(diagnostic.Location.SourceSpan))
        {
            return null;
        }

        SyntaxNode node = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (node is ArgumentSyntax argument)
        {
            node = argument.Expression;
        }

        return node is ExpressionSyntax expression && expression.Span == diagnostic.Location.SourceSpan ? expression : null;
    }

    private async Task<Document?> FixAllAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics) =>
        await FixAsync(document, diagnostics, context.CodeActionEquivalenceKey ?? string.Empty, context.CancellationToken).ConfigureAwait(false);

    private async Task<Document> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string key, CancellationToken cancellationToken)
    {
        SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root == null || model == null)
        {
            return document;
        }

        var writer = new ConstantWriter(root, model);
        var replacements = new Dictionary<SyntaxNode, SyntaxNode>();
        foreach (Diagnostic diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            ExpressionSyntax? node = FindExpression(root, diagnostic);
            if (node == null || replacements.ContainsKey(node))
            {
                continue;
            }

            Replacement? replacement = GetReplacement(diagnostic, node, key);
            SyntaxNode? written = replacement == null ? null : writer.Write(node, replacement);
            if (written != null)
            {
                replacements.Add(node, written);
            }
        }

        if (replacements.Count == 0)
        {
            return document;
        }

        SyntaxNode newRoot = root.ReplaceNodes(replacements.Keys, (original, _) => replacements[original]);
        return document.WithSyntaxRoot(writer.AddUsings(newRoot));
    }
}
