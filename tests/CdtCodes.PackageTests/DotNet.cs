using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace CdtCodes.PackageTests;

/// <summary>The outcome of one <c>dotnet</c> command.</summary>
public sealed record CommandResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>Compiler/MSBuild diagnostics parsed from the output, deduplicated (MSBuild may repeat them).</summary>
    public IReadOnlyList<BuildDiagnostic> Diagnostics => BuildDiagnostic.Parse(Output);

    public override string ToString() => $"> {CommandLine}\n(exit {ExitCode}, {Elapsed.TotalSeconds:0.0}s)\n{Output}";
}

/// <summary>One "file(line,col): severity ID: message [project]" line of build output.</summary>
public sealed record BuildDiagnostic(string File, int Line, int Column, string Severity, string Id, string Message, string Project)
{
    private static readonly Regex LinePattern = new(
        @"^\s*(?<file>.*?)(?:\((?<line>\d+),(?<col>\d+)(?:,\d+,\d+)?\))?\s*:\s*(?<sev>warning|error|info)\s+(?<id>[A-Za-z]+\d+)\s*:\s*(?<msg>.*?)(?:\s+\[(?<proj>[^\]]+)\])?\s*$",
        RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>The file name without its directory ("" when the diagnostic has no file).</summary>
    public string FileName => File.Length == 0 ? "" : Path.GetFileName(File);

    /// <summary>The project file name without its directory.</summary>
    public string ProjectName => Path.GetFileNameWithoutExtension(Project);

    public static IReadOnlyList<BuildDiagnostic> Parse(string output)
    {
        var seen = new HashSet<BuildDiagnostic>();
        var result = new List<BuildDiagnostic>();
        foreach (Match m in LinePattern.Matches(output.Replace("\r", "")))
        {
            var d = new BuildDiagnostic(
                m.Groups["file"].Value.Trim(),
                m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value) : 0,
                m.Groups["col"].Success ? int.Parse(m.Groups["col"].Value) : 0,
                m.Groups["sev"].Value,
                m.Groups["id"].Value,
                m.Groups["msg"].Value,
                m.Groups["proj"].Value);
            if (seen.Add(d))
            {
                result.Add(d);
            }
        }

        return result;
    }

    public override string ToString() => $"{FileName}({Line},{Column}): {Severity} {Id}: {Message}";
}

/// <summary>Runs the dotnet CLI the way a user's shell would, without the test host's MSBuild environment.</summary>
public static class DotNet
{
    private static readonly object TimingsGate = new();

    /// <summary>Every command of this run with its time; written to $CDTCODES_TIMINGS (a file path) when set.</summary>
    public static List<string> Timings { get; } = new();

    public static CommandResult Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        // `dotnet test` leaves MSBuild's own variables in the test host; a nested build must not inherit them.
        foreach (var key in psi.Environment.Keys.ToList())
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) ||
                key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) ||
                key.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase))
            {
                psi.Environment.Remove(key);
            }
        }

        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        psi.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        psi.Environment["TERM"] = "dumb";

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = psi };
        process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        if (!process.WaitForExit(timeout))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }

            throw new TimeoutException($"dotnet {string.Join(' ', args)} did not finish in {timeout}.\n{output}");
        }

        // A compiler server started by the build may hold the pipes open; give the readers a bounded time to drain.
        Task.Run(() => process.WaitForExit()).Wait(TimeSpan.FromSeconds(10));
        stopwatch.Stop();

        string text;
        lock (output)
        {
            text = output.ToString();
        }

        var result = new CommandResult("dotnet " + string.Join(' ', args), process.ExitCode, text, stopwatch.Elapsed);
        lock (TimingsGate)
        {
            Timings.Add($"{stopwatch.Elapsed.TotalSeconds,6:0.0}s  exit {process.ExitCode}  {result.CommandLine}");
            if (Environment.GetEnvironmentVariable("CDTCODES_TIMINGS") is { Length: > 0 } path)
            {
                File.WriteAllLines(path, Timings);
            }
        }

        return result;
    }
}
