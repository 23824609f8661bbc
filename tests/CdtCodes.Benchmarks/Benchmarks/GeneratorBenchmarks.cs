using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CdtCodes.Benchmarks.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CdtCodes.Benchmarks;

/// <summary>
/// The generator in a warm process (JIT done; the first run in a fresh process is measured by <c>--report</c>).
/// The driver is immutable, so every benchmark starts from the same state: <see cref="FullRun"/> from a new driver,
/// the others from a driver that has already run once on the same input.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private AdditionalText[] _texts = [];
    private byte[][] _bytes = [];
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _edited = null!;
    private SyntaxTree _edit = null!;

    /// <summary>"starter" (the shipped set, 60 codes in 7 files) or a synthetic code count.</summary>
    [Params("starter", "1000", "10000")]
    public string Size { get; set; } = "starter";

    [GlobalSetup]
    public void Setup()
    {
        var files = Harness.DefinitionFiles(Size);
        _bytes = files.Select(f => f.Json).ToArray();
        _texts = Harness.Texts(files);
        _compilation = Harness.Compilation(new[] { Harness.Parse("namespace Bench { internal static class Program { } }", "Program.cs") });

        // What the compiler has done by the time generators run: the reference set is bound.
        _ = _compilation.GetTypeByMetadataName("CdtCodes.CdtCode");
        _warm = Harness.Driver(_texts).RunGenerators(_compilation);
        _edit = Harness.Parse("namespace Bench { internal static class Edited { public static int Value => 42; } }", "Edited.cs");

        // One definition edited: the name of the file's first code changes (a real content change, re-emitted).
        var last = _texts[^1];
        string text = last.GetText()!.ToString();
        int at = text.IndexOf("\"name\": \"", StringComparison.Ordinal) + "\"name\": \"".Length;
        _edited = new InMemoryText(last.Path, SourceText.From(text.Insert(at, "Edited "), System.Text.Encoding.UTF8));
    }

    /// <summary>A new driver over the whole input: parse, merge, emit everything (warm full regeneration).</summary>
    [Benchmark]
    public GeneratorDriver FullRun() => Harness.Driver(_texts).RunGenerators(_compilation);

    /// <summary>The same input again: every step cached.</summary>
    [Benchmark]
    public GeneratorDriver Rerun() => _warm.RunGenerators(_compilation);

    /// <summary>An unrelated C# edit: a new compilation (as every keystroke makes), definitions unchanged.</summary>
    [Benchmark]
    public GeneratorDriver CSharpEdit() => _warm.RunGenerators(_compilation.AddSyntaxTrees(_edit));

    /// <summary>One definition file edited: that file re-parsed, the merge and its category's output redone.</summary>
    [Benchmark]
    public GeneratorDriver OneFileEdited() => _warm.ReplaceAdditionalText(_texts[^1], _edited).RunGenerators(_compilation);

    /// <summary>The floor: a bare JsonDocument parse of the same bytes (no model, no output).</summary>
    [Benchmark]
    public int JsonDocumentParse()
    {
        int total = 0;
        foreach (var bytes in _bytes)
        {
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            total += document.RootElement.GetProperty("codes").GetArrayLength();
        }

        return total;
    }
}
