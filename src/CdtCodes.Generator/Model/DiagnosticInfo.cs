using System.Linq;
using Microsoft.CodeAnalysis;

namespace CdtCodes.Generator.Model;

/// <summary>
/// A generator diagnostic as plain values (descriptor id, string arguments, locations), so diagnostics can travel
/// through the pipeline and compare by content (<see cref="Diagnostic"/> compares its arguments by reference).
/// </summary>
internal sealed record DiagnosticInfo(
    string Id,
    EquatableArray<string> MessageArgs,
    LocationInfo? Location,
    EquatableArray<LocationInfo> AdditionalLocations)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, LocationInfo? location, params string[] args) =>
        new(descriptor.Id, new EquatableArray<string>(args), location, EquatableArray<LocationInfo>.Empty);

    public static DiagnosticInfo Create(
        DiagnosticDescriptor descriptor,
        LocationInfo? location,
        LocationInfo? additionalLocation,
        params string[] args) =>
        new(
            descriptor.Id,
            new EquatableArray<string>(args),
            location,
            additionalLocation == null ? EquatableArray<LocationInfo>.Empty : new EquatableArray<LocationInfo>(new[] { additionalLocation }));

    public Diagnostic ToDiagnostic()
    {
        var descriptor = GeneratorDiagnostics.Find(Id);
        return Diagnostic.Create(
            descriptor,
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            AdditionalLocations.Select(l => l.ToLocation()),
            MessageArgs.Cast<object?>().ToArray());
    }
}
