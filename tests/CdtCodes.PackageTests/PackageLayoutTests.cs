using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace CdtCodes.PackageTests;

/// <summary>What `dotnet pack` of the solution produces, entry by entry.</summary>
[Collection(PackageCollection.Name)]
public sealed class PackageLayoutTests(PackageFixture fixture)
{
    private static readonly string[] CompilerExtensions =
    [
        "CdtCodes.CodeFixes.dll",
        "CdtCodes.Generator.dll",
        "Microsoft.Bcl.AsyncInterfaces.dll",
        "System.Text.Encodings.Web.dll",
        "System.Text.Json.dll",
    ];

    [Fact]
    public void Packing_the_solution_produces_only_the_CdtCodes_package_and_its_symbols()
    {
        var files = Directory.GetFiles(fixture.Feed).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(
            [$"CdtCodes.{fixture.Version}.nupkg", $"CdtCodes.{fixture.Version}.snupkg"],
            files);
    }

    [Fact]
    public void Package_has_exactly_the_expected_entries()
    {
        var starter = Directory.GetFiles(Path.Combine(fixture.RepoRoot, "definitions", "starter"), "*.cdt.json")
            .Select(f => "definitions/starter/" + Path.GetFileName(f));
        Assert.NotEmpty(starter);

        var expected = new List<string>
        {
            "README.md",
            "buildTransitive/CdtCodes.props",
            "buildTransitive/CdtCodes.targets",
            "definitions/cdt-definitions.schema.json",
            "lib/net8.0/CdtCodes.dll",
            "lib/net8.0/CdtCodes.xml",
            "lib/netstandard2.0/CdtCodes.dll",
            "lib/netstandard2.0/CdtCodes.xml",
        };
        expected.AddRange(CompilerExtensions.Select(f => "analyzers/dotnet/cs/" + f));
        expected.AddRange(starter);

        var actual = PackageFixture.ContentEntries(fixture.PackagePath);

        var missing = expected.Except(actual, StringComparer.Ordinal).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"missing: [{string.Join(", ", missing)}]\nextra: [{string.Join(", ", extra)}]");
    }

    [Fact]
    public void Symbol_package_holds_the_runtime_library_pdbs_only()
    {
        Assert.Equal(
            ["lib/net8.0/CdtCodes.pdb", "lib/netstandard2.0/CdtCodes.pdb"],
            PackageFixture.ContentEntries(fixture.SymbolPackagePath));
    }

    [Fact]
    public void Nuspec_carries_the_metadata_and_no_dependencies()
    {
        var nuspec = ReadNuspec();
        XNamespace ns = nuspec.Root!.Name.Namespace;
        var metadata = nuspec.Root.Element(ns + "metadata")!;
        string Value(string name) => metadata.Element(ns + name)?.Value ?? "";

        Assert.Equal("CdtCodes", Value("id"));
        Assert.Equal(fixture.Version, Value("version"));
        Assert.Contains("CDT", Value("description"));
        Assert.Contains("teledentistry", Value("tags"));
        Assert.Equal("expression", metadata.Element(ns + "license")?.Attribute("type")?.Value);
        Assert.Equal("MIT", Value("license"));
        Assert.StartsWith("https://", Value("projectUrl"));
        Assert.Equal("README.md", Value("readme"));
        Assert.Equal("git", metadata.Element(ns + "repository")?.Attribute("type")?.Value);

        // The generator's System.Text.Json stays with the compiler, and the runtime library needs nothing: visit JSON
        // loading exists on net8.0 only, where STJ is in the box.
        var groups = metadata.Element(ns + "dependencies")!.Elements(ns + "group")
            .ToDictionary(g => g.Attribute("targetFramework")!.Value, g => g.Elements(ns + "dependency")
                .Select(d => d.Attribute("id")!.Value + " " + d.Attribute("version")!.Value).ToList());
        Assert.Equal([".NETStandard2.0", "net8.0"], groups.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(groups["net8.0"]);
        Assert.Empty(groups[".NETStandard2.0"]);
    }

    [Fact]
    public void Package_readme_documents_options_and_every_diagnostic()
    {
        string readme = ReadEntry("README.md");

        foreach (var option in new[] { "CdtCodesNamespace", "CdtCodesVisibility", "CdtCodesTargetEdition", "CdtCodesIncludeStarterSet", "CdtDefinitions" })
        {
            Assert.Contains(option, readme);
        }

        foreach (var id in Enumerable.Range(1, 12).Where(i => i != 9).Select(i => $"CDT{i:000}")
                     .Concat(Enumerable.Range(1, 8).Select(i => $"CDTG{i:000}")))
        {
            Assert.Contains("| " + id + " |", readme);
        }

        Assert.Contains("Licensing", readme);
    }

    [Fact]
    public void Compiler_extensions_stay_on_the_oldest_supported_host_versions()
    {
        // .NET 8 SDK / VS 17.8 hosts run Roslyn 4.8 and System.Text.Json 8: anything newer fails to load there.
        var versions = new Dictionary<string, Version>();
        var roslynReferences = new List<Version>();
        foreach (var name in CompilerExtensions)
        {
            using var reader = new PEReader(new MemoryStream(ReadBytes("analyzers/dotnet/cs/" + name)));
            var md = reader.GetMetadataReader();
            versions[name] = md.GetAssemblyDefinition().Version;
            foreach (var handle in md.AssemblyReferences)
            {
                var reference = md.GetAssemblyReference(handle);
                string refName = md.GetString(reference.Name);
                if (refName.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
                {
                    roslynReferences.Add(reference.Version);
                }
                else if (refName == "System.Text.Json")
                {
                    Assert.Equal(new Version(8, 0, 0, 0), reference.Version);
                }
            }
        }

        Assert.Equal(new Version(8, 0, 0, 0), versions["System.Text.Json.dll"]);
        Assert.Equal(new Version(8, 0, 0, 0), versions["System.Text.Encodings.Web.dll"]);
        Assert.Equal(new Version(8, 0, 0, 0), versions["Microsoft.Bcl.AsyncInterfaces.dll"]);
        Assert.NotEmpty(roslynReferences);
        Assert.All(roslynReferences, v => Assert.True(v <= new Version(4, 8, 0, 0), $"references Roslyn {v}"));
    }

    [Fact]
    public void Runtime_library_is_built_deterministically_for_each_target()
    {
        foreach (var tfm in new[] { "netstandard2.0", "net8.0" })
        {
            using var reader = new PEReader(new MemoryStream(ReadBytes($"lib/{tfm}/CdtCodes.dll")));
            Assert.Contains(reader.ReadDebugDirectory(), e => e.Type == DebugDirectoryEntryType.Reproducible);
            var md = reader.GetMetadataReader();
            Assert.Equal("CdtCodes", md.GetString(md.GetAssemblyDefinition().Name));
        }
    }

    private XDocument ReadNuspec()
    {
        using var zip = ZipFile.OpenRead(fixture.PackagePath);
        var entry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    private string ReadEntry(string name)
    {
        using var zip = ZipFile.OpenRead(fixture.PackagePath);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private byte[] ReadBytes(string name)
    {
        using var zip = ZipFile.OpenRead(fixture.PackagePath);
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
