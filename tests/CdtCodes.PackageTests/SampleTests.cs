using System.Text.Json;
using System.Text.RegularExpressions;

namespace CdtCodes.PackageTests;

/// <summary>
/// samples/ClaimsPrep consumes the repository through ProjectReference (generator as OutputItemType="Analyzer"), so it
/// is the proof of that path: same compiler-extension DLLs as the package, the marked demo warnings, a working run.
/// It is built into the fixture's artifacts folder with the pack's properties, so nothing is rebuilt and the work
/// tree's bin/obj are left alone.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class SampleTests(PackageFixture fixture)
{
    private static readonly object Gate = new();
    private static CommandResult? s_build;

    private string SampleProject => Path.Combine(fixture.RepoRoot, "samples", "ClaimsPrep", "ClaimsPrep.csproj");

    [Fact]
    public void ProjectReference_consumers_get_the_same_compiler_extensions_as_the_package()
    {
        Assert.Equal(0, BuildSample().ExitCode);

        var items = DotNet.Run(fixture.RepoRoot, TimeSpan.FromMinutes(2),
            "msbuild", SampleProject, "-t:ResolveProjectReferences", "-p:BuildProjectReferences=false",
            "-p:Configuration=Release", "-p:ArtifactsPath=" + fixture.Artifacts, "-p:Version=" + fixture.Version,
            "-p:ContinuousIntegrationBuild=true", "-getItem:Analyzer", "-nodeReuse:false");
        Assert.True(items.ExitCode == 0, items.ToString());

        var json = JsonDocument.Parse(items.Output[items.Output.IndexOf('{')..]);
        var fromProjects = json.RootElement.GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
            .Select(i => i.GetProperty("FullPath").GetString()!)
            .Where(p => !p.Contains("/dotnet/sdk/", StringComparison.Ordinal) && !p.Contains("\\dotnet\\sdk\\", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);

        var inPackage = PackageFixture.ContentEntries(fixture.PackagePath)
            .Where(e => e.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(inPackage, fromProjects);
    }

    [Fact]
    public void Sample_builds_with_exactly_the_marked_demo_warnings()
    {
        var build = BuildSample();

        Assert.True(build.ExitCode == 0, build.ToString());
        var expected = new List<(string Id, string File, int Line, int Column)>();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(SampleProject)!, "*.cs"))
        {
            var lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
            {
                foreach (Match m in Regex.Matches(lines[i], @"/\*!(?<id>[A-Z]+\d+)\*/"))
                {
                    expected.Add((m.Groups["id"].Value, Path.GetFileName(file), i + 1, m.Index + m.Length + 1));
                }
            }
        }

        var actual = build.Diagnostics
            .Where(d => d.Severity is "warning" or "error")
            .Select(d => (d.Id, d.FileName, d.Line, d.Column))
            .Order()
            .ToList();

        Assert.Equal(["CDT001", "CDT002", "CDT004", "CDT010"], expected.Select(e => e.Id).Distinct().Order());
        Assert.True(expected.Order().SequenceEqual(actual),
            $"expected: {string.Join(", ", expected.Order())}\nactual: {string.Join(", ", actual)}\n{build}");
    }

    [Fact]
    public void Sample_runs_and_prints_companion_graph_and_validated_visits()
    {
        Assert.Equal(0, BuildSample().ExitCode);
        string dll = Path.Combine(fixture.Artifacts, "bin", "ClaimsPrep", "release", "ClaimsPrep.dll");

        // From another directory, as `dotnet run --project samples/ClaimsPrep` from the repository root would.
        var run = DotNet.Run(fixture.Root, TimeSpan.FromMinutes(1), dll);

        Assert.True(run.ExitCode == 0, run.ToString());
        string output = run.Output;
        Assert.Matches(@"(?m)^# D9996 \S", output);
        Assert.Contains("## Documentation checklist", output);
        Assert.Contains("## Billing notes", output);
        Assert.Contains("## FAQ", output);
        Assert.Matches(@"(?m)^\s*(flowchart|graph) ", output);
        Assert.Matches(@"V-1001 .*ready to submit", output);
        Assert.Matches(@"V-1003 .*needs attention", output);
        Assert.Matches(@"(?s)V-1003 .*?CDT001", output);
        Assert.Matches(@"(?s)V-1004 .*?CDT002", output);
        Assert.Matches(@"(?s)V-1005 .*?CDT004", output);
        Assert.Matches(@"V-1007 .*ready to submit", output);
    }

    private CommandResult BuildSample()
    {
        lock (Gate)
        {
            return s_build ??= DotNet.Run(fixture.RepoRoot, TimeSpan.FromMinutes(4),
                "build", SampleProject, "-c", "Release", "--artifacts-path", fixture.Artifacts,
                "-p:Version=" + fixture.Version, "-p:ContinuousIntegrationBuild=true",
                "-nodeReuse:false", "-tl:off", "-clp:NoSummary", "-v:m");
        }
    }
}
