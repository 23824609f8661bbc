using System;
using System.Globalization;

namespace CdtCodes;

/// <summary>
/// A yearly edition of the CDT code set (e.g. CDT 2025). Editions take effect for dates of service on or after
/// 1 January of their year.
/// </summary>
public readonly struct CdtEdition : IEquatable<CdtEdition>, IComparable<CdtEdition>
{
    /// <summary>Creates the edition of the given year (e.g. 2025).</summary>
    public CdtEdition(int year)
    {
        if (year < 1 || year > 9999)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "An edition year is between 1 and 9999.");
        }

        Year = year;
    }

    /// <summary>The edition's year, e.g. 2025 for CDT 2025.</summary>
    public int Year { get; }

    /// <summary>The first date of service the edition governs: 1 January of <see cref="Year"/>.</summary>
    public DateTime EffectiveFrom => new DateTime(Year, 1, 1);

    /// <summary>The edition that governs a date of service.</summary>
    public static CdtEdition ForDateOfService(DateTime dateOfService) => new CdtEdition(dateOfService.Year);

    /// <inheritdoc />
    public bool Equals(CdtEdition other) => Year == other.Year;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CdtEdition other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Year;

    /// <inheritdoc />
    public int CompareTo(CdtEdition other) => Year.CompareTo(other.Year);

    /// <summary>"CDT 2025".</summary>
    public override string ToString() => "CDT " + Year.ToString(CultureInfo.InvariantCulture);

#pragma warning disable CS1591 // operators are self-explanatory
    public static bool operator ==(CdtEdition left, CdtEdition right) => left.Equals(right);
    public static bool operator !=(CdtEdition left, CdtEdition right) => !left.Equals(right);
    public static bool operator <(CdtEdition left, CdtEdition right) => left.Year < right.Year;
    public static bool operator >(CdtEdition left, CdtEdition right) => left.Year > right.Year;
    public static bool operator <=(CdtEdition left, CdtEdition right) => left.Year <= right.Year;
    public static bool operator >=(CdtEdition left, CdtEdition right) => left.Year >= right.Year;
#pragma warning restore CS1591
}
