namespace CdtCodes.Tests;

/// <summary>Random visits: hostile ones (anything goes) and valid ones (built only from combinations the rules allow).</summary>
internal static class RandomVisits
{
    private static readonly string?[] Junk =
    {
        null, "", " ", "\t", "d0140", "D 0140", "0140", "D-9995", "D9995 ", "D99", "D12345", "X0140", "DDDDD", "D０１４０",
        "\u0000", "\uD800", "\u202ED0140", "D1234", "D0000", "D9999", new string('D', 70), "🦷", "D0140\n", "null",
    };

    private static readonly string?[] Teeth =
    {
        null, "", "1", "32", "33", "0", "A", "T", "U", "AS", "TS", "51", "82", "83", "2-5", "2,3,4", "2-", ",", "-", "a",
        "\n", "3 ", "99999999999999999999",
    };

    private static readonly string?[] SurfaceSets = { null, "", "M", "O", "MO", "MOD", "MM", "X", "mod", "MODBFLI", "MODBFLIM" };

    private static readonly string?[] Areas = { null, "", "00", "01", "02", "U", "L", "10", "20", "30", "40", "UR", "UL", "LL", "LR", "50", "ur" };

    public static CdtVisit Hostile(Random random)
    {
        var visit = new CdtVisit
        {
            Id = random.Next(3) == 0 ? null : "R" + random.Next(),
            DateOfService = random.Next(4) == 0 ? null : new DateTime(random.Next(1, 10000), random.Next(1, 13), random.Next(1, 29)),
            EncounterMode = (EncounterMode)random.Next(-2, 6),
            PlaceOfService = random.Next(2) == 0 ? null : random.Next(100).ToString("00", System.Globalization.CultureInfo.InvariantCulture),
        };
        int count = random.Next(12);
        for (int i = 0; i < count; i++)
        {
            if (random.Next(20) == 0)
            {
                visit.Lines.Add(null!);
                continue;
            }

            string? code = random.Next(3) == 0
                ? Junk[random.Next(Junk.Length)]
                : TestCatalog.Codes.All[random.Next(TestCatalog.Codes.Count)].Code;
            visit.Lines.Add(new CdtClaimLine(
                code,
                Teeth[random.Next(Teeth.Length)],
                SurfaceSets[random.Next(SurfaceSets.Length)],
                Areas[random.Next(Areas.Length)],
                random.Next(6) == 0 ? random.Next(int.MinValue, int.MaxValue) : random.Next(0, 3),
                random.Next(2) == 0 ? null : RandomText(random)));
        }

        return visit;
    }

    /// <summary>A visit that breaks no rule: every line has the shape its code wants and every add-on its companion.</summary>
    public static CdtVisit Valid(Random random)
    {
        int year = random.Next(2023, 2027);
        var date = new DateTime(year, random.Next(1, 13), random.Next(1, 29));
        var mode = (EncounterMode)random.Next(0, 4);
        var visit = new CdtVisit(date, mode) { Id = "ok" };

        // One to four primary procedures, each code at most once; D4355 never with the evaluations it excludes.
        bool debridement = random.Next(4) == 0;
        var primaries = new List<Func<CdtClaimLine>>
        {
            () => new CdtClaimLine("D0140"),
            () => new CdtClaimLine("D0220"),
            () => new CdtClaimLine("D0801", area: random.Next(2) == 0 ? null : "00"),
            () => new CdtClaimLine("D2391", tooth: Pick(random, "3", "14", "A", "51", "TS"), surfaces: Pick(random, "M", "O", "I", "D", "B", "F", "L")),
            () => new CdtClaimLine("D2392", tooth: Pick(random, "3", "19", "K"), surfaces: Pick(random, "MO", "DO", "BL", "FI")),
            () => new CdtClaimLine("D2940", tooth: Pick(random, "1", "32", "J", "82", "AS")),
            () => new CdtClaimLine("D4341", area: Pick(random, "10", "20", "30", "40", "UR", "UL", "LL", "LR")),
            () => new CdtClaimLine("D4342", tooth: Pick(random, null, "2-5", "2,3", "30"), area: Pick(random, "10", "LR")),
            () => new CdtClaimLine("D4999", tooth: Pick(random, "2-5", "A-E", "6,7,8", "9")),
            () => new CdtClaimLine("D9920", narrative: "Needed a calm, slow start."),
            () => new CdtClaimLine("D9944", area: Pick(random, "01", "02", "U", "L")),
        };
        if (debridement)
        {
            primaries.Add(() => new CdtClaimLine("D4355"));
        }
        else
        {
            primaries.Add(() => new CdtClaimLine("D0150"));
            primaries.Add(() => new CdtClaimLine("D0160"));
            primaries.Add(() => new CdtClaimLine("D0180"));
        }

        if (year < 2025)
        {
            primaries.Add(() => new CdtClaimLine("D2941", tooth: Pick(random, "A", "T", "B")));
        }

        int count = random.Next(1, 5);
        var chosen = primaries.OrderBy(_ => random.Next()).Take(count).Select(make => make()).ToList();
        if (chosen.Any(l => l.Code == "D0220") && random.Next(2) == 0)
        {
            chosen.Add(new CdtClaimLine("D0230", quantity: random.Next(1, 4)));
        }

        // At most one teledentistry code, matching the mode.
        if (random.Next(2) == 0)
        {
            if (mode == EncounterMode.Synchronous || (mode == EncounterMode.Unspecified && random.Next(2) == 0))
            {
                chosen.Add(new CdtClaimLine("D9995"));
            }
            else if (mode == EncounterMode.Asynchronous || mode == EncounterMode.Unspecified)
            {
                chosen.Add(new CdtClaimLine("D9996"));
            }
        }

        foreach (var line in chosen.OrderBy(_ => random.Next()))
        {
            visit.Add(line);
        }

        return visit;
    }

    private static string? Pick(Random random, params string?[] values) => values[random.Next(values.Length)];

    private static string RandomText(Random random)
    {
        var chars = new char[random.Next(0, 40)];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0, 0x10000);
        }

        return new string(chars);
    }
}
