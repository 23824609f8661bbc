// ClaimsPrep: prepares the day's claims at a practice that offers live video consults and store-and-forward photo
// reviews. Usage: dotnet run --project samples/ClaimsPrep [-- <code> [<visits.json>]]
using CdtCodes;
using ClaimsPrep;

string wanted = args.Length > 0 ? args[0] : Cdt.D9996;
string visitsPath = args.Length > 1 ? args[1] : Path.Combine(AppContext.BaseDirectory, "visits.json");

Console.WriteLine($"ClaimsPrep: {CdtCatalog.All.Count} CDT codes known at compile time");
Console.WriteLine($"Teledentistry codes we bill: {ClaimCoder.TeledentistryCode(VisitKind.LiveVideoConsult)} (live video consult), " +
                  $"{ClaimCoder.TeledentistryCode(VisitKind.PhotoReview)} (photo review)");
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
var loaded = CdtVisitJson.Load(File.ReadAllText(visitsPath));
if (!loaded.Success)
{
    Console.WriteLine($"{visitsPath}: {loaded.Error}");
    return 1;
}

var visits = loaded.Visits;
int needAttention = 0;
foreach (var result in CdtCatalog.Validator.Validate(visits))
{
    var visit = result.Visit!;
    string codes = string.Join(" ", visit.Lines.Select(l => l.Code?.Trim()));
    Console.WriteLine($"{visit.Id} {visit.DateOfService:yyyy-MM-dd} {visit.EncounterMode,-12} {codes,-18} " +
                      (result.IsValid ? "ready to submit" : "needs attention"));
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
