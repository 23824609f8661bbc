using System.Globalization;
using CdtCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace CdtCodes.Generator.Tests;

/// <summary>
/// Prints the generator's own timing (GeneratorDriver.GetTimingInfo) for a small file and for large synthetic files.
/// It asserts nothing about time: the numbers are for reading, not for CI. To see them:
/// <code>dotnet test tests/CdtCodes.Generator.Tests -c Release --filter "Category=Timing" --logger "console;verbosity=detailed"</code>
/// </summary>
[Trait("Category", "Timing")]
public class GeneratorTimingTests
{
    private readonly ITestOutputHelper _output;

    public GeneratorTimingTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Print_generator_timing_for_small_and_large_definition_files()
    {
        var small = new AdditionalText[] { Fixtures.Starter, new InMemoryAdditionalText("/defs/user.cdt.json", Fixtures.UserFile(Fixtures.Code("D0150", "A user code"))) };
        Measure("starter fixture (10 codes) + 1 user code, cold (includes JIT when first in the process)", small);
        Measure("starter fixture (10 codes) + 1 user code, warm", small);
        Measure("1,000 synthetic codes, one file", new AdditionalText[] { new InMemoryAdditionalText("/defs/big.cdt.json", Fixtures.Synthetic(1000)) });
        Measure("9,900 synthetic codes, one file", new AdditionalText[] { new InMemoryAdditionalText("/defs/huge.cdt.json", Fixtures.Synthetic(9900)) });
    }

    private void Measure(string label, AdditionalText[] files)
    {
        var compilation = GeneratorHarness.CreateCompilation();

        // Bind the reference set once, as the compiler has by the time generators run in a real build; otherwise
        // the first GetTypeByMetadataName on a fresh compilation would be counted as generator time.
        _ = compilation.GetTypeByMetadataName("CdtCodes.CdtCode");

        // A new driver per measurement: "first" includes parsing every file and emitting every output.
        var driver = GeneratorHarness.CreateDriver(files, GeneratorHarness.Options());
        driver = driver.RunGenerators(compilation);
        var first = driver.GetTimingInfo();
        int generatedChars = driver.GetRunResult().Results[0].GeneratedSources.Sum(s => s.SourceText.Length);

        driver = driver.RunGenerators(compilation.AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class Edit { }")));
        var csharpEdit = driver.GetTimingInfo();

        var old = files[^1];
        var edited = new InMemoryAdditionalText(old.Path, old.GetText()!.ToString().Replace("\"name\": \"", "\"name\": \"Edited ", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation);
        var fileEdit = driver.GetTimingInfo();

        _output.WriteLine(string.Format(
            CultureInfo.InvariantCulture,
            "{0}: first run {1:F1} ms ({2:N0} chars generated); unrelated C# edit {3:F2} ms; one definition file edited {4:F1} ms",
            label,
            first.GeneratorTimes[0].ElapsedTime.TotalMilliseconds,
            generatedChars,
            csharpEdit.GeneratorTimes[0].ElapsedTime.TotalMilliseconds,
            fileEdit.GeneratorTimes[0].ElapsedTime.TotalMilliseconds));
    }
}
