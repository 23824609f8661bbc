using CdtCodes;

namespace ClaimsPrep;

/// <summary>Prints a code's companion entry: what the billing desk reads before it codes a visit.</summary>
internal static class Companion
{
    public static void Print(CdtCode entry)
    {
        Console.WriteLine($"# {entry.Code} {entry.Name}");
        Console.WriteLine($"{entry.Category}{(entry.Subcategory.Length > 0 ? " / " + entry.Subcategory : "")}" +
                          $"{(entry.EncounterMode != EncounterMode.Unspecified ? ", encounter: " + entry.EncounterMode : "")}" +
                          $"{(entry.IsAddOn ? ", reported with another procedure" : "")}");
        if (entry.Summary.Length > 0)
        {
            Console.WriteLine();
            Console.WriteLine(entry.Summary);
        }

        List("When to use", entry.WhenToUse);
        List("Not for", entry.NotFor);
        List("Documentation checklist", entry.Documentation, "[ ] ");
        List("Billing notes", entry.BillingNotes);
        if (entry.Faq.Count > 0)
        {
            Console.WriteLine();
            Console.WriteLine("## FAQ");
            foreach (var faq in entry.Faq)
            {
                Console.WriteLine($"Q: {faq.Question}");
                Console.WriteLine($"A: {faq.Answer}");
            }
        }

        Console.WriteLine();
    }

    private static void List(string title, IReadOnlyList<string> items, string bullet = "- ")
    {
        if (items.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine("## " + title);
        foreach (var item in items)
        {
            Console.WriteLine(bullet + item);
        }
    }
}
