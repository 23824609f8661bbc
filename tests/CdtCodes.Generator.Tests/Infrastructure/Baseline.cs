using System.Text;

namespace CdtCodes.Generator.Tests.Infrastructure;

/// <summary>
/// Compares generated text with a committed Baselines/{name}.verified.cs. On a mismatch it writes
/// {name}.received.cs beside it and fails with the first differing lines. To accept new output, run the tests with
/// CDTCODES_ACCEPT_BASELINES=1 (the baselines are then overwritten and the tests pass), and review the git diff.
/// </summary>
internal static class Baseline
{
    public const string AcceptVariable = "CDTCODES_ACCEPT_BASELINES";

    public static void Verify(string name, string actual)
    {
        string directory = Path.Combine(TestPaths.ProjectDirectory, "Baselines");
        string verifiedPath = Path.Combine(directory, name + ".verified.cs");
        string receivedPath = Path.Combine(directory, name + ".received.cs");
        actual = Normalize(actual);
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(verifiedPath)!);
            File.WriteAllText(verifiedPath, actual, utf8);
            File.Delete(receivedPath);
            return;
        }

        string? expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath, utf8)) : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
        File.WriteAllText(receivedPath, actual, utf8);
        if (expected == null)
        {
            Assert.Fail($"No baseline {verifiedPath}. The output was written to {receivedPath}; rerun with {AcceptVariable}=1 to accept it.");
        }

        Assert.Fail($"Generated output differs from {verifiedPath} (written to {receivedPath}; rerun with {AcceptVariable}=1 to accept).\n" + Diff(expected, actual));
    }

    // Git may check baselines out with CRLF on Windows; the generator always writes LF.
    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    internal static string Diff(string expected, string actual)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        int first = 0;
        while (first < left.Length && first < right.Length && left[first] == right[first])
        {
            first++;
        }

        var builder = new StringBuilder();
        builder.AppendLine($"First difference at line {first + 1} (expected {left.Length} lines, got {right.Length}):");
        for (int i = Math.Max(0, first - 2); i < first; i++)
        {
            builder.AppendLine("  " + left[i]);
        }

        for (int i = first; i < Math.Min(left.Length, first + 6); i++)
        {
            builder.AppendLine("- " + left[i]);
        }

        for (int i = first; i < Math.Min(right.Length, first + 6); i++)
        {
            builder.AppendLine("+ " + right[i]);
        }

        return builder.ToString();
    }
}
