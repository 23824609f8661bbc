using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace CdtCodes.Generator.Analyzers.Infrastructure;

/// <summary>The rule data the generator put on one constant, read once per compilation.</summary>
internal sealed class CodeRules
{
    private CodeRules(string code, IFieldSymbol field, CatalogInfo catalog, bool isAccessible)
    {
        Code = code;
        Field = field;
        Catalog = catalog;
        IsAccessible = isAccessible;
    }

    public string Code { get; }

    public IFieldSymbol Field { get; }

    public CatalogInfo Catalog { get; }

    /// <summary>The user's code can reference the constant (the fixes may write it).</summary>
    public bool IsAccessible { get; }

    /// <summary>EncounterMode value; 0 when the code has none.</summary>
    public int EncounterMode { get; private set; }

    public ImmutableArray<UseInstead> UseInstead { get; private set; } = ImmutableArray<UseInstead>.Empty;

    /// <summary>[ReportedWith] is present.</summary>
    public bool IsAddOn { get; private set; }

    /// <summary>The codes an add-on must accompany; empty means any other procedure.</summary>
    public ImmutableArray<string> ReportedWith { get; private set; } = ImmutableArray<string>.Empty;

    public ImmutableArray<Exclusion> Exclusions { get; private set; } = ImmutableArray<Exclusion>.Empty;

    /// <summary>0 when unlimited.</summary>
    public int MaxPerDate { get; private set; }

    /// <summary>TreatmentArea value; 0 (Unspecified) when the definition does not say.</summary>
    public int Area { get; private set; }

    public bool AlsoAllowsToothRange { get; private set; }

    public int MinSurfaces { get; private set; }

    public int MaxSurfaces { get; private set; }

    public bool ByReport { get; private set; }

    /// <summary>0 when not stated.</summary>
    public int AddedIn { get; private set; }

    /// <summary>0 when the code is live.</summary>
    public int DeletedIn { get; private set; }

    public ImmutableArray<string> ReplacedBy { get; private set; } = ImmutableArray<string>.Empty;

    /// <summary>
    /// The constant carries <c>[Obsolete(DiagnosticId = "CDT004")]</c>: the compiler itself reports CDT004 on each
    /// reference, so the analyzer must not report it again on references.
    /// </summary>
    public bool CompilerReportsDeletion { get; private set; }

    /// <summary>The edition rules apply in: the project's override, else the catalog's target edition; 0 when unknown.</summary>
    public int EditionFor(int targetEditionOverride) => targetEditionOverride > 0 ? targetEditionOverride : Catalog.TargetEdition;

    public static CodeRules Read(IFieldSymbol field, CatalogInfo catalog, CdtSymbols symbols)
    {
        string code = (string)field.ConstantValue!;
        bool accessible = catalog.IsAccessible && symbols.Compilation.IsSymbolAccessibleWithin(field, symbols.Compilation.Assembly);
        CodeRules rules = new CodeRules(code, field, catalog, accessible);
        ImmutableArray<UseInstead>.Builder? useInstead = null;
        ImmutableArray<Exclusion>.Builder? exclusions = null;
        foreach (AttributeData attribute in field.GetAttributes())
        {
            INamedTypeSymbol? type = attribute.AttributeClass;
            if (type == null)
            {
                continue;
            }

            if (CdtSymbols.Is(attribute, symbols.EncounterAttribute))
            {
                rules.EncounterMode = CdtSymbols.ValidMode(CdtSymbols.IntArgument(attribute, 0));
            }
            else if (CdtSymbols.Is(attribute, symbols.UseInsteadAttribute))
            {
                string? other = CdtSymbols.StringArgument(attribute, 0);
                if (other != null)
                {
                    (useInstead ??= ImmutableArray.CreateBuilder<UseInstead>()).Add(new UseInstead(other, CdtSymbols.IntArgument(attribute, 1)));
                }
            }
            else if (CdtSymbols.Is(attribute, symbols.ReportedWithAttribute))
            {
                rules.IsAddOn = true;
                rules.ReportedWith = CdtSymbols.StringArrayArgument(attribute, 0);
            }
            else if (CdtSymbols.Is(attribute, symbols.ExclusiveWithAttribute))
            {
                ImmutableArray<string> codes = CdtSymbols.StringArrayArgument(attribute, 0);
                if (codes.Length > 0)
                {
                    (exclusions ??= ImmutableArray.CreateBuilder<Exclusion>()).Add(new Exclusion(
                        codes,
                        CdtSymbols.IntNamedArgument(attribute, "FromEdition"),
                        CdtSymbols.IntNamedArgument(attribute, "ToEdition"),
                        CdtSymbols.StringNamedArgument(attribute, "Note")));
                }
            }
            else if (CdtSymbols.Is(attribute, symbols.MaxPerDateAttribute))
            {
                rules.MaxPerDate = CdtSymbols.IntArgument(attribute, 0);
            }
            else if (CdtSymbols.Is(attribute, symbols.AreaAttribute))
            {
                rules.Area = CdtSymbols.IntArgument(attribute, 0);
                rules.AlsoAllowsToothRange = CdtSymbols.BoolNamedArgument(attribute, "AlsoAllowsToothRange");
                rules.MinSurfaces = CdtSymbols.IntNamedArgument(attribute, "MinSurfaces");
                rules.MaxSurfaces = CdtSymbols.IntNamedArgument(attribute, "MaxSurfaces");
            }
            else if (CdtSymbols.Is(attribute, symbols.ByReportAttribute))
            {
                rules.ByReport = true;
            }
            else if (CdtSymbols.Is(attribute, symbols.AddedAttribute))
            {
                rules.AddedIn = CdtSymbols.IntArgument(attribute, 0);
            }
            else if (CdtSymbols.Is(attribute, symbols.DeletedAttribute))
            {
                rules.DeletedIn = CdtSymbols.IntArgument(attribute, 0);
                rules.ReplacedBy = CdtSymbols.StringArrayArgument(attribute, 1);
            }
            else if (CdtSymbols.Is(attribute, symbols.ObsoleteAttribute) && HasDiagnosticId(attribute, UsageRuleIds.DeletedCode))
            {
                rules.CompilerReportsDeletion = true;
            }
        }

        if (useInstead != null)
        {
            rules.UseInstead = useInstead.ToImmutable();
        }

        if (exclusions != null)
        {
            rules.Exclusions = exclusions.ToImmutable();
        }

        return rules;
    }

    private static bool HasDiagnosticId(AttributeData attribute, string id)
    {
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            if (argument.Key == "DiagnosticId" && argument.Value.Value is string value && value == id)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Use <see cref="Code"/> instead when the encounter has mode <see cref="When"/>.</summary>
internal readonly struct UseInstead
{
    public UseInstead(string code, int when)
    {
        Code = code;
        When = when;
    }

    public string Code { get; }

    public int When { get; }
}

/// <summary>An [ExclusiveWith]: codes not reported on the same date, optionally bounded by editions (0 = open).</summary>
internal sealed class Exclusion
{
    public Exclusion(ImmutableArray<string> codes, int fromEdition, int toEdition, string? note)
    {
        Codes = codes;
        FromEdition = fromEdition;
        ToEdition = toEdition;
        Note = note ?? string.Empty;
    }

    /// <summary>Why, in one line, as the definition says it; empty when none.</summary>
    public string Note { get; }

    public ImmutableArray<string> Codes { get; }

    public int FromEdition { get; }

    public int ToEdition { get; }

    /// <summary>Edition-bound exclusions are CDT006; unbounded ones CDT003.</summary>
    public bool IsEditionBound => FromEdition > 0 || ToEdition > 0;

    public bool AppliesIn(int edition) =>
        edition > 0 && (FromEdition == 0 || edition >= FromEdition) && (ToEdition == 0 || edition <= ToEdition);

    public bool Names(string code)
    {
        foreach (string c in Codes)
        {
            if (c == code)
            {
                return true;
            }
        }

        return false;
    }
}
