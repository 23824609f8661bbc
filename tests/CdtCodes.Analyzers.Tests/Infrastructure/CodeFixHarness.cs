using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CdtCodes.Tests.Infrastructure;

/// <summary>
/// Runs a code fix the way an IDE does, in an AdhocWorkspace: analyzer diagnostics → CodeFixContext → CodeAction →
/// ApplyChangesOperation; Fix All through the provider's GetFixAllProvider() with a FixAllContext (document scope)
/// and a diagnostic provider that hands back the analyzer's findings. The fixed project must compile.
/// </summary>
public static class CodeFixHarness
{
    public static async Task VerifyAsync(
        string before,
        string after,
        CodeFixProvider fixer,
        CatalogMode mode = CatalogMode.Source,
        string? equivalenceKey = null,
        bool fixAll = false,
        CatalogOptions? catalog = null,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        IEnumerable<MetadataReference>? extraReferences = null)
    {
        using var workspace = new AdhocWorkspace();
        var (document, diagnostics) = await PrepareAsync(workspace, before, fixer, mode, catalog, globalOptions, extraReferences);
        Assert.True(diagnostics.Length > 0, "No diagnostic to fix.");

        CodeAction action;
        if (fixAll)
        {
            string key = equivalenceKey ?? (await RegisteredActionsAsync(fixer, document, diagnostics[0]))[0].EquivalenceKey!;
            var context = new FixAllContext(
                document,
                fixer,
                FixAllScope.Document,
                key,
                fixer.FixableDiagnosticIds,
                new FixedDiagnosticProvider(diagnostics),
                CancellationToken.None);
            FixAllProvider provider = fixer.GetFixAllProvider()!;
            Assert.Contains(FixAllScope.Document, provider.GetSupportedFixAllScopes());
            action = (await provider.GetFixAsync(context))!;
            Assert.NotNull(action);
        }
        else
        {
            var actions = await RegisteredActionsAsync(fixer, document, diagnostics[0]);
            Assert.NotEmpty(actions);
            action = equivalenceKey == null ? actions[0] : actions.Single(a => a.EquivalenceKey == equivalenceKey);
        }

        var operations = await action.GetOperationsAsync(CancellationToken.None);
        Solution changed = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        Document fixedDocument = changed.GetDocument(document.Id)!;
        Assert.Equal(after, (await fixedDocument.GetTextAsync()).ToString());

        var compilation = (await fixedDocument.Project.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The fixed code does not compile:\n" + string.Join("\n", errors));
    }

    /// <summary>The fixer registers nothing for any of the diagnostics it claims.</summary>
    public static async Task VerifyNoFixAsync(string source, CodeFixProvider fixer, CatalogMode mode = CatalogMode.Source, CatalogOptions? catalog = null)
    {
        using var workspace = new AdhocWorkspace();
        var (document, diagnostics) = await PrepareAsync(workspace, source, fixer, mode, catalog, null);
        Assert.True(diagnostics.Length > 0, "No diagnostic to look at.");
        foreach (var diagnostic in diagnostics)
        {
            Assert.Empty(await RegisteredActionsAsync(fixer, document, diagnostic));
        }
    }

    /// <summary>The titles of the fixes offered for the first diagnostic.</summary>
    public static async Task<IReadOnlyList<string>> TitlesAsync(string source, CodeFixProvider fixer, CatalogMode mode = CatalogMode.Source)
    {
        using var workspace = new AdhocWorkspace();
        var (document, diagnostics) = await PrepareAsync(workspace, source, fixer, mode, null, null);
        return (await RegisteredActionsAsync(fixer, document, diagnostics[0])).Select(a => a.Title).ToList();
    }

    private static async Task<(Document Document, ImmutableArray<Diagnostic> Diagnostics)> PrepareAsync(
        AdhocWorkspace workspace,
        string source,
        CodeFixProvider fixer,
        CatalogMode mode,
        CatalogOptions? catalog,
        IReadOnlyDictionary<string, string>? globalOptions,
        IEnumerable<MetadataReference>? extraReferences = null)
    {
        catalog ??= CatalogOptions.Default;
        var references = new List<MetadataReference>(TestCatalog.FrameworkReferences) { TestCatalog.RuntimeLibrary };
        references.AddRange(extraReferences ?? []);
        if (mode == CatalogMode.Reference)
        {
            references.Add(TestCatalog.Reference(catalog));
        }

        var projectId = ProjectId.CreateNewId();
        var documentId = DocumentId.CreateNewId(projectId);
        Solution solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                "TestProject",
                "TestProject",
                LanguageNames.CSharp,
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
                parseOptions: TestCatalog.ParseOptions,
                metadataReferences: references))
            .AddDocument(documentId, "Test0.cs", SourceText.From(source), filePath: AnalyzerHarness.TestPath);
        if (mode == CatalogMode.Source)
        {
            solution = solution.AddDocument(
                DocumentId.CreateNewId(projectId), "Cdt.g.cs", SourceText.From(TestCatalog.Source(catalog, isPublic: false)), filePath: "/src/obj/Cdt.g.cs");
        }

        Assert.True(workspace.TryApplyChanges(solution));
        Document document = workspace.CurrentSolution.GetDocument(documentId)!;
        var compilation = (await document.Project.GetCompilationAsync())!;
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The test source does not compile:\n" + string.Join("\n", errors));

        var all = await AnalyzerHarness.GetDiagnosticsAsync(compilation, globalOptions);
        var tree = await document.GetSyntaxTreeAsync();
        var diagnostics = all
            .Where(d => fixer.FixableDiagnosticIds.Contains(d.Id) && d.Location.SourceTree == tree)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
        return (document, diagnostics);
    }

    private static async Task<List<CodeAction>> RegisteredActionsAsync(CodeFixProvider fixer, Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await fixer.RegisterCodeFixesAsync(context);
        return actions;
    }

    private sealed class FixedDiagnosticProvider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
        {
            var tree = await document.GetSyntaxTreeAsync(cancellationToken);
            return diagnostics.Where(d => d.Location.SourceTree == tree);
        }

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>([]);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
