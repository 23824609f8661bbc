using System;

// The generator puts these on each generated Cdt constant. The analyzer reads them from the constant's symbol, so
// the rules travel with the compiled catalog (also across project references) and no JSON is needed at analysis.
namespace CdtCodes.Rules;

/// <summary>Marks a generated class whose string constants are CDT codes, and the edition the catalog targets.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CdtConstantsAttribute : Attribute
{
    /// <summary>The CDT edition year the catalog was generated for; 0 when none.</summary>
    public int TargetEdition { get; set; }
}

/// <summary>Points the analyzer at the generated constants class of an assembly.</summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class CdtCatalogAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public CdtCatalogAttribute(Type constants)
    {
        Constants = constants;
    }

    /// <summary>The generated class carrying <see cref="CdtConstantsAttribute"/>.</summary>
    public Type Constants { get; }
}

/// <summary>The code stands for an encounter mode (teledentistry): CDT001 when used in a context of another mode.</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class EncounterAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public EncounterAttribute(EncounterMode mode)
    {
        Mode = mode;
    }

    /// <summary>The mode the code stands for.</summary>
    public EncounterMode Mode { get; }
}

/// <summary>Use another code instead when the encounter has the given mode (the CDT001 code fix).</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = true)]
public sealed class UseInsteadAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public UseInsteadAttribute(string code, EncounterMode when)
    {
        Code = code;
        When = when;
    }

    /// <summary>The code to use instead.</summary>
    public string Code { get; }

    /// <summary>The encounter mode under which <see cref="Code"/> is right.</summary>
    public EncounterMode When { get; }
}

/// <summary>An add-on: reported only with another procedure on the same date (CDT002).</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class ReportedWithAttribute : Attribute
{
    /// <summary>Creates the attribute; no codes means any other procedure.</summary>
    public ReportedWithAttribute(params string[] codes)
    {
        Codes = codes ?? Array.Empty<string>();
    }

    /// <summary>The codes the add-on must accompany; empty means any other procedure.</summary>
    public string[] Codes { get; }
}

/// <summary>Codes not reported with this one on the same date (CDT003; CDT006 when edition-bound).</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false, AllowMultiple = true)]
public sealed class ExclusiveWithAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public ExclusiveWithAttribute(params string[] codes)
    {
        Codes = codes ?? Array.Empty<string>();
    }

    /// <summary>The excluded codes.</summary>
    public string[] Codes { get; }

    /// <summary>First edition year the exclusion applies in; 0 for no lower bound.</summary>
    public int FromEdition { get; set; }

    /// <summary>Last edition year the exclusion applies in; 0 for no upper bound.</summary>
    public int ToEdition { get; set; }

    /// <summary>Why, in one line; appended to the CDT003/CDT006 message.</summary>
    public string? Note { get; set; }
}

/// <summary>How many times the code may be reported per date of service (CDT003).</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class MaxPerDateAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public MaxPerDateAttribute(int count)
    {
        Count = count;
    }

    /// <summary>The most times per date of service.</summary>
    public int Count { get; }
}

/// <summary>Where in the mouth the code is reported (CDT007).</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class AreaAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public AreaAttribute(TreatmentArea area)
    {
        Area = area;
    }

    /// <summary>The treatment area.</summary>
    public TreatmentArea Area { get; }

    /// <summary>For arch or quadrant codes: a tooth or tooth range may be given too.</summary>
    public bool AlsoAllowsToothRange { get; set; }

    /// <summary>For surface codes: the fewest surfaces; 0 when not stated.</summary>
    public int MinSurfaces { get; set; }

    /// <summary>For surface codes: the most surfaces; 0 when not stated.</summary>
    public int MaxSurfaces { get; set; }
}

/// <summary>The code needs a narrative (CDT008).</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class ByReportAttribute : Attribute
{
}

/// <summary>The edition that added the code (CDT005 before it).</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class AddedAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public AddedAttribute(int edition)
    {
        Edition = edition;
    }

    /// <summary>The edition year.</summary>
    public int Edition { get; }
}

/// <summary>The edition that deleted the code and its successors (CDT004 from it on).</summary>
[AttributeUsage(AttributeTargets.Field, Inherited = false)]
public sealed class DeletedAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public DeletedAttribute(int edition, params string[] replacedBy)
    {
        Edition = edition;
        ReplacedBy = replacedBy ?? Array.Empty<string>();
    }

    /// <summary>The edition year.</summary>
    public int Edition { get; }

    /// <summary>The codes that took over; may be empty.</summary>
    public string[] ReplacedBy { get; }
}
