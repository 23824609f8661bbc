using System.Globalization;
using System.Text;

namespace CdtCodes.Generator.Emitting;

/// <summary>An indenting text writer that always ends lines with '\n', so output is the same on every OS.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder;
    private int _indent;

    public SourceWriter(int capacity = 4096)
    {
        _builder = new StringBuilder(capacity);
    }

    public void Line(string text)
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indent * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
    }

    public void Line() => _builder.Append('\n');

    public void Open()
    {
        Line("{");
        _indent++;
    }

    public void Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
    }

    public override string ToString() => _builder.ToString();

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
