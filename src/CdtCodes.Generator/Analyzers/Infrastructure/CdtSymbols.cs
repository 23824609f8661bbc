using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CdtCodes.Generator.Analyzers.Infrastructure;

/// <summary>Which of the runtime library's marker attributes a parameter, property or field carries.</summary>
[Flags]
internal enum CdtMarks
{
    None = 0,
    Code = 1,
    ProcedureSet = 2,
    Tooth = 4,
    Surfaces = 8,
    Area = 16,
    Narrative = 32,
}

/// <summary>
/// Everything the usage analyzers look up once per compilation: the runtime library's types, the catalog classes
/// (through the assembly-level CdtCatalog attribute of the compilation and of referenced assemblies, or the
/// CdtConstants attribute on a constant's containing type) and the rule data read from the constants' attributes.
/// Shared by all usage analyzers of one compilation; everything mutable is concurrent and filled lazily.
/// </summary>
internal sealed class CdtSymbols
{
    public const string TargetEditionProperty = "build_property.CdtCodesTargetEdition";

    private static readonly ConditionalWeakTable<Compilation, CdtSymbols> Cache = new ConditionalWeakTable<Compilation, CdtSymbols>();
    private static readonly ConditionalWeakTable<Compilation, CdtSymbols>.CreateValueCallback Factory = c => new CdtSymbols(c);

    private static readonly SymbolDisplayFormat NamespaceFormat = new SymbolDisplayFormat(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    private static readonly SymbolDisplayFormat RelativeTypeFormat = new SymbolDisplayFormat(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    private readonly ConcurrentDictionary<INamedTypeSymbol, CatalogInfo?> catalogsByType =
        new ConcurrentDictionary<INamedTypeSymbol, CatalogInfo?>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IFieldSymbol, CodeRules> rulesByField =
        new ConcurrentDictionary<IFieldSymbol, CodeRules>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, CdtMarks> memberMarks =
        new ConcurrentDictionary<ITypeSymbol, CdtMarks>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<IAssemblySymbol, bool> assembliesUsingRuntime =
        new ConcurrentDictionary<IAssemblySymbol, bool>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ITypeSymbol, bool> encounterEnums =
        new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
    private readonly Lazy<ImmutableArray<CatalogInfo>> catalogs;

    // Factories cached once: a lambda or method group passed to GetOrAdd would allocate on every lookup.
    private readonly Func<ITypeSymbol, CdtMarks> memberMarksFactory;
    private readonly Func<ITypeSymbol, bool> encounterEnumFactory;
    private readonly Func<INamedTypeSymbol, CatalogInfo?> markedCatalogFactory;
    private readonly Func<INamedTypeSymbol, CatalogInfo?> registeredCatalogFactory;
    private readonly Func<IAssemblySymbol, bool> referencesRuntimeFactory;
    private readonly Func<string, CodeRules?> lookUpCodeFactory;

    // Codes looked up so far (at most the distinct code literals of the compilation), not every constant up front.
    private readonly ConcurrentDictionary<string, CodeRules?> codes = new ConcurrentDictionary<string, CodeRules?>(StringComparer.Ordinal);

    private CdtSymbols(Compilation compilation)
    {
        Compilation = compilation;
        memberMarksFactory = ComputeMemberMarks;
        encounterEnumFactory = HasEncounterMembers;
        markedCatalogFactory = t => HasAttribute(t, CdtConstantsAttribute) ? CreateCatalog(t) : null;
        registeredCatalogFactory = CreateCatalog;
        referencesRuntimeFactory = ReferencesRuntime;
        lookUpCodeFactory = LookUpCode;
        EncounterMode = compilation.GetTypeByMetadataName("CdtCodes.EncounterMode");
        IAssemblySymbol? runtime = EncounterMode?.ContainingAssembly;
        if (runtime == null)
        {
            catalogs = new Lazy<ImmutableArray<CatalogInfo>>(() => ImmutableArray<CatalogInfo>.Empty);
            return;
        }

        RuntimeAssemblyName = runtime.Identity.Name;
        EncounterContextAttribute = runtime.GetTypeByMetadataName("CdtCodes.EncounterContextAttribute");
        CdtCodeAttribute = runtime.GetTypeByMetadataName("CdtCodes.CdtCodeAttribute");
        CdtProcedureSetAttribute = runtime.GetTypeByMetadataName("CdtCodes.CdtProcedureSetAttribute");
        CdtToothAttribute = runtime.GetTypeByMetadataName("CdtCodes.CdtToothAttribute");
        CdtSurfacesAttribute = runtime.GetTypeByMetadataName("CdtCodes.CdtSurfacesAttribute");
        CdtAreaAttribute = runtime.GetTypeByMetadataName("CdtCodes.CdtAreaAttribute");
        CdtNarrativeAttribute = runtime.GetTypeByMetadataName("CdtCodes.CdtNarrativeAttribute");
        CdtVisit = runtime.GetTypeByMetadataName("CdtCodes.CdtVisit");
        CdtConstantsAttribute = runtime.GetTypeByMetadataName("CdtCodes.Rules.CdtConstantsAttribute");
        CdtCatalogAttribute = runtime.GetTypeByMetadataName("CdtCodes.Rules.CdtCatalogAttribute");
        EncounterAttribute = runtime.GetTypeByMetadataName("CdtCodes.Rules.EncounterAttribute");
        UseInsteadAttribute = runtime.GetTypeByMetadataName("CdtCodes.Rules.UseInsteadAttribute");
        ReportedWithAttribute = runtime.GetTypeByMetadataName("CdtCodes.Rules.ReportedWithAttribute");
        ExclusiveWithAttribute = runtime.GetTypeByMetadataName("CdtCodes.Rules.ExclusiveWithAttribute");
        MaxPerDateAttribute = runtime.GetTypeByMetadataName("CdtCodes.Rules.MaxPerDateAttribute");
        AreaAttribute = runtime.GetTypeByMetadataName("CdtCodes.Rules.AreaAttribute");
        ByReportAttribute = runtime.GetTypeByMetadataName("CdtCodes.Rules.ByReportAttribute");
        AddedAttribute = runtime.GetTypeByMetadataName("CdtCodes.Rules.AddedAttribute");
        DeletedAttribute = runtime.GetTypeByMetadataName("CdtCodes.Rules.DeletedAttribute");
        ObsoleteAttribute = compilation.GetTypeByMetadataName("System.ObsoleteAttribute");
        IsAvailable = true;
        catalogs = new Lazy<ImmutableArray<CatalogInfo>>(FindCatalogs, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>False when the compilation does not reference the runtime library: then no rule can apply.</summary>
    public bool IsAvailable { get; }

    public Compilation Compilation { get; }

    public string? RuntimeAssemblyName { get; }

    public INamedTypeSymbol? EncounterMode { get; }
    public INamedTypeSymbol? EncounterContextAttribute { get; }
    public INamedTypeSymbol? CdtCodeAttribute { get; }
    public INamedTypeSymbol? CdtProcedureSetAttribute { get; }
    public INamedTypeSymbol? CdtToothAttribute { get; }
    public INamedTypeSymbol? CdtSurfacesAttribute { get; }
    public INamedTypeSymbol? CdtAreaAttribute { get; }
    public INamedTypeSymbol? CdtNarrativeAttribute { get; }
    public INamedTypeSymbol? CdtVisit { get; }
    public INamedTypeSymbol? CdtConstantsAttribute { get; }
    public INamedTypeSymbol? CdtCatalogAttribute { get; }
    public INamedTypeSymbol? EncounterAttribute { get; }
    public INamedTypeSymbol? UseInsteadAttribute { get; }
    public INamedTypeSymbol? ReportedWithAttribute { get; }
    public INamedTypeSymbol? ExclusiveWithAttribute { get; }
    public INamedTypeSymbol? MaxPerDateAttribute { get; }
    public INamedTypeSymbol? AreaAttribute { get; }
    public INamedTypeSymbol? ByReportAttribute { get; }
    public INamedTypeSymbol? AddedAttribute { get; }
    public INamedTypeSymbol? DeletedAttribute { get; }
    public INamedTypeSymbol? ObsoleteAttribute { get; }

    /// <summary>The catalogs the compilation declares (first) and those of referenced assemblies, in reference order.</summary>
    public ImmutableArray<CatalogInfo> Catalogs => catalogs.Value;

    /// <summary>The shared instance for a compilation, or null when the runtime library is not referenced.</summary>
    public static CdtSymbols? For(Compilation compilation)
    {
        CdtSymbols symbols = Cache.GetValue(compilation, Factory);
        return symbols.IsAvailable ? symbols : null;
    }

    /// <summary>The target edition set in the consuming project (<c>CdtCodesTargetEdition</c>), or 0.</summary>
    public static int ReadTargetEditionOverride(AnalyzerOptions options)
    {
        if (options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue(TargetEditionProperty, out string? value)
            && value != null
            && int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int edition)
            && edition > 0)
        {
            return edition;
        }

        return 0;
    }

    public static bool Is(AttributeData attribute, INamedTypeSymbol? type) =>
        type != null && SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, type);

    /// <summary>The marker attributes on a parameter, property or field.</summary>
    public CdtMarks GetMarks(ISymbol? symbol)
    {
        if (symbol == null)
        {
            return CdtMarks.None;
        }

        CdtMarks marks = CdtMarks.None;
        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            INamedTypeSymbol? type = attribute.AttributeClass;
            if (type == null)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(type, CdtCodeAttribute)) marks |= CdtMarks.Code;
            else if (SymbolEqualityComparer.Default.Equals(type, CdtProcedureSetAttribute)) marks |= CdtMarks.ProcedureSet;
            else if (SymbolEqualityComparer.Default.Equals(type, CdtToothAttribute)) marks |= CdtMarks.Tooth;
            else if (SymbolEqualityComparer.Default.Equals(type, CdtSurfacesAttribute)) marks |= CdtMarks.Surfaces;
            else if (SymbolEqualityComparer.Default.Equals(type, CdtAreaAttribute)) marks |= CdtMarks.Area;
            else if (SymbolEqualityComparer.Default.Equals(type, CdtNarrativeAttribute)) marks |= CdtMarks.Narrative;
        }

        return marks;
    }

    /// <summary>The union of the marks on a type's properties and fields (a claim-line type's slots).</summary>
    public CdtMarks GetMemberMarks(ITypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Error || !CanUseRuntime(type.ContainingAssembly))
        {
            return CdtMarks.None;
        }

        return memberMarks.GetOrAdd(type, memberMarksFactory);
    }

    /// <summary>The mode an <c>[EncounterContext]</c> on the symbol states, or Unspecified (0).</summary>
    public int GetEncounterContext(ISymbol? symbol)
    {
        if (symbol == null || EncounterContextAttribute == null)
        {
            return 0;
        }

        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (Is(attribute, EncounterContextAttribute))
            {
                return ValidMode(IntArgument(attribute, 0));
            }
        }

        return 0;
    }

    /// <summary>True for EncounterMode and for enums that have a member marked <c>[EncounterContext]</c>.</summary>
    public bool IsEncounterCarrier(ITypeSymbol? type)
    {
        if (type == null || type.TypeKind != TypeKind.Enum)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(type, EncounterMode))
        {
            return true;
        }

        return encounterEnums.GetOrAdd(type, encounterEnumFactory);
    }

    /// <summary>The catalog a type is, or null: registered by CdtCatalog or marked CdtConstants.</summary>
    public CatalogInfo? GetCatalog(INamedTypeSymbol? type)
    {
        if (type == null)
        {
            return null;
        }

        _ = catalogs.Value; // registers the CdtCatalog types first, so their order and edition win
        return catalogsByType.GetOrAdd(type, markedCatalogFactory);
    }

    /// <summary>The rules of a generated constant, or null when the field is not a catalog constant.</summary>
    public CodeRules? GetRules(IFieldSymbol? field)
    {
        if (field == null || !field.IsConst || field.Type.SpecialType != SpecialType.System_String || !(field.ConstantValue is string))
        {
            return null;
        }

        if (rulesByField.TryGetValue(field.OriginalDefinition, out CodeRules? rules))
        {
            return rules;
        }

        CatalogInfo? catalog = GetCatalog(field.ContainingType);
        return catalog == null ? null : AddRules(field.OriginalDefinition, catalog);
    }

    private CodeRules AddRules(IFieldSymbol field, CatalogInfo catalog)
    {
        // No lambda here: a captured local would allocate on every GetRules call, hit or miss.
        return rulesByField.GetOrAdd(field, CodeRules.Read(field, catalog, this));
    }

    /// <summary>The rules of a code by its value (the compilation's own catalog first), or null when no catalog knows it.</summary>
    public CodeRules? FindCode(string code)
    {
        return codes.GetOrAdd(code, lookUpCodeFactory);
    }

    /// <summary>
    /// The accessible constant for a code: in <paramref name="preferred"/> when it has one, else in any visible catalog.
    /// </summary>
    public CodeRules? FindConstant(string code, CatalogInfo? preferred)
    {
        if (preferred != null && preferred.IsAccessible && preferred.Fields.Value.TryGetValue(code, out IFieldSymbol? field))
        {
            CodeRules? rules = GetRules(field);
            if (rules != null && rules.IsAccessible)
            {
                return rules;
            }
        }

        CodeRules? found = FindCode(code);
        return found != null && found.IsAccessible ? found : null;
    }

    /// <summary>Properties for a fix that writes <paramref name="code"/>, naming its constant when there is one.</summary>
    public static ImmutableDictionary<string, string?> FixProperties(string code, CodeRules? constant)
    {
        ImmutableDictionary<string, string?>.Builder builder = ImmutableDictionary.CreateBuilder<string, string?>(StringComparer.Ordinal);
        builder.Add(UsageProperties.Code, code);
        if (constant != null && constant.IsAccessible)
        {
            builder.Add(UsageProperties.ConstantType, constant.Catalog.FullyQualifiedName);
            builder.Add(UsageProperties.ConstantNamespace, constant.Catalog.Namespace);
            builder.Add(UsageProperties.ConstantTypeName, constant.Catalog.RelativeName);
            builder.Add(UsageProperties.ConstantName, constant.Field.Name);
        }

        return builder.ToImmutable();
    }

    /// <summary>InPerson, Synchronous or Asynchronous; anything else (a cast number) states nothing.</summary>
    public static int ValidMode(int mode) => mode >= 1 && mode <= 3 ? mode : 0;

    public static int IntArgument(AttributeData attribute, int index)
    {
        ImmutableArray<TypedConstant> arguments = attribute.ConstructorArguments;
        if (index < arguments.Length && arguments[index].Kind != TypedConstantKind.Array && arguments[index].Value is int value)
        {
            return value;
        }

        return 0;
    }

    public static int IntNamedArgument(AttributeData attribute, string name)
    {
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Kind != TypedConstantKind.Array && argument.Value.Value is int value)
            {
                return value;
            }
        }

        return 0;
    }

    public static string? StringNamedArgument(AttributeData attribute, string name)
    {
        foreach (var pair in attribute.NamedArguments)
        {
            if (pair.Key == name && pair.Value.Kind == TypedConstantKind.Primitive)
            {
                return pair.Value.Value as string;
            }
        }

        return null;
    }

    public static bool BoolNamedArgument(AttributeData attribute, string name)
    {
        foreach (KeyValuePair<string, TypedConstant> argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Value is bool value)
            {
                return value;
            }
        }

        return false;
    }

    public static string? StringArgument(AttributeData attribute, int index)
    {
        ImmutableArray<TypedConstant> arguments = attribute.ConstructorArguments;
        return index < arguments.Length && arguments[index].Kind != TypedConstantKind.Array ? arguments[index].Value as string : null;
    }

    /// <summary>The strings of a <c>params string[]</c> constructor argument (empty when absent or broken).</summary>
    public static ImmutableArray<string> StringArrayArgument(AttributeData attribute, int index)
    {
        ImmutableArray<TypedConstant> arguments = attribute.ConstructorArguments;
        if (index >= arguments.Length || arguments[index].Kind != TypedConstantKind.Array || arguments[index].IsNull)
        {
            return ImmutableArray<string>.Empty;
        }

        ImmutableArray<string>.Builder builder = ImmutableArray.CreateBuilder<string>();
        foreach (TypedConstant value in arguments[index].Values)
        {
            if (value.Value is string s)
            {
                builder.Add(s);
            }
        }

        return builder.ToImmutable();
    }

    private static bool HasAttribute(ISymbol symbol, INamedTypeSymbol? attributeType)
    {
        if (attributeType == null)
        {
            return false;
        }

        foreach (AttributeData attribute in symbol.GetAttributes())
        {
            if (Is(attribute, attributeType))
            {
                return true;
            }
        }

        return false;
    }

    private CdtMarks ComputeMemberMarks(ITypeSymbol type)
    {
        CdtMarks marks = CdtMarks.None;
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IPropertySymbol || member is IFieldSymbol)
            {
                marks |= GetMarks(member);
            }
        }

        return marks;
    }

    private bool HasEncounterMembers(ITypeSymbol type)
    {
        foreach (ISymbol member in type.GetMembers())
        {
            if (member is IFieldSymbol && GetEncounterContext(member) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private ImmutableArray<CatalogInfo> FindCatalogs()
    {
        ImmutableArray<CatalogInfo>.Builder found = ImmutableArray.CreateBuilder<CatalogInfo>();
        AddCatalogs(Compilation.Assembly, found);
        foreach (IAssemblySymbol assembly in Compilation.SourceModule.ReferencedAssemblySymbols)
        {
            // Only an assembly compiled against the runtime library can carry [CdtCatalog]; skipping the rest avoids
            // decoding the attributes of every framework assembly.
            if (ReferencesRuntime(assembly))
            {
                AddCatalogs(assembly, found);
            }
        }

        return found.ToImmutable();
    }

    /// <summary>Only the runtime library, the compilation and assemblies built against the library can use its attributes.</summary>
    private bool CanUseRuntime(IAssemblySymbol? assembly)
    {
        if (assembly == null)
        {
            return false;
        }

        if (SymbolEqualityComparer.Default.Equals(assembly, Compilation.Assembly)
            || SymbolEqualityComparer.Default.Equals(assembly, EncounterMode?.ContainingAssembly))
        {
            return true;
        }

        return assembliesUsingRuntime.GetOrAdd(assembly, referencesRuntimeFactory);
    }

    private bool ReferencesRuntime(IAssemblySymbol assembly)
    {
        foreach (IModuleSymbol module in assembly.Modules)
        {
            foreach (AssemblyIdentity identity in module.ReferencedAssemblies)
            {
                if (string.Equals(identity.Name, RuntimeAssemblyName, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void AddCatalogs(IAssemblySymbol assembly, ImmutableArray<CatalogInfo>.Builder found)
    {
        if (CdtCatalogAttribute == null)
        {
            return;
        }

        foreach (AttributeData attribute in assembly.GetAttributes())
        {
            if (!Is(attribute, CdtCatalogAttribute)
                || attribute.ConstructorArguments.Length != 1
                || !(attribute.ConstructorArguments[0].Value is INamedTypeSymbol type)
                || type.TypeKind == TypeKind.Error)
            {
                continue;
            }

            CatalogInfo? catalog = catalogsByType.GetOrAdd(type, registeredCatalogFactory);
            if (catalog != null && !found.Contains(catalog))
            {
                found.Add(catalog);
            }
        }
    }

    private CatalogInfo CreateCatalog(INamedTypeSymbol type)
    {
        int edition = 0;
        foreach (AttributeData attribute in type.GetAttributes())
        {
            if (Is(attribute, CdtConstantsAttribute))
            {
                edition = IntNamedArgument(attribute, "TargetEdition");
            }
        }

        string ns = type.ContainingNamespace == null || type.ContainingNamespace.IsGlobalNamespace
            ? string.Empty
            : type.ContainingNamespace.ToDisplayString(NamespaceFormat);
        return new CatalogInfo(
            type,
            edition,
            Compilation.IsSymbolAccessibleWithin(type, Compilation.Assembly),
            type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat),
            ns,
            type.ToDisplayString(RelativeTypeFormat));
    }

    private CodeRules? LookUpCode(string code)
    {
        // First accessible constant wins; an inaccessible one only when no catalog offers an accessible constant.
        // Reading only the constants that are looked up keeps a 10,000-code catalog from costing 10,000 attribute reads.
        CodeRules? fallback = null;
        foreach (CatalogInfo catalog in Catalogs)
        {
            if (!catalog.Fields.Value.TryGetValue(code, out IFieldSymbol? field))
            {
                continue;
            }

            CodeRules? rules = GetRules(field);
            if (rules == null)
            {
                continue;
            }

            if (rules.IsAccessible)
            {
                return rules;
            }

            fallback ??= rules;
        }

        return fallback;
    }
}

/// <summary>One generated constants class.</summary>
internal sealed class CatalogInfo
{
    public CatalogInfo(INamedTypeSymbol type, int targetEdition, bool isAccessible, string fullyQualifiedName, string ns, string relativeName)
    {
        Type = type;
        TargetEdition = targetEdition;
        IsAccessible = isAccessible;
        FullyQualifiedName = fullyQualifiedName;
        Namespace = ns;
        RelativeName = relativeName;
        Fields = new Lazy<Dictionary<string, IFieldSymbol>>(IndexFields, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>CdtConstants(TargetEdition); 0 when not stated.</summary>
    public int TargetEdition { get; }

    public bool IsAccessible { get; }

    public string FullyQualifiedName { get; }

    public string Namespace { get; }

    public string RelativeName { get; }

    /// <summary>Code value → constant.</summary>
    public Lazy<Dictionary<string, IFieldSymbol>> Fields { get; }

    private Dictionary<string, IFieldSymbol> IndexFields()
    {
        Dictionary<string, IFieldSymbol> fields = new Dictionary<string, IFieldSymbol>(StringComparer.Ordinal);
        foreach (ISymbol member in Type.GetMembers())
        {
            if (member is IFieldSymbol { IsConst: true, ConstantValue: string code } field
                && field.Type.SpecialType == SpecialType.System_String
                && !fields.ContainsKey(code))
            {
                fields.Add(code, field);
            }
        }

        return fields;
    }
}
