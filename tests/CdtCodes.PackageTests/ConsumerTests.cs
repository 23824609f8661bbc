using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;

namespace CdtCodes.PackageTests;

/// <summary>
/// Fresh projects that know the package only through the local feed, built with the real `dotnet build`; the
/// assertions read its output (diagnostic IDs at file(line,col), exit codes) and, for the console, the program's.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerTests(PackageFixture fixture)
{
    [Fact]
    public void Net10_console_builds_with_exactly_the_expected_CDT_warning()
    {
        var build = fixture.Build("Console10/Console10.csproj");

        Assert.True(build.ExitCode == 0, build.ToString());
        AssertDiagnostics(build, Expected("Console10", "Misuse.cs"));
    }

    [Fact]
    public void Net10_console_runs_constants_catalog_and_graph()
    {
        Assert.Equal(0, fixture.Build("Console10/Console10.csproj").ExitCode);

        var run = DotNet.Run(fixture.Consumers, TimeSpan.FromMinutes(2),
            "run", "--project", "Console10/Console10.csproj", "--no-build");

        Assert.True(run.ExitCode == 0, run.ToString());
        string output = run.Output;
        Assert.Contains("constant: D9995", output);
        Assert.Matches(@"count: [1-9]\d*", output);
        Assert.Matches(@"(?m)^name: \S", output);
        Assert.Contains("mode: Asynchronous", output);
        Assert.Contains("parsed: D9995", output);
        Assert.Matches(@"neighbours: .*D9995", output);
        Assert.Contains("D9996", output[output.IndexOf("neighbours:", StringComparison.Ordinal)..]);
        Assert.Matches(@"(?m)^\s*(flowchart|graph) ", output);
        Assert.Contains("visit lines: 2", output);
    }

    [Fact]
    public void Net10_console_output_folder_holds_only_the_app_and_the_runtime_library()
    {
        Assert.Equal(0, fixture.Build("Console10/Console10.csproj").ExitCode);

        string bin = fixture.ConsumerPath("Console10", "bin", "Debug", "net10.0");
        var files = Directory.GetFiles(bin, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(bin, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        string apphost = OperatingSystem.IsWindows() ? "Console10.exe" : "Console10";
        Assert.Equal(
            new[] { apphost, "CdtCodes.dll", "Console10.deps.json", "Console10.dll", "Console10.pdb", "Console10.runtimeconfig.json" }
                .Order(StringComparer.Ordinal),
            files);
    }

    [Fact]
    public void Net8_library_with_public_visibility_overrides_a_starter_entry_and_adds_a_code()
    {
        // Info diagnostics stay out of a normal build's console output (csc logs them at low importance), so read
        // them where a user or a CI would: the compiler's SARIF error log.
        string sarif = fixture.ConsumerPath("Lib8", "obj", "Lib8.sarif");
        var build = fixture.Build("Lib8/Lib8.csproj", "-p:ErrorLog=" + sarif + "%2Cversion=2.1");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(build.Diagnostics, d => d.Severity is "warning" or "error");
        var results = Sarif.Read(sarif);
        var cdtg008 = Assert.Single(results, r => r.Id == "CDTG008");
        Assert.Equal(("practice.json", 7, 15), (Path.GetFileName(cdtg008.File), cdtg008.Line, cdtg008.Column));
        Assert.Contains("D9995", cdtg008.Message);

        AssertNoCompileTimeFiles(fixture.ConsumerPath("Lib8", "bin", "Debug", "net8.0"));
        using var assembly = OpenAssembly(fixture.ConsumerPath("Lib8", "bin", "Debug", "net8.0", "Lib8.dll"));
        var md = assembly.GetMetadataReader();
        var cdt = FindType(md, "Practice.Codes", "Cdt");
        var catalog = FindType(md, "Practice.Codes", "CdtCatalog");
        Assert.True(IsPublic(md.GetTypeDefinition(cdt)), "Cdt should be public");
        Assert.True(IsPublic(md.GetTypeDefinition(catalog)), "CdtCatalog should be public");
        var fields = md.GetTypeDefinition(cdt).GetFields().Select(f => md.GetString(md.GetFieldDefinition(f).Name)).ToList();
        Assert.Contains("D2391", fields); // added by the user
        Assert.Contains("D9995", fields); // overridden
        Assert.Contains("D9996", fields); // starter

        // The override's wording made it into the catalog, as UTF-8 data (C# 12 on net8.0), not as a user string.
        const string wording = "Live video consult (practice wording)";
        Assert.DoesNotContain(UserStrings(md), s => s.Contains(wording, StringComparison.Ordinal));
        byte[] image = File.ReadAllBytes(fixture.ConsumerPath("Lib8", "bin", "Debug", "net8.0", "Lib8.dll"));
        Assert.True(image.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(wording)) >= 0, "the wording should be in the assembly's data");
    }

    [Fact]
    public void Package_readme_example_builds_and_runs_as_described() =>
        AssertExampleBuildsAndRuns("ReadmeExample", "CDT001 warning");

    [Fact]
    public void Repository_readme_quickstart_builds_and_runs_as_written() =>
        AssertExampleBuildsAndRuns(
            "Quickstart",
            // What the quickstart's comments say the program prints.
            "Teledentistry, store-and-forward (asynchronous)",
            "CDT001 warning line 2: D9996 is for asynchronous encounters, but this encounter is synchronous. Use D9995 instead.");

    /// <summary>
    /// A README example copied verbatim into a consumer: it builds with exactly the one warning it promises (CDT001 on
    /// the live visit's D9996) and prints what its comments say.
    /// </summary>
    private void AssertExampleBuildsAndRuns(string name, params string[] expectedOutput)
    {
        string project = name + "/" + name + ".csproj";
        var build = fixture.Build(project);

        Assert.True(build.ExitCode == 0, build.ToString());
        var lines = File.ReadAllLines(fixture.ConsumerPath(name, "Program.cs"));
        int line = Array.FindIndex(lines, l => l.Contains("new CdtVisit(EncounterMode.Synchronous)", StringComparison.Ordinal)) + 1;
        int column = lines[line - 1].IndexOf("Cdt.D9996", StringComparison.Ordinal) + 1;
        AssertDiagnostics(build, [("CDT001", line, column)]);

        var run = DotNet.Run(fixture.Consumers, TimeSpan.FromMinutes(2), "run", "--project", project, "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        foreach (string expected in expectedOutput)
        {
            Assert.Contains(expected, run.Output);
        }
    }

    [Fact]
    public void Starter_set_can_be_switched_off()
    {
        var build = fixture.Build("NoStarter/NoStarter.csproj");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.DoesNotContain(build.Diagnostics, d => d.Severity is "warning" or "error");
        using var assembly = OpenAssembly(fixture.ConsumerPath("NoStarter", "bin", "Debug", "net8.0", "NoStarter.dll"));
        var md = assembly.GetMetadataReader();
        var cdt = md.GetTypeDefinition(FindType(md, "NoStarter", "Cdt"));
        Assert.Equal(["D1110"], cdt.GetFields().Select(f => md.GetString(md.GetFieldDefinition(f).Name)));
    }

    [Fact]
    public void Net472_library_at_CSharp_7_3_builds_with_only_the_expected_CDT_warning()
    {
        var build = fixture.Build("Fx472/Fx472.csproj");

        Assert.True(build.ExitCode == 0, build.ToString());
        AssertDiagnostics(build, Expected("Fx472", "ProcedureCodes.cs"));
        string bin = fixture.ConsumerPath("Fx472", "bin", "Debug", "net472");
        var files = Directory.GetFiles(bin, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(bin, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "CdtCodes.dll", "Fx472.dll", "Fx472.pdb" }, files);

        // C# 7.3 has no UTF-8 literals: the catalog's records are string literals there.
        using var assembly = OpenAssembly(Path.Combine(bin, "Fx472.dll"));
        Assert.Contains(UserStrings(assembly.GetMetadataReader()), s => s.Contains("Teledentistry, store-and-forward (asynchronous)", StringComparison.Ordinal));
    }

    [Fact]
    public void Project_that_only_references_the_catalog_project_still_gets_the_analyzer()
    {
        var build = fixture.Build("TwoProject/Billing/Billing.csproj");

        Assert.True(build.ExitCode == 0, build.ToString());
        AssertDiagnostics(build, Expected(Path.Combine("TwoProject", "Billing"), "ClaimCoder.cs"));

        // Billing generated no catalog of its own: it uses Domain's.
        using var assembly = OpenAssembly(fixture.ConsumerPath("TwoProject", "Billing", "bin", "Debug", "net8.0", "Billing.dll"));
        var md = assembly.GetMetadataReader();
        var typeNames = md.TypeDefinitions.Select(t => md.GetString(md.GetTypeDefinition(t).Name)).ToList();
        Assert.DoesNotContain("Cdt", typeNames);
        Assert.DoesNotContain("CdtCatalog", typeNames);
    }

    [Fact]
    public void Broken_definition_file_gives_a_located_CDTG001_and_nothing_else()
    {
        var build = fixture.Build("Broken/Broken.csproj");

        Assert.NotEqual(0, build.ExitCode);
        var problems = build.Diagnostics.Where(d => d.Severity is "error" or "warning").ToList();
        var error = Assert.Single(problems);
        Assert.Equal("CDTG001", error.Id);
        Assert.Equal("error", error.Severity);
        Assert.Equal("broken.json", error.FileName);
        Assert.Equal((5, 5), (error.Line, error.Column));
    }

    /// <summary>The diagnostics marked with /*!ID*/ in one consumer source file: (id, line, column).</summary>
    private List<(string Id, int Line, int Column)> Expected(string project, string file)
    {
        var result = new List<(string, int, int)>();
        var lines = File.ReadAllLines(fixture.ConsumerPath(project, file));
        for (int i = 0; i < lines.Length; i++)
        {
            foreach (Match m in Regex.Matches(lines[i], @"/\*!(?<id>[A-Z]+\d+)\*/"))
            {
                result.Add((m.Groups["id"].Value, i + 1, m.Index + m.Length + 1));
            }
        }

        Assert.NotEmpty(result);
        return result.Select(r => (r.Item1, r.Item2, r.Item3)).ToList();
    }

    /// <summary>The build's warnings and errors are exactly the expected CDT diagnostics, at their places.</summary>
    private static void AssertDiagnostics(CommandResult build, List<(string Id, int Line, int Column)> expected)
    {
        var actual = build.Diagnostics
            .Where(d => d.Severity is "warning" or "error")
            .Select(d => (d.Id, d.Line, d.Column))
            .Order()
            .ToList();

        Assert.True(expected.Order().SequenceEqual(actual),
            $"expected: {string.Join(", ", expected)}\nactual: {string.Join(", ", build.Diagnostics)}\n{build}");
    }

    private static class Sarif
    {
        public static List<(string Id, string Level, string File, int Line, int Column, string Message)> Read(string path)
        {
            using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
            var list = new List<(string, string, string, int, int, string)>();
            foreach (var result in doc.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
            {
                var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                var region = location.GetProperty("region");
                list.Add((
                    result.GetProperty("ruleId").GetString()!,
                    result.TryGetProperty("level", out var level) ? level.GetString()! : "warning",
                    new Uri(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath,
                    region.GetProperty("startLine").GetInt32(),
                    region.GetProperty("startColumn").GetInt32(),
                    result.GetProperty("message").GetProperty("text").GetString()!));
            }

            return list;
        }
    }

    /// <summary>Definitions and compiler extensions are compile-time only: none of them may reach an output folder.</summary>
    private static void AssertNoCompileTimeFiles(string bin)
    {
        var files = Directory.GetFiles(bin, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain(files, f => f!.StartsWith("CdtCodes.Generator", StringComparison.Ordinal) ||
                                          f.StartsWith("CdtCodes.CodeFixes", StringComparison.Ordinal) ||
                                          (f.EndsWith(".json", StringComparison.Ordinal) &&
                                           !f.EndsWith(".deps.json", StringComparison.Ordinal) &&
                                           !f.EndsWith(".runtimeconfig.json", StringComparison.Ordinal)));
    }

    private static PEReader OpenAssembly(string path) => new(File.OpenRead(path));

    private static TypeDefinitionHandle FindType(MetadataReader md, string ns, string name)
    {
        foreach (var handle in md.TypeDefinitions)
        {
            var type = md.GetTypeDefinition(handle);
            if (md.GetString(type.Namespace) == ns && md.GetString(type.Name) == name)
            {
                return handle;
            }
        }

        throw new Xunit.Sdk.XunitException($"type {ns}.{name} not found");
    }

    private static bool IsPublic(TypeDefinition type) =>
        (type.Attributes & System.Reflection.TypeAttributes.VisibilityMask) == System.Reflection.TypeAttributes.Public;

    private static IEnumerable<string> UserStrings(MetadataReader md)
    {
        var handle = MetadataTokens.UserStringHandle(1);
        while (!handle.IsNil)
        {
            yield return md.GetUserString(handle);
            handle = md.GetNextHandle(handle);
        }
    }
}
