using CdtCodes;

namespace Practice.Codes.Api;

/// <summary>Uses the public generated API from a library.</summary>
public static class CodeList
{
    public static string Filling => Cdt.D2391;

    public static string LiveConsultName => CdtCatalog.TryGet(Cdt.D9995, out var entry) ? entry.Name : "";
}
