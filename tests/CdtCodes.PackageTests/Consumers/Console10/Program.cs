using CdtCodes;
using Console10;

// Constants, the catalog and the graph, at run time.
Console.WriteLine("constant: " + Cdt.D9995);
Console.WriteLine("count: " + CdtCatalog.All.Count);
if (CdtCatalog.TryGet("D9996", out var entry))
{
    Console.WriteLine("name: " + entry.Name);
    Console.WriteLine("mode: " + entry.EncounterMode);
}

Console.WriteLine("parsed: " + (CdtCatalog.TryParse(" d9995 ", out var parsed) ? parsed.Code : "none"));
Console.WriteLine("neighbours: " + string.Join(",", CdtCatalog.Graph.Neighbors(Cdt.D9996)));
Console.WriteLine(CdtCatalog.Graph.ToMermaid(Cdt.D9996));
Console.WriteLine("visit lines: " + Misuse.LiveConsult().Lines.Count);
