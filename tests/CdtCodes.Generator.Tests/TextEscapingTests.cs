using System.Xml.Linq;
using CdtCodes.Generator.Emitting;
using CdtCodes.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CdtCodes.Generator.Tests;

public class TextEscapingTests
{
    private static string EveryCodeUnit(int from, int to)
    {
        var chars = new char[to - from];
        for (int i = from; i < to; i++)
        {
            chars[i - from] = (char)i;
        }

        return new string(chars);
    }

    [Theory]
    [InlineData(0x0000, 0x1000)]
    [InlineData(0x1000, 0xD800)]
    [InlineData(0xD800, 0xE000)]
    [InlineData(0xE000, 0x10000)]
    public void Literal_round_trips_every_UTF16_code_unit_including_lone_surrogates(int from, int to)
    {
        string value = EveryCodeUnit(from, to) + "🦷\"\\";

        string literal = TextEscaping.Literal(value);

        Assert.All(literal, c => Assert.InRange(c, ' ', '~'));
        var tree = CSharpSyntaxTree.ParseText("class C { const string S = " + literal + "; }", new CSharpParseOptions(LanguageVersion.CSharp7_3));
        var compilation = CSharpCompilation.Create("L", new[] { tree }, Basic.Reference.Assemblies.Net80.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var initializer = tree.GetRoot().DescendantNodes().OfType<VariableDeclaratorSyntax>().Single().Initializer!.Value;
        Assert.Equal(value, (string)compilation.GetSemanticModel(tree).GetConstantValue(initializer).Value!);
    }

    [Theory]
    [InlineData(0x0000, 0x1000)]
    [InlineData(0x1000, 0xD800)]
    [InlineData(0xD800, 0xE000)]
    [InlineData(0xE000, 0x10000)]
    public void Xml_text_is_one_well_formed_line_without_hidden_characters(int from, int to)
    {
        string value = EveryCodeUnit(from, to) + " 🦷 </summary> &amp; ]]>";

        string xml = TextEscaping.Xml(value);

        Assert.DoesNotContain(xml, c => c < ' ' || c is '\u0085' or '\u2028' or '\u2029' or '\u202E' or '\u2066' or '\u200F' or '\uFEFF' or '\uFFFF' or '<' or '>');
        for (int i = 0; i < xml.Length; i++)
        {
            if (char.IsHighSurrogate(xml[i]))
            {
                Assert.True(i + 1 < xml.Length && char.IsLowSurrogate(xml[++i]), "unpaired high surrogate");
            }
            else
            {
                Assert.False(char.IsLowSurrogate(xml[i]), "unpaired low surrogate");
            }
        }

        // Well-formed as XML text, and as a C# doc comment.
        XElement.Parse("<summary>" + xml + "</summary>");
        var tree = CSharpSyntaxTree.ParseText(
            "/// <summary>" + xml + "</summary>\npublic class C { }",
            new CSharpParseOptions(LanguageVersion.CSharp7_3, DocumentationMode.Diagnose));
        var compilation = CSharpCompilation.Create("X", new[] { tree }, Basic.Reference.Assemblies.Net80.References.All, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Xml_collapses_line_breaks_and_keeps_visible_text()
    {
        Assert.Equal("a b c d &lt;x&gt; &amp; é 🦷", TextEscaping.Xml("  a\r\nb\u2028c\t\u202Ed <x> & é 🦷\n"));
    }

    [Fact]
    public void Comment_text_cannot_start_a_new_line()
    {
        string comment = TextEscaping.Comment("licence\n#error injected\r\n*/ \u2028 end");

        Assert.Equal("licence #error injected */ end", comment);
    }

    [Fact]
    public void Generated_file_ends_lines_with_LF_only()
    {
        var run = GeneratorHarness.Run(new[] { Fixtures.Starter }, GeneratorHarness.Options());

        Assert.All(run.Sources, s => Assert.DoesNotContain('\r', s.Text));
        Assert.All(run.Sources, s => Assert.EndsWith("}\n", s.Text, StringComparison.Ordinal));
    }
}
