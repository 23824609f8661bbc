namespace CdtCodes.Generator;

/// <summary>Names of the generator's pipeline steps, so tests can check each step's caching by name.</summary>
internal static class TrackingNames
{
    /// <summary>Additional files filtered to definition files.</summary>
    public const string DefinitionFiles = nameof(DefinitionFiles);

    /// <summary>One definition file parsed (model, positions, file-local diagnostics).</summary>
    public const string Parse = nameof(Parse);

    /// <summary>File-local diagnostics of one file.</summary>
    public const string FileDiagnostics = nameof(FileDiagnostics);

    /// <summary>All files merged (catalog + cross-file diagnostics).</summary>
    public const string Merge = nameof(Merge);

    /// <summary>The merged catalog without positions.</summary>
    public const string Catalog = nameof(Catalog);

    /// <summary>Cross-file diagnostics.</summary>
    public const string MergeDiagnostics = nameof(MergeDiagnostics);

    /// <summary>The categories present (drives the main files).</summary>
    public const string Categories = nameof(Categories);

    /// <summary>One category's codes (drives that category's file).</summary>
    public const string Chunks = nameof(Chunks);

    /// <summary>MSBuild options.</summary>
    public const string Options = nameof(Options);

    /// <summary>Facts selected from the compilation.</summary>
    public const string CompilationFacts = nameof(CompilationFacts);

    /// <summary>Whether the language version allows #nullable.</summary>
    public const string LanguageFacts = nameof(LanguageFacts);

    /// <summary>Output settings for the main files.</summary>
    public const string Settings = nameof(Settings);

    /// <summary>Output settings for the category files (visibility-independent).</summary>
    public const string ChunkSettings = nameof(ChunkSettings);
}
