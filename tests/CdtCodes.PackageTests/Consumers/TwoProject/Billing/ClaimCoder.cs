using System;
using Clinic.Domain;

namespace Clinic.Billing;

public static class ClaimCoder
{
    public static string TeledentistryCode(VisitKind kind) => kind switch
    {
        VisitKind.LiveVideo => /*!CDT001*/Cdt.D9996,
        VisitKind.PhotoReview => Cdt.D9996,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Name(string code) => CdtCatalog.TryGet(code, out var entry) ? entry.Name : code;
}
