using System.Globalization;

namespace CdtCodes.Benchmarks.Synthetic;

/// <summary>
/// A large consumer of the starter catalog: files of claim code as a practice-management app would write it —
/// visits built from constants in stated encounter contexts, claim lines with teeth and surfaces, switches and
/// comparisons on codes, and the ordinary code around them (totals, formatting, LINQ). One file in ten has a mistake
/// the analyzers report (D9996 in a live context, a raw literal, an add-on alone), as real code would.
/// </summary>
public static class SyntheticConsumer
{
    /// <summary>The source files (path, text); the catalog they use is the generated one in namespace Bench.</summary>
    public static IReadOnlyList<(string Path, string Source)> Files(int count) =>
        Enumerable.Range(0, count).Select(i => ($"/consumer/Claims/Claims{i:0000}.cs", File(i))).ToList();

    public static string File(int i)
    {
        string n = i.ToString(CultureInfo.InvariantCulture);
        string factor = (i % 7 + 1).ToString(CultureInfo.InvariantCulture);
        bool mistake = i % 10 == 9;
        string liveTele = mistake ? "Cdt.D9996" : "Cdt.D9995";
        string literal = mistake ? "\"D0150\"" : "Cdt.D0150";
        string addOnVisit = mistake ? "{ Cdt.D9995 }" : "{ Cdt.D0140, Cdt.D9995 }";
        return $$"""
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.Linq;
            using System.Text;
            using CdtCodes;

            namespace Bench.Claims.Area{{i / 100}}
            {
                /// <summary>Live teledentistry visits for clinic {{n}}.</summary>
                [EncounterContext(EncounterMode.Synchronous)]
                internal sealed class LiveVisits{{n}}
                {
                    private readonly List<CdtVisit> _visits = new List<CdtVisit>();
                    private readonly Dictionary<string, decimal> _fees = new Dictionary<string, decimal>(StringComparer.Ordinal)
                    {
                        [Cdt.D0140] = 85m,
                        [Cdt.D0150] = 120m + {{factor}},
                        [Cdt.D9995] = 40m,
                        [Cdt.D2940] = 95m,
                    };

                    public CdtVisit Evaluation(DateTime date, string tooth)
                    {
                        var visit = new CdtVisit(date, EncounterMode.Synchronous)
                        {
                            Cdt.D0140,
                            {{liveTele}},
                        };
                        visit.Add(new CdtClaimLine(Cdt.D2940, tooth: tooth));
                        visit.Id = "clinic{{n}}-" + date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
                        _visits.Add(visit);
                        return visit;
                    }

                    public CdtVisit Comprehensive(DateTime date, string fromDatabase) => new CdtVisit(date, EncounterMode.Synchronous)
                    {
                        {{literal}},
                        Cdt.D0210,
                        fromDatabase,
                    };

                    public CdtVisit AddOn(DateTime date) => new CdtVisit(date) {{addOnVisit}};

                    public decimal Total()
                    {
                        decimal total = 0;
                        foreach (var visit in _visits)
                        {
                            foreach (var line in visit.Lines)
                            {
                                if (line.Code != null && _fees.TryGetValue(line.Code, out var fee))
                                {
                                    total += fee * line.Quantity;
                                }
                                else if (line.Code == Cdt.D4355)
                                {
                                    total += 150m;
                                }
                            }
                        }

                        return decimal.Round(total * 1.0{{factor}}m, 2);
                    }

                    public static string Label([CdtCode] string code)
                    {
                        switch (code)
                        {
                            case Cdt.D0140: return "limited evaluation";
                            case Cdt.D0150: return "comprehensive evaluation";
                            case Cdt.D9995: return "live teledentistry";
                            case Cdt.D9996: return "store-and-forward teledentistry";
                            default: return code;
                        }
                    }

                    public static bool IsTeledentistry([CdtCode] string code) => code == Cdt.D9995 || code == Cdt.D9996;

                    public string Summary()
                    {
                        var builder = new StringBuilder();
                        foreach (var group in _visits.SelectMany(v => v.Lines).GroupBy(l => l.Code ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal))
                        {
                            builder.Append(group.Key).Append(": ").Append(group.Count().ToString(CultureInfo.InvariantCulture)).Append(" (").Append(Label(group.Key)).AppendLine(")");
                        }

                        return builder.ToString();
                    }
                }

                /// <summary>Store-and-forward reviews for clinic {{n}}.</summary>
                [EncounterContext(EncounterMode.Asynchronous)]
                internal static class Reviews{{n}}
                {
                    public static CdtVisit Review(DateTime date) => new CdtVisit(date, EncounterMode.Asynchronous) { Cdt.D0140, Cdt.D9996 };

                    public static IEnumerable<CdtClaimLine> Imaging(string tooth, int count)
                    {
                        yield return new CdtClaimLine(Cdt.D0220, tooth: tooth);
                        for (int k = 1; k < count; k++)
                        {
                            yield return new CdtClaimLine(Cdt.D0230, tooth: tooth);
                        }
                    }

                    public static int Score(IEnumerable<CdtClaimLine> lines)
                    {
                        int score = 0;
                        foreach (var line in lines)
                        {
                            score += line.Quantity * {{factor}};
                            if (string.Equals(line.Code, Cdt.D0230, StringComparison.Ordinal))
                            {
                                score++;
                            }
                        }

                        return score % 97;
                    }
                }
            }
            """;
    }
}
