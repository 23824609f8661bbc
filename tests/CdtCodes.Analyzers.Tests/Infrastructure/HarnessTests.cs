using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Sdk;
using static CdtCodes.Tests.Infrastructure.AnalyzerHarness;

namespace CdtCodes.Tests.Infrastructure;

/// <summary>The harness must fail on a missing, extra or misplaced diagnostic, and on uncompilable test code.</summary>
public class HarnessTests
{
    private static readonly string[] Ids = [CdtRuleIds.AddOnWithoutProcedure];

    [Fact]
    public void Markup_parses_nested_and_default_markers()
    {
        var (source, expected) = Markup.Parse("a[|b{|CDT001:c|}|]d");
        Assert.Equal("abcd", source);
        Assert.Equal([new ExpectedDiagnostic("CDT001", new(2, 1)), new ExpectedDiagnostic(null, new(1, 2))], expected);
    }

    [Fact]
    public Task Passes_when_the_marker_is_right() =>
        VerifyAsync("using CdtCodes; using Dental; class C { object V = new CdtVisit { [|Cdt.D9996|] }; }", Ids);

    [Fact]
    public Task Fails_on_a_missing_marker() => Assert.ThrowsAsync<TrueException>(() =>
        VerifyAsync("using CdtCodes; using Dental; class C { object V = new CdtVisit { Cdt.D9996 }; }", Ids));

    [Fact]
    public Task Fails_on_an_extra_marker() => Assert.ThrowsAsync<TrueException>(() =>
        VerifyAsync("using CdtCodes; using Dental; class C { object V = new CdtVisit { Cdt.D0120, [|Cdt.D9996|] }; }", Ids));

    [Fact]
    public Task Fails_on_a_misplaced_marker() => Assert.ThrowsAsync<TrueException>(() =>
        VerifyAsync("using CdtCodes; using Dental; class C { object V = [|new CdtVisit { Cdt.D9996 }|]; }", Ids));

    [Fact]
    public Task Fails_on_code_that_does_not_compile() => Assert.ThrowsAsync<TrueException>(() =>
        VerifyAsync("class C { int X = ; }", Ids));

    [Fact]
    public Task Fails_when_an_analyzer_throws() => Assert.ThrowsAsync<TrueException>(() =>
        GetDiagnosticsAsync(CreateCompilation("class C { }"), analyzers: ImmutableArray.Create<DiagnosticAnalyzer>(new ThrowingAnalyzer())));

    // Test-only, never loaded by a compiler: the compiler-extension rules (RS1001/RS1036/RS1038/RS1041/RS2008) do not apply.
#pragma warning disable RS1001, RS1036, RS1038, RS1041, RS2008
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST001", "t", "t", "t", DiagnosticSeverity.Warning, true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(_ => throw new InvalidOperationException("boom"), SymbolKind.NamedType);
        }
    }
#pragma warning restore RS1001, RS1036, RS1038, RS1041, RS2008
}
