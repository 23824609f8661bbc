using System.Reflection;
using System.Text.RegularExpressions;
using CdtCodes.CodeFixes;
using CdtCodes.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CdtCodes.Tests;

/// <summary>IDs in one place, help links that lead to a page, release tracking, shared texts, fixers wired up.</summary>
public class DescriptorTests
{
    private static readonly IReadOnlyList<DiagnosticDescriptor> Descriptors = AnalyzerHarness.AllAnalyzers
        .SelectMany(a => a.SupportedDiagnostics)
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToList();

    private static readonly IReadOnlyList<string> RuleIds = typeof(CdtRuleIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .OrderBy(id => id, StringComparer.Ordinal)
        .ToList();

    public static TheoryData<string> Ids() => new(typeof(CdtRuleIds).GetFields().Select(f => (string)f.GetRawConstantValue()!));

    [Fact]
    public void Every_rule_id_has_exactly_one_descriptor()
    {
        Assert.Equal(11, RuleIds.Count);
        Assert.Equal(RuleIds, Descriptors.Select(d => d.Id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Help_link_points_at_an_existing_rule_page(string id)
    {
        var descriptor = Descriptors.Single(d => d.Id == id);
        Assert.Equal($"https://github.com/cdtcodes/CdtCodes/blob/main/docs/rules/{id}.md", descriptor.HelpLinkUri);

        var relative = new Uri(descriptor.HelpLinkUri).AbsolutePath.Split("/blob/main/", 2)[1];
        var page = Path.Combine(RepositoryPaths.Root, relative);
        Assert.True(File.Exists(page), "Missing rule page " + relative);

        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + id + ": " + descriptor.Title, text, StringComparison.Ordinal);
        foreach (var section in new[] { "## What it catches", "## Why", "## Example", "## How to fix", "## Configure or suppress" })
        {
            Assert.Contains(section, text, StringComparison.Ordinal);
        }

        Assert.Contains($"dotnet_diagnostic.{id}.severity", text, StringComparison.Ordinal);
        Assert.Contains($"{descriptor.DefaultSeverity.ToString().ToLowerInvariant()}", text.ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_page_without_a_rule()
    {
        var pages = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs", "rules"), "CDT0*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .OrderBy(p => p, StringComparer.Ordinal);
        Assert.Equal(RuleIds, pages);
    }

    [Fact]
    public void Descriptors_match_the_release_tracking_file()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "src", "CdtCodes.Generator", "AnalyzerReleases.Unshipped.md"))
            .Select(line => Regex.Match(line, @"^(CDT0\d\d)\s*\|\s*([^|]+?)\s*\|\s*([^|]+?)\s*\|"))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => (Category: m.Groups[2].Value, Severity: m.Groups[3].Value));
        Assert.Equal(RuleIds, rows.Keys.OrderBy(k => k, StringComparer.Ordinal));
        foreach (var descriptor in Descriptors)
        {
            Assert.Equal("CdtCodes.Usage", descriptor.Category);
            Assert.Equal(rows[descriptor.Id].Category, descriptor.Category);
            Assert.Equal(rows[descriptor.Id].Severity, descriptor.DefaultSeverity.ToString());
            Assert.True(descriptor.IsEnabledByDefault);
        }
    }

    [Fact]
    public void Titles_and_messages_are_the_runtime_validator_texts()
    {
        var text = typeof(CdtVisit).Assembly.GetType("CdtCodes.Internal.CdtRuleText", throwOnError: true)!;
        foreach (var descriptor in Descriptors)
        {
            Assert.Equal(text.GetField(descriptor.Id + "Title")!.GetRawConstantValue(), descriptor.Title.ToString());
            Assert.Equal(text.GetField(descriptor.Id + "Message")!.GetRawConstantValue(), descriptor.MessageFormat.ToString());
        }
    }

    [Fact]
    public void Severities_are_the_design_table_defaults()
    {
        foreach (var descriptor in Descriptors)
        {
            var expected = descriptor.Id == CdtRuleIds.RawLiteral ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
            Assert.Equal(expected, descriptor.DefaultSeverity);
        }
    }

    [Fact]
    public void Fixers_cover_CDT001_CDT004_CDT010_CDT012_with_fix_all()
    {
        CodeFixProvider[] fixers = [new EncounterModeFixer(), new DeletedCodeFixer(), new RawLiteralFixer(), new MalformedCodeFixer()];
        Assert.Equal(
            [CdtRuleIds.EncounterModeMismatch, CdtRuleIds.DeletedCode, CdtRuleIds.RawLiteral, CdtRuleIds.MalformedCode],
            fixers.SelectMany(f => f.FixableDiagnosticIds));
        foreach (var fixer in fixers)
        {
            var export = fixer.GetType().GetCustomAttribute<ExportCodeFixProviderAttribute>();
            Assert.NotNull(export);
            Assert.Contains(LanguageNames.CSharp, export.Languages);
            var fixAll = fixer.GetFixAllProvider();
            Assert.NotNull(fixAll);
            Assert.Contains(FixAllScope.Document, fixAll.GetSupportedFixAllScopes());
            Assert.Contains(FixAllScope.Solution, fixAll.GetSupportedFixAllScopes());
        }

        // Every exported fixer in the assembly is one of these.
        var exported = typeof(EncounterModeFixer).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<ExportCodeFixProviderAttribute>() != null)
            .Select(t => t.Name)
            .OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(fixers.Select(f => f.GetType().Name).OrderBy(n => n, StringComparer.Ordinal), exported);
    }
}
