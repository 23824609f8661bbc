using System;
using CdtCodes.Internal;
using Microsoft.CodeAnalysis;

namespace CdtCodes.Generator;

/// <summary>
/// The definition-file diagnostics (CDTG001–CDTG008). They are located in the JSON file, so users configure them
/// with <c>dotnet_diagnostic.CDTGnnn.severity</c> in a global config or with NoWarn, not with #pragma.
/// </summary>
internal static class GeneratorDiagnostics
{
    public const string Category = "CdtCodes.Definitions";

    public static readonly DiagnosticDescriptor InvalidJson = Create(
        "CDTG001",
        "Invalid JSON in a definition file",
        "The definition file could not be read as JSON: {0}",
        DiagnosticSeverity.Error,
        "The file could not be read as JSON (comments and trailing commas are allowed). None of its codes are generated.");

    public static readonly DiagnosticDescriptor SchemaViolation = Create(
        "CDTG002",
        "Definition does not match the schema",
        "{0}",
        DiagnosticSeverity.Error,
        "A field is missing, has the wrong type or an unknown value, or is not part of the definition format. The field (or, for 'code' and 'name', the entry) is left out; everything else is generated.");

    public static readonly DiagnosticDescriptor MalformedCode = Create(
        "CDTG003",
        "Malformed CDT code in a definition",
        "'{0}' is not a well-formed CDT code (\"D\" and four digits).{1}",
        DiagnosticSeverity.Error,
        "A code, or a code an entry refers to, is not an upper-case D followed by four digits. The entry (or the reference) is left out.");

    public static readonly DiagnosticDescriptor DuplicateCode = Create(
        "CDTG004",
        "Duplicate code in the user's definitions",
        "{0} is defined more than once; the definition in {1} is kept and this one is ignored",
        DiagnosticSeverity.Error,
        "Two user definitions give the same code. The generator keeps the first one (by file path, then position) and reports the other; merge them into one entry.");

    public static readonly DiagnosticDescriptor UnknownReference = Create(
        "CDTG005",
        "Relation to a code no definition knows",
        "{0}: {1} names {2}, which no definition knows",
        DiagnosticSeverity.Warning,
        "A relation, replacedBy, reportedWith or exclusiveWith entry names a code that no definition file defines. The reference is kept as data, but tools cannot link to it.");

    public static readonly DiagnosticDescriptor ContradictoryRuleData = Create(
        "CDTG006",
        "Contradictory rule data",
        "{0}: {1}",
        DiagnosticSeverity.Warning,
        "The entry's rule data contradicts itself (self-exclusion, self-relation, replacedBy on a live code, deletedIn not after addedIn, surfaceCount min above max, and similar). The contradicting part is ignored.");

    public static readonly DiagnosticDescriptor UnsupportedSchemaVersion = Create(
        "CDTG007",
        "Unsupported schema version",
        "Schema version {0} is not supported; this generator reads version 1. The file is ignored.",
        DiagnosticSeverity.Error,
        "The file declares a schemaVersion this version of CdtCodes cannot read. Update the package or convert the file.");

    public static readonly DiagnosticDescriptor StarterOverridden = Create(
        "CDTG008",
        "User definition overrides a starter entry",
        "{0} from this file replaces the starter definition in {1}",
        DiagnosticSeverity.Info,
        "A user definition has the same code as an entry of the package's starter set; the user's entry is used.");

    public static DiagnosticDescriptor Find(string id) => id switch
    {
        "CDTG001" => InvalidJson,
        "CDTG002" => SchemaViolation,
        "CDTG003" => MalformedCode,
        "CDTG004" => DuplicateCode,
        "CDTG005" => UnknownReference,
        "CDTG006" => ContradictoryRuleData,
        "CDTG007" => UnsupportedSchemaVersion,
        "CDTG008" => StarterOverridden,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Not a generator diagnostic."),
    };

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity, string description) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true, description, CdtRuleLinks.HelpUri(id));
}
