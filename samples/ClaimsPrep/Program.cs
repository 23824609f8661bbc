// ClaimsPrep: prepares the day's claims at a practice that offers live video consults and store-and-forward photo
// reviews. Usage: dotnet run --project samples/ClaimsPrep [-- <code> [<visits.json>]]
using CdtCodes;
using ClaimsPrep;

string wanted = args.Length > 0 ? args[0] : Cdt.D9996;
string visitsPath = args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "visits.json");

Console.WriteLine($"ClaimsPrep: {CdtCatalog.All.Count} CDT codes known at compile time");
Console.WriteLine($"Teledentistry codes we bill: {Cdt.D9995} (live video), {Cdt.D9996} (photo review)");
Console.WriteLine();

// 1. Look a code up, the way a user types it ("d9996", "D-9996" and "9996" work too).
if (!CdtCatalog.TryParse(wanted, out CdtCode entry))
{
    Console.WriteLine($"'{wanted}' is not a code this project defines.");
    return 1;
}

Companion.Print(entry);

// 2. Its neighbourhood in the related-code graph, as Mermaid text (paste into any Mermaid viewer).
Console.WriteLine("## Neighbourhood (Mermaid)");
Console.WriteLine(CdtCatalog.Graph.ToMermaid(entry.Code, depth: 1));

// 3. Check the day's visits with the same rules the analyzer applies at compile time.
Console.WriteLine($"## Visits in {Path.GetFileName(visitsPath)}");
var visits = VisitFile.Load(visitsPath);
int needAttention = 0;
foreach (var (record, visit) in visits)
{
    var result = CdtCatalog.Codes.Validator.Validate(visit);
    string codes = string.Join(" ", visit.Lines.Select(l => l.Code?.Trim()));
    Console.WriteLine($"{record.Id} {record.Date:yyyy-MM-dd} {record.Kind,-16} {codes,-12} {(result.IsValid ? "ready to submit" : "needs attention")}");
    foreach (var finding in result.Findings)
    {
        Console.WriteLine($"    {finding.RuleId} {finding.Severity.ToString().ToLowerInvariant()}: {finding.Message}");
    }

    if (!result.IsValid)
    {
        needAttention++;
    }
}

Console.WriteLine($"{visits.Count - needAttention} of {visits.Count} visits ready, {needAttention} need attention.");
return 0;
