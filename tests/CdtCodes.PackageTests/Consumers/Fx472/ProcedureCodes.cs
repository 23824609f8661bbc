using System.Collections.Generic;
using CdtCodes;

namespace Fx472
{
    public static class ProcedureCodes
    {
        public static string ForTeleVisit(bool live)
        {
            switch (live)
            {
                case true:
                    return Cdt.D9995;
                default:
                    return Cdt.D9996;
            }
        }

        public static string Describe(string code)
        {
            CdtCode entry;
            return CdtCatalog.TryGet(code, out entry) ? entry.Code + " " + entry.Name : code + " (unknown)";
        }

        public static IList<string> Neighbours(string code)
        {
            return new List<string>(CdtCatalog.Graph.Neighbors(code));
        }

        [EncounterContext(EncounterMode.Synchronous)]
        public static string LiveConsultCode()
        {
            // Store-and-forward code in a live context: CDT001.
            return /*!CDT001*/Cdt.D9996;
        }
    }
}
