using System.Reflection;

namespace CdtCodes.Generator.Tests.Infrastructure;

internal static class TestPaths
{
    /// <summary>The test project's source folder (baselines and test data are read from and written to it).</summary>
    public static string ProjectDirectory { get; } =
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ProjectDirectory").Value!;

    public static string TestData(string name) => Path.Combine(ProjectDirectory, "TestData", name);

    /// <summary>The repository's definitions folder (the starter set, written elsewhere; may not exist yet).</summary>
    public static string RepositoryDefinitions => Path.GetFullPath(Path.Combine(ProjectDirectory, "..", "..", "definitions"));

    /// <summary>The netstandard2.0 build of CdtCodes.dll, copied beside the tests by the project file.</summary>
    public static string NetStandardRuntime => Path.Combine(AppContext.BaseDirectory, "netstandard2.0", "CdtCodes.dll");
}
