using CdtCodes;

namespace Console10;

internal static class Misuse
{
    // A live video consult billed with the store-and-forward code: CDT001.
    public static CdtVisit LiveConsult() =>
        new CdtVisit(EncounterMode.Synchronous) { Cdt.D0140, /*!CDT001*/Cdt.D9996 };
}
