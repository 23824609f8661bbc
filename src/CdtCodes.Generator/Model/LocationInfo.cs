using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CdtCodes.Generator.Model;

/// <summary>
/// A place in a definition file, as plain values: <see cref="Location"/> is not value-equal and must not be held in
/// a pipeline model.
/// </summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
}
