using System;

namespace CdtCodes;

/// <summary>
/// States the encounter mode of the code inside: on a method, type or assembly, or on a member of your own enum that
/// is used as a switch arm's pattern. The analyzer judges teledentistry codes against it (CDT001).
/// </summary>
[AttributeUsage(
    AttributeTargets.Assembly | AttributeTargets.Module | AttributeTargets.Class | AttributeTargets.Struct |
    AttributeTargets.Interface | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Property |
    AttributeTargets.Field | AttributeTargets.Delegate,
    Inherited = false)]
public sealed class EncounterContextAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    public EncounterContextAttribute(EncounterMode mode)
    {
        Mode = mode;
    }

    /// <summary>The encounter mode.</summary>
    public EncounterMode Mode { get; }
}

/// <summary>The parameter, property or field holds one CDT code (CDT010–CDT012 judge literals passed to it).</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class CdtCodeAttribute : Attribute
{
}

/// <summary>
/// The parameter, property or field holds the procedures of one date of service for one patient (CDT002, CDT003,
/// CDT006 judge them together).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class CdtProcedureSetAttribute : Attribute
{
}

/// <summary>The parameter, property or field holds the tooth of a claim line (CDT007).</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class CdtToothAttribute : Attribute
{
}

/// <summary>The parameter, property or field holds the surfaces of a claim line, e.g. "MOD" (CDT007).</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class CdtSurfacesAttribute : Attribute
{
}

/// <summary>The parameter, property or field holds the oral cavity area of a claim line, e.g. "01" or "UR" (CDT007).</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class CdtAreaAttribute : Attribute
{
}

/// <summary>The parameter, property or field holds the narrative of a claim line (CDT008).</summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class CdtNarrativeAttribute : Attribute
{
}
