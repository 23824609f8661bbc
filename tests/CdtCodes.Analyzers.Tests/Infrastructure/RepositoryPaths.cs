namespace CdtCodes.Tests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The repository root: the first parent of the test binaries holding CdtCodes.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory != null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CdtCodes.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CdtCodes.sln not found above " + AppContext.BaseDirectory);
    }
}
