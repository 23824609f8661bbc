using System.IO.Compression;
using System.Reflection;

namespace CdtCodes.PackageTests;

/// <summary>
/// Packs the solution once, with a version no earlier run used (so the global packages folder can never serve a stale
/// build), into a local feed; copies the consumer projects next to a nuget.config that sees only that feed and
/// nuget.org; restores them all in one go. Each test then builds the consumer it is about.
/// </summary>
public sealed class PackageFixture : IDisposable
{
    private static readonly TimeSpan PackTimeout = TimeSpan.FromMinutes(6);
    private readonly Dictionary<string, CommandResult> _builds = new(StringComparer.Ordinal);
    private readonly object _gate = new();

    public PackageFixture()
    {
        RepoRoot = typeof(PackageFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "CdtCodesRepoRoot").Value!;
        Version = "0.1.0-test." + DateTime.UtcNow.Ticks;
        Root = Path.Combine(Path.GetTempPath(), "cdtcodes-pkgtests-" + DateTime.UtcNow.Ticks);
        Feed = Path.Combine(Root, "feed");
        Artifacts = Path.Combine(Root, "artifacts");
        Consumers = Path.Combine(Root, "consumers");
        Directory.CreateDirectory(Feed);

        // The solution, as a user (or CI) packs it; artifacts go to the temp root so the work tree's bin/obj are
        // left alone while other test assemblies run.
        Pack = DotNet.Run(RepoRoot, PackTimeout,
            "pack", Path.Combine(RepoRoot, "CdtCodes.sln"), "-c", "Release", "-o", Feed,
            "--artifacts-path", Artifacts, "-p:Version=" + Version, "-p:ContinuousIntegrationBuild=true",
            "-nodeReuse:false", "-tl:off", "-clp:NoSummary");
        if (Pack.ExitCode != 0)
        {
            throw new InvalidOperationException("dotnet pack failed.\n" + Pack);
        }

        PackagePath = Path.Combine(Feed, $"CdtCodes.{Version}.nupkg");
        SymbolPackagePath = Path.Combine(Feed, $"CdtCodes.{Version}.snupkg");

        CopyDirectory(Path.Combine(RepoRoot, "tests", "CdtCodes.PackageTests", "Consumers"), Consumers);
        File.WriteAllText(Path.Combine(Consumers, "ReadmeExample", "Program.cs"), ReadmeExample(PackagePath));
        // The repository README's quickstart, exactly as a new user copies it: its definitions file and its C#.
        string repositoryReadme = File.ReadAllText(Path.Combine(RepoRoot, "README.md"));
        Directory.CreateDirectory(Path.Combine(Consumers, "Quickstart", "cdt"));
        File.WriteAllText(Path.Combine(Consumers, "Quickstart", "cdt", "practice.json"), CodeBlock(repositoryReadme, "json", "README.md"));
        File.WriteAllText(Path.Combine(Consumers, "Quickstart", "Program.cs"), CodeBlock(repositoryReadme, "csharp", "README.md"));
        File.WriteAllText(Path.Combine(Consumers, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local"><package pattern="CdtCodes" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        // Stops MSBuild looking above the temp directory and gives every consumer the version under test.
        File.WriteAllText(Path.Combine(Consumers, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <CdtCodesVersion>{Version}</CdtCodesVersion>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Consumers, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Consumers, "Directory.Packages.props"), "<Project />\n");

        var projects = Directory.GetFiles(Consumers, "*.csproj", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Consumers, p).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal);
        File.WriteAllText(Path.Combine(Consumers, "consumers.slnx"),
            "<Solution>\n" + string.Concat(projects.Select(p => $"  <Project Path=\"{p}\" />\n")) + "</Solution>\n");

        Restore = DotNet.Run(Consumers, PackTimeout, "restore", "consumers.slnx", "-nodeReuse:false", "-tl:off");
        if (Restore.ExitCode != 0)
        {
            throw new InvalidOperationException("Restoring the consumers failed.\n" + Restore);
        }
    }

    public string RepoRoot { get; }

    /// <summary>The unique prerelease version packed for this run.</summary>
    public string Version { get; }

    public string Root { get; }

    public string Feed { get; }

    public string Artifacts { get; }

    public string Consumers { get; }

    public CommandResult Pack { get; }

    public CommandResult Restore { get; }

    public string PackagePath { get; }

    public string SymbolPackagePath { get; }

    /// <summary>Entry names of a package, with NuGet's own bookkeeping left out.</summary>
    public static IReadOnlyList<string> ContentEntries(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        return zip.Entries
            .Select(e => e.FullName)
            .Where(n => n != "[Content_Types].xml" && !n.StartsWith("_rels/", StringComparison.Ordinal) &&
                        !n.StartsWith("package/", StringComparison.Ordinal) &&
                        !n.EndsWith(".nuspec", StringComparison.Ordinal) && n != ".signature.p7s")
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The first C# block of the package's README, as shipped.</summary>
    public static string ReadmeExample(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        using var reader = new StreamReader(zip.GetEntry("README.md")!.Open());
        return CodeBlock(reader.ReadToEnd(), "csharp", "the package README");
    }

    /// <summary>The first fenced block of a language in a Markdown text.</summary>
    public static string CodeBlock(string markdown, string language, string source)
    {
        markdown = markdown.Replace("\r\n", "\n");
        string fence = "```" + language + "\n";
        int start = markdown.IndexOf(fence, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"{source} has no {language} block.");
        }

        start += fence.Length;
        return markdown[start..markdown.IndexOf("```", start, StringComparison.Ordinal)];
    }

    /// <summary>Builds one consumer project (restored already); cached, so several tests can look at one build.</summary>
    public CommandResult Build(string project, params string[] extraArgs)
    {
        lock (_gate)
        {
            string key = project + "|" + string.Join("|", extraArgs);
            if (!_builds.TryGetValue(key, out var result))
            {
                var args = new List<string> { "build", project, "--no-restore", "-nodeReuse:false", "-tl:off", "-clp:NoSummary", "-v:m" };
                args.AddRange(extraArgs);
                result = DotNet.Run(Consumers, TimeSpan.FromMinutes(4), args.ToArray());
                _builds[key] = result;
            }

            return result;
        }
    }

    /// <summary>The path of a file under the consumers directory.</summary>
    public string ConsumerPath(params string[] parts) => Path.Combine([Consumers, .. parts]);

    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("CDTCODES_KEEP_TEMP") == "1")
        {
            return;
        }

        TryDelete(Root);

        // Our unique version would otherwise pile up in the global packages folder, one per run.
        string globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ??
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(globalPackages, "cdtcodes", Version.ToLowerInvariant()));
    }

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Packed CdtCodes";
}
