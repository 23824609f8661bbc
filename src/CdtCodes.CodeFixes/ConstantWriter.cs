using System;
using System.Collections.Generic;
using System.Linq;
using CdtCodes.Generator.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdtCodes.CodeFixes;

/// <summary>
/// Writes a code as a literal or as its generated constant. A constant is written <c>Cdt.D0120</c> when that already
/// binds to it where it goes; else <c>Cdt.D0120</c> plus a <c>using</c> for the catalog's namespace when nothing named
/// <c>Cdt</c> is in scope there; else fully qualified (<c>global::Ns.Cdt.D0120</c>).
/// </summary>
internal sealed class ConstantWriter
{
    private readonly SyntaxNode root;
    private readonly SemanticModel model;
    private readonly SortedSet<string> usings = new SortedSet<string>(StringComparer.Ordinal);
    private readonly Dictionary<string, string> importedTypeNames = new Dictionary<string, string>(StringComparer.Ordinal);
    private readonly HashSet<int> namespaceHolders = new HashSet<int>();
    private bool needsTopLevelUsing;

    public ConstantWriter(SyntaxNode root, SemanticModel model)
    {
        this.root = root;
        this.model = model;
    }

    public SyntaxNode? Write(ExpressionSyntax node, Replacement replacement)
    {
        if (!replacement.AsConstant)
        {
            return SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(replacement.Code))
                .WithTriviaFrom(node);
        }

        string type = replacement.Properties[UsageProperties.ConstantType]!;
        string name = replacement.Properties[UsageProperties.ConstantName]!;
        replacement.Properties.TryGetValue(UsageProperties.ConstantNamespace, out string? ns);
        replacement.Properties.TryGetValue(UsageProperties.ConstantTypeName, out string? typeName);

        // A reference to a constant of the same class keeps the user's qualification; only the name changes.
        if (model.GetSymbolInfo(node).Symbol is IFieldSymbol field
            && field.ContainingType != null
            && field.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == type)
        {
            SyntaxToken identifier = SyntaxFactory.Identifier(name);
            switch (node)
            {
                case MemberAccessExpressionSyntax memberAccess:
                    return memberAccess.WithName(SyntaxFactory.IdentifierName(identifier.WithTriviaFrom(memberAccess.Name.Identifier)));
                case IdentifierNameSyntax identifierName:
                    return identifierName.WithIdentifier(identifier.WithTriviaFrom(identifierName.Identifier));
            }
        }

        string text;
        if (!string.IsNullOrEmpty(typeName) && Binds(node.SpanStart, typeName + "." + name, type))
        {
            text = typeName + "." + name;
        }
        else if (!string.IsNullOrEmpty(typeName) && !string.IsNullOrEmpty(ns) && CanImport(node.SpanStart, typeName!, ns!))
        {
            usings.Add(ns!);
            NoteWhereTheUsingGoes(node);
            text = typeName + "." + name;
        }
        else
        {
            text = type + "." + name;
        }

        return SyntaxFactory.ParseExpression(text).WithTriviaFrom(node);
    }

    /// <summary>Adds the using directives the written constants rely on.</summary>
    public SyntaxNode AddUsings(SyntaxNode newRoot)
    {
        if (usings.Count == 0 || !(newRoot is CompilationUnitSyntax unit))
        {
            return newRoot;
        }

        string eol = DetectEndOfLine(newRoot);
        foreach (string ns in usings)
        {
            unit = AddUsing(unit, ns, eol);
        }

        return unit;
    }

    private bool Binds(int position, string text, string expectedType)
    {
        ExpressionSyntax candidate = SyntaxFactory.ParseExpression(text);
        ISymbol? symbol = model.GetSpeculativeSymbolInfo(position, candidate, SpeculativeBindingOption.BindAsExpression).Symbol;
        return symbol is IFieldSymbol field
            && field.ContainingType != null
            && field.ContainingType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == expectedType;
    }

    private bool CanImport(int position, string typeName, string ns)
    {
        // Nothing named like the class may be in scope (it would hide or clash with the imported one), and an
        // existing using for the namespace that still does not bind means an ambiguity a new using cannot fix.
        int dot = typeName.IndexOf('.');
        string first = dot < 0 ? typeName : typeName.Substring(0, dot);
        if (importedTypeNames.TryGetValue(first, out string? planned))
        {
            // Two catalogs' "Cdt" imported into one file would be ambiguous.
            return planned == ns;
        }

        if (model.LookupSymbols(position, name: first).Length != 0 || model.LookupNamespacesAndTypes(position, name: first).Length != 0)
        {
            return false;
        }

        bool alreadyImported = root is CompilationUnitSyntax unit
            && unit.DescendantNodes(n => !(n is MemberDeclarationSyntax) || n is BaseNamespaceDeclarationSyntax)
                .OfType<UsingDirectiveSyntax>()
                .Any(u => u.Alias == null && u.StaticKeyword.IsKind(SyntaxKind.None) && u.Name?.ToString() == ns);
        if (alreadyImported)
        {
            return false;
        }

        importedTypeNames.Add(first, ns);
        return true;
    }

    private CompilationUnitSyntax AddUsing(CompilationUnitSyntax unit, string ns, string eol)
    {
        // Usings inside a top-level namespace (and none at the top) stay there when every new reference is inside it.
        if (unit.Usings.Count == 0 && !needsTopLevelUsing && namespaceHolders.Count == 1)
        {
            int index = namespaceHolders.First();
            if (index < unit.Members.Count && unit.Members[index] is BaseNamespaceDeclarationSyntax holder)
            {
                return unit.ReplaceNode(holder, holder.WithUsings(Insert(holder.Usings, ns, eol)));
            }
        }

        if (unit.Usings.Count > 0)
        {
            return unit.WithUsings(Insert(unit.Usings, ns, eol));
        }

        // No usings at all: the directive goes first, takes over the file's leading trivia (header comments), and
        // a blank line separates it from what follows.
        SyntaxToken first = unit.GetFirstToken(includeZeroWidth: true);
        UsingDirectiveSyntax directive = CreateUsing(ns, eol).WithLeadingTrivia(first.LeadingTrivia);
        CompilationUnitSyntax stripped = unit.ReplaceToken(first, first.WithLeadingTrivia(SyntaxFactory.EndOfLine(eol)));
        return stripped.WithUsings(SyntaxFactory.SingletonList(directive));
    }

    private void NoteWhereTheUsingGoes(SyntaxNode node)
    {
        BaseNamespaceDeclarationSyntax? outer = node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().LastOrDefault();
        if (outer?.Parent is CompilationUnitSyntax unit && outer.Usings.Count > 0)
        {
            namespaceHolders.Add(unit.Members.IndexOf(outer));
        }
        else
        {
            needsTopLevelUsing = true;
        }
    }

    private static SyntaxList<UsingDirectiveSyntax> Insert(SyntaxList<UsingDirectiveSyntax> list, string ns, string eol)
    {
        int index = list.Count;
        for (int i = 0; i < list.Count; i++)
        {
            UsingDirectiveSyntax existing = list[i];
            bool plain = existing.Alias == null && existing.StaticKeyword.IsKind(SyntaxKind.None) && existing.GlobalKeyword.IsKind(SyntaxKind.None);
            if (!plain || Compare(existing.Name?.ToString() ?? string.Empty, ns) > 0)
            {
                index = i;
                break;
            }
        }

        SyntaxTriviaList indentation = IndentationOf(list[Math.Min(index, list.Count - 1)]);
        UsingDirectiveSyntax directive = CreateUsing(ns, eol).WithLeadingTrivia(indentation);
        if (index == 0)
        {
            // The first directive carries the file header: hand it to the new first directive.
            UsingDirectiveSyntax firstExisting = list[0];
            directive = directive.WithLeadingTrivia(firstExisting.GetLeadingTrivia());
            list = list.Replace(firstExisting, firstExisting.WithLeadingTrivia(indentation));
        }

        return list.Insert(index, directive);
    }

    private static UsingDirectiveSyntax CreateUsing(string ns, string eol) =>
        SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ns))
            .NormalizeWhitespace()
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(eol));

    private static SyntaxTriviaList IndentationOf(UsingDirectiveSyntax directive)
    {
        SyntaxTriviaList leading = directive.GetLeadingTrivia();
        return leading.Count > 0 && leading[leading.Count - 1].IsKind(SyntaxKind.WhitespaceTrivia)
            ? SyntaxFactory.TriviaList(leading[leading.Count - 1])
            : SyntaxFactory.TriviaList();
    }

    /// <summary>System namespaces first, then ordinal order (the repository's using style).</summary>
    private static int Compare(string a, string b)
    {
        bool systemA = a == "System" || a.StartsWith("System.", StringComparison.Ordinal);
        bool systemB = b == "System" || b.StartsWith("System.", StringComparison.Ordinal);
        if (systemA != systemB)
        {
            return systemA ? -1 : 1;
        }

        return string.CompareOrdinal(a, b);
    }

    private static string DetectEndOfLine(SyntaxNode node)
    {
        foreach (SyntaxTrivia trivia in node.DescendantTrivia())
        {
            if (trivia.IsKind(SyntaxKind.EndOfLineTrivia))
            {
                return trivia.ToString();
            }
        }

        return "\n";
    }
}
