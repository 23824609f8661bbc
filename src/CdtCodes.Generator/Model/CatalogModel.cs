namespace CdtCodes.Generator.Model;

/// <summary>A code as it will be generated.</summary>
/// <param name="Model">The winning definition.</param>
/// <param name="IsStarter">It comes from the package's starter set.</param>
/// <param name="Linkable">Codes the entry names that the catalog defines (only those can be linked with cref).</param>
internal sealed record CatalogEntry(CodeModel Model, bool IsStarter, EquatableArray<string> Linkable);

/// <summary>The codes of one category of service, ordered by code: one generated file each, cached on its own.</summary>
internal sealed record CategoryChunk(int Category, EquatableArray<CatalogEntry> Entries);

/// <summary>Everything the emitter needs from all definition files together, without positions.</summary>
/// <param name="HasFiles">At least one definition file was found (without any, nothing is generated).</param>
/// <param name="Chunks">Non-empty categories, in category order.</param>
/// <param name="DefaultEdition">The highest edition year the definitions mention; 0 when none.</param>
/// <param name="LicenseNotices">Distinct licence notices of the files, ordinal order.</param>
internal sealed record CatalogModel(
    bool HasFiles,
    EquatableArray<CategoryChunk> Chunks,
    int DefaultEdition,
    EquatableArray<string> LicenseNotices);

/// <summary>The merge of all files: the catalog (for source) and the cross-file diagnostics (reported apart).</summary>
internal sealed record MergeResult(CatalogModel Catalog, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>The MSBuild options, read once.</summary>
/// <param name="Namespace">A valid namespace for the generated types.</param>
/// <param name="IsPublic">Generated types are public rather than internal.</param>
/// <param name="TargetEdition">The edition asked for with CdtCodesTargetEdition; 0 to use the definitions' highest.</param>
internal sealed record GeneratorOptions(string Namespace, bool IsPublic, int TargetEdition);

/// <summary>Small facts about the compilation, selected first so that C# edits leave the pipeline cached.</summary>
/// <param name="HasRuntime">CdtCodes.CdtCode is referenced (the generated code needs the runtime library).</param>
/// <param name="ObsoleteHasDiagnosticId">System.ObsoleteAttribute has DiagnosticId/UrlFormat (.NET 5+).</param>
/// <param name="HasUtf8Data">The referenced CdtCodes library reads UTF-8 catalog data (its net8.0 build).</param>
internal sealed record CompilationFacts(bool HasRuntime, bool ObsoleteHasDiagnosticId, bool HasUtf8Data);

/// <summary>What the project's C# version allows in generated code.</summary>
/// <param name="NullableEnable">C# 8 or later: the output is annotated for nullable reference types.</param>
/// <param name="Utf8Literals">C# 11 or later: "…"u8 literals.</param>
internal sealed record LanguageFacts(bool NullableEnable, bool Utf8Literals);

/// <summary>Everything about the output that is not the codes themselves.</summary>
/// <param name="Enabled">Definition files were found and the runtime library is referenced.</param>
/// <param name="Namespace">The namespace of the generated types.</param>
/// <param name="IsPublic">The generated types are public.</param>
/// <param name="TargetEdition">The edition the constants are checked against (deleted codes become obsolete).</param>
/// <param name="NullableEnable">The output is annotated for nullable reference types.</param>
/// <param name="ObsoleteHasDiagnosticId">Deleted codes get [Obsolete(DiagnosticId = "CDT004")].</param>
/// <param name="DataForm">How the catalog's records are written into the generated code.</param>
/// <param name="LicenseNotices">The definition files' licence notices, repeated in every file's header.</param>
internal sealed record EmitSettings(
    bool Enabled,
    string Namespace,
    bool IsPublic,
    int TargetEdition,
    bool NullableEnable,
    bool ObsoleteHasDiagnosticId,
    CatalogDataForm DataForm,
    EquatableArray<string> LicenseNotices);

/// <summary>How the catalog's records are written into the generated code.</summary>
internal enum CatalogDataForm
{
    /// <summary>String literals: C# 7.3 to 10, or a library without the UTF-8 entry point.</summary>
    StringLiterals,

    /// <summary>"…"u8 literals (RVA data): C# 11 and later with the library's net8.0 build.</summary>
    Utf8Literals,

    /// <summary>
    /// Byte array initialisers (RVA data too) when string literals would not fit: an assembly's string literals share
    /// one 16 MB heap (CS8103). Slow to compile, so only for catalogs far larger than the CDT code set.
    /// </summary>
    ByteArrays,
}
