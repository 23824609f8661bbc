using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using CdtCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdtCodes.Generator.Tests;

/// <summary>
/// The analyzer (compile time) and the validator (run time) judge the same visit the same way: one catalog generated
/// from the shipped starter set, each case written once as C# for the analyzer and once as a CdtVisit for the
/// validator, and the rule IDs compared. The visit-wide rules and the edition rules are the ones both sides apply to
/// a bare procedure set (the claim-line shape rules need tooth/area arguments the analyzer only sees in marked calls).
/// </summary>
public sealed class RuleParityTests : IClassFixture<RuleParityTests.StarterCatalog>
{
    private static readonly string[] SharedRules = { "CDT001", "CDT002", "CDT003", "CDT004", "CDT005", "CDT006" };

    private readonly StarterCatalog _catalog;

    public RuleParityTests(StarterCatalog catalog) => _catalog = catalog;

    public static TheoryData<string, int, string, string> Cases => new()
    {
        // mode, year of service, codes, the rules both must report (sorted, comma-separated; "" for none)
        { "Synchronous", 2025, "D0140 D9996", "CDT001" },
        { "Asynchronous", 2025, "D0140 D9995", "CDT001" },
        { "InPerson", 2025, "D0140 D9995", "CDT001" },
        { "Synchronous", 2025, "D0140 D9995", "" },
        { "Asynchronous", 2025, "D0140 D9996", "" },
        { "Synchronous", 2025, "D9995", "CDT002" },
        { "Unspecified", 2025, "D0230", "CDT002" },
        { "Unspecified", 2025, "D0220 D0230", "" },
        { "Unspecified", 2025, "D0220 D0220 D0230", "CDT003" },
        { "Unspecified", 2025, "D4355 D0150", "CDT006" },
        { "Unspecified", 2022, "D4355 D0150", "" },
        { "Unspecified", 2025, "D0140 D2941", "CDT004" },
        { "Unspecified", 2024, "D0140 D2941", "" },
        { "Unspecified", 2025, "D0140 D2940", "" },
        { "Unspecified", 2022, "D0140 D0801", "CDT005" },
        { "Unspecified", 2023, "D0140 D0801", "" },
        { "Unspecified", 2023, "D0140 D0351", "CDT004" },
        { "Synchronous", 2022, "D9996 D0801", "CDT001,CDT005" },
        { "Asynchronous", 2017, "D9996 D9995", "CDT001,CDT002,CDT005" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Analyzer_and_validator_report_the_same_rules(string mode, int year, string codes, string expected)
    {
        string[] list = codes.Split(' ');

        var analyzer = _catalog.AnalyzerRuleIds(mode, year, list);
        var validator = _catalog.ValidatorRuleIds(mode, year, list);

        Assert.Equal(expected, string.Join(",", validator));
        Assert.Equal(expected, string.Join(",", analyzer));
    }

    /// <summary>The starter set generated once, loaded for the validator and kept as a compilation for the analyzer.</summary>
    public sealed class StarterCatalog : IDisposable
    {
        private readonly ImmutableArray<AdditionalText> _files;
        private readonly LoadedCatalog _loaded;
        private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;

        public StarterCatalog()
        {
            string folder = Path.Combine(TestPaths.RepositoryDefinitions, "starter");
            _files = Directory.GetFiles(folder, "*.cdt.json")
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (AdditionalText)new InMemoryAdditionalText(p, File.ReadAllText(p)))
                .ToImmutableArray();
            var run = GeneratorHarness.Run(_files, GeneratorHarness.Options());
            Assert.Empty(run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
            _loaded = LoadedCatalog.Load(run);
            _analyzers = typeof(CdtCodesGenerator).Assembly.GetTypes()
                .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() != null)
                .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
                .ToImmutableArray();
            Assert.NotEmpty(_analyzers);
        }

        public IReadOnlyList<string> ValidatorRuleIds(string mode, int year, string[] codes)
        {
            var visit = new CdtVisit(new DateTime(year, 6, 15), Enum.Parse<EncounterMode>(mode));
            foreach (string code in codes)
            {
                visit.Add(code);
            }

            return Shared(_loaded.Codes.Validator.Validate(visit).Findings.Select(f => f.RuleId));
        }

        public IReadOnlyList<string> AnalyzerRuleIds(string mode, int year, string[] codes)
        {
            string source = $$"""
                namespace TestProject
                {
                    internal static class Case
                    {
                        internal static global::CdtCodes.CdtVisit Visit() =>
                            new global::CdtCodes.CdtVisit(global::CdtCodes.EncounterMode.{{mode}}) { {{string.Join(", ", codes.Select(c => "Cdt." + c))}} };
                    }
                }
                """;

            // The edition in force is the project's target edition, as the validator's is the date of service's.
            var options = GeneratorHarness.Options(edition: year.ToString(CultureInfo.InvariantCulture));
            var compilation = GeneratorHarness.CreateCompilation(source: source);
            var run = GeneratorHarness.Run(_files, options, compilation: compilation);
            var withAnalyzers = run.Output.WithAnalyzers(
                _analyzers,
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty, options));
            var diagnostics = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();

            // Deleted constants carry [Obsolete(DiagnosticId = "CDT004")] on net8.0, so the compiler reports that one.
            return Shared(diagnostics
                .Where(d => d.Location.SourceTree?.FilePath == "Program.cs")
                .Select(d => d.Id));
        }

        public void Dispose() => _loaded.Dispose();

        private static IReadOnlyList<string> Shared(IEnumerable<string> ids) =>
            ids.Where(id => SharedRules.Contains(id)).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
