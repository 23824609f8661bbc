using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdtCodes.Generator.Tests.Infrastructure;

/// <summary>MSBuild-style options: global build_property.* values and per-file build_metadata.* values.</summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly ImmutableDictionary<string, DictionaryOptions> _perFile;

    public TestOptionsProvider(
        IReadOnlyDictionary<string, string>? global = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? perFile = null)
    {
        GlobalOptions = new DictionaryOptions(global);
        _perFile = (perFile ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
            .ToImmutableDictionary(p => p.Key, p => new DictionaryOptions(p.Value));
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public static TestOptionsProvider With(params (string Key, string Value)[] global) =>
        new(global.ToDictionary(p => p.Key, p => p.Value));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _perFile.TryGetValue(textFile.Path, out var options) ? options : DictionaryOptions.Empty;

    public sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(null);

        private readonly ImmutableDictionary<string, string> _values;

        public DictionaryOptions(IReadOnlyDictionary<string, string>? values)
        {
            // Keys in .editorconfig / global configs are case-insensitive, as the compiler treats them.
            _values = (values ?? new Dictionary<string, string>()).ToImmutableDictionary(KeyComparer);
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }
}
