using System.Collections.Immutable;
using CdtCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using static CdtCodes.Tests.Infrastructure.AnalyzerHarness;

namespace CdtCodes.Tests;

/// <summary>Severity per rule from .editorconfig, #pragma suppression, and the analyzers' registration shape.</summary>
public class ConfigurationTests
{
    private const string Source = """
        using CdtCodes;
        using Dental;

        [EncounterContext(EncounterMode.Synchronous)]
        public static class Billing
        {
            public static CdtVisit Live() => new CdtVisit { Cdt.D0140, Cdt.D9996, new CdtClaimLine("D0120") };
        }
        """;

    [Theory]
    [InlineData("error", DiagnosticSeverity.Error)]
    [InlineData("suggestion", DiagnosticSeverity.Info)]
    [InlineData("none", null)]
    public async Task Severity_comes_from_editorconfig(string value, DiagnosticSeverity? expected)
    {
        var diagnostics = await RunInWorkspaceAsync(Source, $"root = true\n\n[*.cs]\ndotnet_diagnostic.CDT001.severity = {value}\n");
        var cdt001 = diagnostics.Where(d => d.Id == CdtRuleIds.EncounterModeMismatch).ToList();
        if (expected == null)
        {
            Assert.Empty(cdt001);
        }
        else
        {
            Assert.Equal(expected, Assert.Single(cdt001).Severity);
        }

        // Other rules keep their defaults.
        Assert.Equal(DiagnosticSeverity.Info, Assert.Single(diagnostics, d => d.Id == CdtRuleIds.RawLiteral).Severity);
    }

    [Fact]
    public async Task Category_wide_severity_from_editorconfig()
    {
        var diagnostics = await RunInWorkspaceAsync(Source, "root = true\n\n[*.cs]\ndotnet_analyzer_diagnostic.category-CdtCodes.Usage.severity = error\n");
        Assert.All(diagnostics.Where(d => d.Id.StartsWith("CDT0", StringComparison.Ordinal)), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains(diagnostics, d => d.Id == CdtRuleIds.RawLiteral);
    }

    [Fact]
    public async Task Target_edition_from_a_global_analyzer_config()
    {
        var diagnostics = await RunInWorkspaceAsync(
            "using Dental;\npublic static class C { public static string[] Codes => [Cdt.D0801, Cdt.D2941]; }",
            "is_global = true\nbuild_property.CdtCodesTargetEdition = 2022\n",
            "/src/TestProject.globalconfig");
        Assert.Equal([CdtRuleIds.NotYetAddedCode], diagnostics.Select(d => d.Id));
    }

    [Fact]
    public async Task Pragma_suppresses()
    {
        var source = Source.Replace("    public static CdtVisit Live()", "#pragma warning disable CDT001\n    public static CdtVisit Live()");
        var diagnostics = await GetDiagnosticsAsync(CreateCompilation(source));
        Assert.DoesNotContain(diagnostics, d => d.Id == CdtRuleIds.EncounterModeMismatch && !d.IsSuppressed);
        Assert.Contains(diagnostics, d => d.Id == CdtRuleIds.RawLiteral);
    }

    [Fact]
    public async Task Registers_compilation_start_and_operation_actions_only()
    {
        var compilation = CreateCompilation(Source);
        var withAnalyzers = compilation.WithAnalyzers(
            AllAnalyzers,
            new CompilationWithAnalyzersOptions(TestOptionsProvider.Create(), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
        await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        foreach (var analyzer in AllAnalyzers)
        {
            var telemetry = await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None);
            Assert.Equal(1, telemetry.CompilationStartActionsCount);
            Assert.True(telemetry.OperationActionsCount >= 1, analyzer.GetType().Name);
            Assert.Equal(0, telemetry.SyntaxTreeActionsCount);
            Assert.Equal(0, telemetry.SemanticModelActionsCount);
            Assert.Equal(0, telemetry.SyntaxNodeActionsCount);
            Assert.Equal(0, telemetry.CompilationActionsCount);
            Assert.Equal(0, telemetry.CompilationEndActionsCount);
        }
    }

    [Fact]
    public async Task Registers_nothing_per_operation_without_the_runtime_library()
    {
        var compilation = CreateCompilation("class C { string S = \"D0120\"; }", CatalogMode.None, referenceRuntime: false);
        var withAnalyzers = compilation.WithAnalyzers(
            AllAnalyzers,
            new CompilationWithAnalyzersOptions(TestOptionsProvider.Create(), null, concurrentAnalysis: true, logAnalyzerExecutionTime: true));
        await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        foreach (var analyzer in AllAnalyzers)
        {
            Assert.Equal(0, (await withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None)).OperationActionsCount);
        }
    }

    private static async Task<ImmutableArray<Diagnostic>> RunInWorkspaceAsync(string source, string editorConfig, string configPath = "/src/.editorconfig")
    {
        using var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(ProjectInfo.Create(
                projectId,
                VersionStamp.Default,
                "TestProject",
                "TestProject",
                LanguageNames.CSharp,
                filePath: "/src/TestProject.csproj",
                compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
                parseOptions: TestCatalog.ParseOptions,
                metadataReferences: TestCatalog.FrameworkReferences.Append(TestCatalog.RuntimeLibrary).Append(TestCatalog.Reference(CatalogOptions.Default))))
            .AddDocument(DocumentId.CreateNewId(projectId), "Test0.cs", SourceText.From(source), filePath: TestPath)
            .AddAnalyzerConfigDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(configPath), SourceText.From(editorConfig), filePath: configPath);
        var project = solution.GetProject(projectId)!;
        var compilation = (await project.GetCompilationAsync())!;
        return await GetDiagnosticsAsync(compilation, options: project.AnalyzerOptions);
    }
}
