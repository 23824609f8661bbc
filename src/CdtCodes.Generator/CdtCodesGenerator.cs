using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CdtCodes.Generator.Emitting;
using CdtCodes.Generator.Model;
using CdtCodes.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace CdtCodes.Generator;

/// <summary>
/// Turns the project's CDT definition files (AdditionalFiles ending in .cdt.json, or marked with the
/// CdtCodesDefinition metadata) into the <c>Cdt</c> constants and the <c>CdtCatalog</c>.
/// </summary>
/// <remarks>
/// Reads nothing from syntax, and from the compilation only three booleans, so C# edits leave every step cached. Each
/// file is parsed on its own; a Collect branch merges them; source comes from the position-free model and
/// diagnostics from separate outputs, so moving text around in a file does not regenerate code.
/// </remarks>
[Generator(LanguageNames.CSharp)]
public sealed class CdtCodesGenerator : IIncrementalGenerator
{
    /// <summary>The file name suffix that marks a definition file.</summary>
    public const string DefinitionSuffix = ".cdt.json";

    /// <summary>The item metadata (CdtDefinitions items) that marks any JSON file as a definition file.</summary>
    public const string DefinitionMetadata = "build_metadata.AdditionalFiles.CdtCodesDefinition";

    /// <summary>Namespace used when neither CdtCodesNamespace nor RootNamespace gives a valid one.</summary>
    public const string DefaultNamespace = "CdtCodes.Generated";

    /// <summary>
    /// Most characters of records kept as string literals (8 MB of the assembly's 16 MB string heap, about 2,500 richly
    /// documented codes); a larger catalog without UTF-8 literals gets byte arrays.
    /// </summary>
    public const int DefaultMaxStringDataChars = 4_000_000;

    private readonly long _maxStringDataChars;

    /// <summary>Creates the generator.</summary>
    public CdtCodesGenerator()
        : this(DefaultMaxStringDataChars)
    {
    }

    /// <summary>For tests: a smaller string-literal budget, so the byte-array form can be compiled quickly.</summary>
    internal CdtCodesGenerator(long maxStringDataChars)
    {
        _maxStringDataChars = maxStringDataChars;
    }

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // Project to the file (or null) at once: the options provider is not value-equal, the AdditionalText is.
        var parsed = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => IsDefinitionFile(pair.Left, pair.Right) ? pair.Left : null)
            .Where(static text => text is not null)
            .WithTrackingName(TrackingNames.DefinitionFiles)
            .Select(static (text, ct) => DefinitionParser.Parse(text!.Path, text.GetText(ct), ct))
            .WithTrackingName(TrackingNames.Parse);

        var fileDiagnostics = parsed
            .Select(static (file, _) => file.Diagnostics)
            .WithTrackingName(TrackingNames.FileDiagnostics);
        context.RegisterSourceOutput(fileDiagnostics, static (spc, diagnostics) => Report(spc, diagnostics));

        var merged = parsed
            .Collect()
            .Select(static (files, ct) => CatalogMerger.Merge(files, ct))
            .WithTrackingName(TrackingNames.Merge);

        var mergeDiagnostics = merged
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.MergeDiagnostics);
        context.RegisterSourceOutput(mergeDiagnostics, static (spc, diagnostics) => Report(spc, diagnostics));

        var catalog = merged
            .Select(static (result, _) => result.Catalog)
            .WithTrackingName(TrackingNames.Catalog);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var facts = context.CompilationProvider
            .Select(static (compilation, _) => ReadFacts(compilation))
            .WithTrackingName(TrackingNames.CompilationFacts);

        var language = context.ParseOptionsProvider
            .Select(static (parseOptions, _) =>
            {
                var version = parseOptions is CSharpParseOptions csharp ? csharp.LanguageVersion : LanguageVersion.CSharp7_3;
                return new LanguageFacts(version >= LanguageVersion.CSharp8, version >= LanguageVersion.CSharp11);
            })
            .WithTrackingName(TrackingNames.LanguageFacts);

        long maxStringDataChars = _maxStringDataChars;
        var settings = catalog
            .Select((c, _) => (c.HasFiles, c.DefaultEdition, c.LicenseNotices, TooLargeForStrings: CatalogDataWriter.EstimateChars(c) > maxStringDataChars))
            .Combine(options)
            .Combine(facts)
            .Combine(language)
            .Select(static (input, _) =>
            {
                var (((shape, opts), compilationFacts), languageFacts) = input;
                return new EmitSettings(
                    Enabled: shape.HasFiles && compilationFacts.HasRuntime,
                    Namespace: opts.Namespace,
                    IsPublic: opts.IsPublic,
                    TargetEdition: opts.TargetEdition > 0 ? opts.TargetEdition : shape.DefaultEdition,
                    NullableEnable: languageFacts.NullableEnable,
                    ObsoleteHasDiagnosticId: compilationFacts.ObsoleteHasDiagnosticId,
                    DataForm: languageFacts.Utf8Literals && compilationFacts.HasUtf8Data ? CatalogDataForm.Utf8Literals
                        : shape.TooLargeForStrings ? CatalogDataForm.ByteArrays
                        : CatalogDataForm.StringLiterals,
                    LicenseNotices: shape.LicenseNotices);
            })
            .WithTrackingName(TrackingNames.Settings);

        var chunkSettings = settings
            .Select(static (s, _) => s with { IsPublic = false })
            .WithTrackingName(TrackingNames.ChunkSettings);

        var categories = catalog
            .Select(static (c, _) => c.Chunks.Select(static chunk => chunk.Category).ToEquatableArray())
            .WithTrackingName(TrackingNames.Categories);

        context.RegisterSourceOutput(categories.Combine(settings), static (spc, input) =>
        {
            var (categoryList, emit) = input;
            if (!emit.Enabled)
            {
                return;
            }

            spc.AddSource(CatalogEmitter.MainHintName, SourceText.From(CatalogEmitter.EmitMain(categoryList, emit), System.Text.Encoding.UTF8));
            spc.AddSource(CatalogEmitter.CatalogHintName, SourceText.From(CatalogEmitter.EmitCatalog(categoryList, emit), System.Text.Encoding.UTF8));
        });

        var chunks = catalog
            .SelectMany(static (c, _) => c.Chunks)
            .WithTrackingName(TrackingNames.Chunks);

        context.RegisterSourceOutput(chunks.Combine(chunkSettings), static (spc, input) =>
        {
            var (chunk, emit) = input;
            if (!emit.Enabled)
            {
                return;
            }

            spc.CancellationToken.ThrowIfCancellationRequested();
            spc.AddSource(CatalogEmitter.ChunkHintName(chunk.Category), SourceText.From(CatalogEmitter.EmitChunk(chunk, emit), System.Text.Encoding.UTF8));
        });
    }

    internal static bool IsDefinitionFile(AdditionalText text, AnalyzerConfigOptionsProvider options)
    {
        if (text.Path.EndsWith(DefinitionSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return options.GetOptions(text).TryGetValue(DefinitionMetadata, out var value)
            && string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
    }

    internal static GeneratorOptions ReadOptions(AnalyzerConfigOptions global)
    {
        string ns = DefaultNamespace;
        if (global.TryGetValue("build_property.CdtCodesNamespace", out var configured) && IsValidNamespace(configured?.Trim()))
        {
            ns = configured!.Trim();
        }
        else if (global.TryGetValue("build_property.RootNamespace", out var root) && IsValidNamespace(root?.Trim()))
        {
            ns = root!.Trim();
        }

        bool isPublic = global.TryGetValue("build_property.CdtCodesVisibility", out var visibility)
            && string.Equals(visibility?.Trim(), "public", StringComparison.OrdinalIgnoreCase);

        int edition = 0;
        if (global.TryGetValue("build_property.CdtCodesTargetEdition", out var editionText)
            && int.TryParse(editionText?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            && year >= 1 && year <= 9999)
        {
            edition = year;
        }

        return new GeneratorOptions(ns, isPublic, edition);
    }

    /// <summary>A dotted name whose parts are identifiers and not keywords ("My.App", not "My-App" or "class").</summary>
    internal static bool IsValidNamespace(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        foreach (string part in value!.Split('.'))
        {
            if (!SyntaxFacts.IsValidIdentifier(part) || SyntaxFacts.GetKeywordKind(part) != SyntaxKind.None || part == "global")
            {
                return false;
            }
        }

        return true;
    }

    private static CompilationFacts ReadFacts(Compilation compilation)
    {
        // ObsoleteAttribute lives in the core library; asking it there avoids ambiguity with polyfills.
        var obsolete = compilation.ObjectType.ContainingAssembly.GetTypeByMetadataName("System.ObsoleteAttribute");
        bool hasDiagnosticId = obsolete != null && obsolete.GetMembers("DiagnosticId").Any(static m => m is IPropertySymbol);
        bool hasRuntime = compilation.GetTypeByMetadataName("CdtCodes.CdtCode") != null;

        // Only the library's net8.0 build has the UTF-8 entry point (and with it, ReadOnlySpan<byte> is in reach).
        bool hasUtf8Data = compilation.GetTypeByMetadataName("CdtCodes.CdtUtf8Chunk") != null;
        return new CompilationFacts(hasRuntime, hasDiagnosticId, hasUtf8Data);
    }

    private static void Report(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            context.ReportDiagnostic(diagnostic.ToDiagnostic());
        }
    }
}
