using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdtCodes.Tests.Infrastructure;

/// <summary>Dictionary-backed analyzer config options: <c>build_property.*</c> keys as the SDK passes them.</summary>
public sealed class TestOptionsProvider(IReadOnlyDictionary<string, string>? global = null) : AnalyzerConfigOptionsProvider
{
    private static readonly TestOptions Empty = new(ImmutableDictionary<string, string>.Empty);
    private readonly TestOptions globalOptions = new(global ?? ImmutableDictionary<string, string>.Empty);

    public override AnalyzerConfigOptions GlobalOptions => globalOptions;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;

    public static AnalyzerOptions Create(IReadOnlyDictionary<string, string>? global = null) =>
        new(ImmutableArray<AdditionalText>.Empty, new TestOptionsProvider(global));

    public static IReadOnlyDictionary<string, string> TargetEdition(int edition) =>
        new Dictionary<string, string> { ["build_property.CdtCodesTargetEdition"] = edition.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    private sealed class TestOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
