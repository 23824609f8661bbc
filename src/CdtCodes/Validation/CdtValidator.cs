using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using CdtCodes.Internal;

namespace CdtCodes;

/// <summary>
/// Judges visits and claim lines that come from data (a database, an import, an API) by the same rule data and with
/// the same rule IDs and messages as the analyzer. Built from a catalog: <c>CdtCatalog.Codes.Validator</c> for the
/// defaults, or <c>new CdtValidator(CdtCatalog.Codes, options)</c>.
/// </summary>
/// <remarks>
/// <para>
/// Bad data never throws: null lines, null or empty codes, lower case, stray spaces, unknown codes, very long strings
/// and huge visits all become findings (CDT011 unknown, CDT012 malformed) or pass through the rules; nothing is
/// skipped silently. Only a null argument throws (<see cref="ArgumentNullException"/>).
/// </para>
/// <para>
/// Editions: a visit is judged by the CDT edition of its date of service (editions take effect on 1 January), else by
/// <see cref="CdtValidationOptions.DefaultEdition"/>; with neither, the edition rules (CDT004, CDT005, CDT006) do not
/// run for it.
/// </para>
/// <para>A validator is immutable and safe to share between threads.</para>
/// </remarks>
public sealed class CdtValidator
{
    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly CdtCodeSet _codes;
    private readonly CdtValidationOptions _options;
    private readonly CdtSeverity?[] _severity = new CdtSeverity?[CdtValidationRules.Count];
    private readonly int _maxFindings;

    /// <summary>Creates a validator over a catalog; the options are copied (null: the defaults).</summary>
    public CdtValidator(CdtCodeSet codes, CdtValidationOptions? options = null)
    {
        _codes = codes ?? throw new ArgumentNullException(nameof(codes));
        _options = (options ?? new CdtValidationOptions()).Clone();
        for (int i = 0; i < _severity.Length; i++)
        {
            _severity[i] = _options.GetSeverity(i);
        }

        _maxFindings = Math.Max(0, _options.MaxFindingsPerVisit);
    }

    /// <summary>The catalog whose rule data the validator applies.</summary>
    public CdtCodeSet Codes => _codes;

    /// <summary>The edition for visits without a date of service (see <see cref="CdtValidationOptions.DefaultEdition"/>).</summary>
    public CdtEdition? DefaultEdition => _options.DefaultEdition;

    /// <summary>The most findings listed per visit.</summary>
    public int MaxFindingsPerVisit => _maxFindings;

    /// <summary>A rule's severity in this validator, or null when it is disabled.</summary>
    /// <exception cref="ArgumentException"><paramref name="ruleId"/> is not a rule ID.</exception>
    public CdtSeverity? GetSeverity(string ruleId) => _options.GetSeverity(ruleId);

    /// <summary>Checks one visit.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="visit"/> is null.</exception>
    public CdtValidationResult Validate(CdtVisit visit)
    {
        if (visit == null)
        {
            throw new ArgumentNullException(nameof(visit));
        }

        return ValidateCore(visit, 0);
    }

    /// <summary>
    /// Checks a batch of visits lazily, one result per visit in order, so a large import streams through in constant
    /// memory. A null entry gives a result with no visit and no findings.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="visits"/> is null (thrown at once, not on enumeration).</exception>
    public IEnumerable<CdtValidationResult> Validate(IEnumerable<CdtVisit?> visits)
    {
        if (visits == null)
        {
            throw new ArgumentNullException(nameof(visits));
        }

        return ValidateMany(visits);
    }

    private IEnumerable<CdtValidationResult> ValidateMany(IEnumerable<CdtVisit?> visits)
    {
        int index = 0;
        foreach (var visit in visits)
        {
            yield return visit == null
                ? new CdtValidationResult(null, index, null, null, 0, false, false)
                : ValidateCore(visit, index);
            index++;
        }
    }

    private CdtValidationResult ValidateCore(CdtVisit visit, int visitIndex)
    {
        // Per-thread tables indexed by code number make the visit-wide rules O(lines) with no allocation per visit.
        var run = t_scratch;
        if (run == null || run.InUse)
        {
            run = new Scratch();
            if (t_scratch == null)
            {
                t_scratch = run;
            }
        }

        run.InUse = true;
        try
        {
            run.Begin(visit, _maxFindings);
            var edition = visit.DateOfService.HasValue
                ? CdtEdition.ForDateOfService(visit.DateOfService.Value)
                : _options.DefaultEdition;
            var mode = visit.EncounterMode >= EncounterMode.Unspecified && visit.EncounterMode <= EncounterMode.Asynchronous
                ? visit.EncounterMode
                : EncounterMode.Unspecified;

            var lines = visit.Lines;
            int count = lines.Count;
            for (int i = 0; i < count; i++)
            {
                CheckLine(run, lines[i], i, edition, mode);
            }

            CheckVisit(run, edition);
            return run.Finish(visitIndex, edition);
        }
        finally
        {
            run.InUse = false;
        }
    }

    private void CheckLine(Scratch run, CdtClaimLine? line, int index, CdtEdition? edition, EncounterMode mode)
    {
        string? written = line?.Code;
        string code;
        if (CdtCodeSyntax.IsWellFormed(written))
        {
            code = written!;
        }
        else if (CdtCodeSyntax.TryNormalize(written, out code))
        {
            // Judge the line by the code it evidently means, after saying it is misspelt.
            if (Admit(run, CdtValidationRules.CDT012))
            {
                Emit(run, CdtValidationRules.CDT012, index, written, null, code, MalformedArgs(written!, code));
            }
        }
        else
        {
            if (Admit(run, CdtValidationRules.CDT012))
            {
                Emit(run, CdtValidationRules.CDT012, index, written, null, null, MalformedArgs(written ?? string.Empty, null));
            }

            return;
        }

        int number = CdtCodeSyntax.GetNumber(code);
        var entry = _codes.GetByNumber(number);
        int quantity = line!.Quantity < 1 ? 1 : line.Quantity;
        run.Record(number, index, quantity, entry?.MaxPerDate ?? 0);
        if (entry == null)
        {
            Report(run, CdtValidationRules.CDT011, index, code, null, null, code);
            return;
        }

        if (edition.HasValue)
        {
            if (entry.IsDeletedIn(edition.Value) && IsOn(CdtValidationRules.CDT004))
            {
                string? replacement = entry.ReplacedBy.Count == 1 ? entry.ReplacedBy[0] : null;
                Report(run, CdtValidationRules.CDT004, index, code, null, replacement,
                    code, Year(entry.DeletedIn!.Value), CdtRuleText.UseOneOf(entry.ReplacedBy));
            }

            if (entry.IsNotYetIn(edition.Value) && IsOn(CdtValidationRules.CDT005))
            {
                Report(run, CdtValidationRules.CDT005, index, code, null, null,
                    code, Year(entry.AddedIn!.Value), Year(edition.Value));
            }
        }

        if (entry.EncounterMode != EncounterMode.Unspecified && mode != EncounterMode.Unspecified
            && entry.EncounterMode != mode && IsOn(CdtValidationRules.CDT001))
        {
            string? instead = null;
            var relations = entry.Relations;
            for (int r = 0; r < relations.Count; r++)
            {
                var relation = relations[r];
                if (relation != null && relation.Kind == CdtRelationKind.UseInstead && relation.When == mode)
                {
                    instead = relation.Code;
                    break;
                }
            }

            Report(run, CdtValidationRules.CDT001, index, code, null, instead,
                code, CdtRuleText.ModeWord((int)entry.EncounterMode), CdtRuleText.ModeWord((int)mode), CdtRuleText.UseInstead(instead));
        }

        if (IsOn(CdtValidationRules.CDT007))
        {
            var problem = ClaimLineShape.CheckTooth(entry, line);
            if (problem != null)
            {
                Report(run, CdtValidationRules.CDT007, index, code, null, null, code, problem);
            }

            problem = ClaimLineShape.CheckSurfaces(entry, line);
            if (problem != null)
            {
                Report(run, CdtValidationRules.CDT007, index, code, null, null, code, problem);
            }
        }

        if (entry.ByReport && ClaimLineShape.IsBlank(line.Narrative) && IsOn(CdtValidationRules.CDT008))
        {
            Report(run, CdtValidationRules.CDT008, index, code, null, null, code);
        }
    }

    /// <summary>The rules that need the whole visit, once per distinct code in order of first appearance.</summary>
    private void CheckVisit(Scratch run, CdtEdition? edition)
    {
        for (int d = 0; d < run.DistinctCount; d++)
        {
            int number = run.Distinct[d];
            var entry = _codes.GetByNumber(number);
            if (entry == null)
            {
                continue;
            }

            int firstLine = run.FirstLine[number];
            if (entry.IsAddOn && IsOn(CdtValidationRules.CDT002) && !HasCompanion(run, entry, number))
            {
                Report(run, CdtValidationRules.CDT002, firstLine, entry.Code, null, null, entry.Code, Companions(entry));
            }

            if (entry.MaxPerDate > 0 && run.ExceededLine[number] >= 0 && IsOn(CdtValidationRules.CDT003))
            {
                string detail = CdtRuleText.MaxPerDateDetail(entry.MaxPerDate, run.Quantity[number]);
                Report(run, CdtValidationRules.CDT003, run.ExceededLine[number], entry.Code, null, null, entry.Code, CdtRuleText.Itself, detail);
            }

            // Indexed loops: foreach over IReadOnlyList would allocate an enumerator per code per visit.
            var exclusions = entry.ExclusiveWith;
            for (int e = 0; e < exclusions.Count; e++)
            {
                var exclusion = exclusions[e];
                if (exclusion == null)
                {
                    continue;
                }

                int rule = exclusion.IsEditionBound ? CdtValidationRules.CDT006 : CdtValidationRules.CDT003;
                if (!IsOn(rule) || (exclusion.IsEditionBound && !(edition.HasValue && exclusion.AppliesIn(edition.Value))))
                {
                    continue;
                }

                string note = CdtRuleText.NoteSuffix(exclusion.Note);
                var others = exclusion.Codes;
                for (int o = 0; o < others.Count; o++)
                {
                    string other = others[o];
                    int otherNumber = CdtCodeSyntax.GetNumber(other);
                    if (otherNumber < 0 || otherNumber == number || !run.IsPresent(otherNumber) || !run.FirstReportOfPair(rule, number, otherNumber))
                    {
                        continue;
                    }

                    if (rule == CdtValidationRules.CDT006)
                    {
                        Report(run, rule, firstLine, entry.Code, other, null, entry.Code, other, Year(edition!.Value), note);
                    }
                    else
                    {
                        Report(run, rule, firstLine, entry.Code, other, null, entry.Code, other, note);
                    }
                }
            }
        }
    }

    private bool HasCompanion(Scratch run, CdtCode entry, int number)
    {
        if (entry.ReportedWith.Count == 0)
        {
            // Any other procedure: another code on the date that is not itself such an add-on (D9995 with D9996
            // describes two delivery modes and no service). Unknown codes count: the validator cannot rule them out.
            for (int d = 0; d < run.DistinctCount; d++)
            {
                int other = run.Distinct[d];
                if (other == number)
                {
                    continue;
                }

                var otherEntry = _codes.GetByNumber(other);
                if (otherEntry == null || !otherEntry.IsAddOn || otherEntry.ReportedWith.Count > 0)
                {
                    return true;
                }
            }

            return false;
        }

        var companions = entry.ReportedWith;
        for (int c = 0; c < companions.Count; c++)
        {
            int other = CdtCodeSyntax.GetNumber(companions[c]);
            if (other >= 0 && other != number && run.IsPresent(other))
            {
                return true;
            }
        }

        return false;
    }

    private static string Companions(CdtCode entry) =>
        entry.ReportedWith.Count == 0 ? CdtRuleText.AnyOtherProcedure : CdtRuleText.Alternatives(entry.ReportedWith);

    private bool IsOn(int rule) => _severity[rule].HasValue;

    /// <summary>Counts a finding of an enabled rule; true when it is to be listed (so its message is worth building).</summary>
    private bool Admit(Scratch run, int rule)
    {
        var severity = _severity[rule];
        return severity.HasValue && run.MakeRoom(severity.Value);
    }

    private void Report(Scratch run, int rule, int lineIndex, string? code, string? related, string? suggestion, params object[] args)
    {
        if (Admit(run, rule))
        {
            Emit(run, rule, lineIndex, code, related, suggestion, args);
        }
    }

    private void Emit(Scratch run, int rule, int lineIndex, string? code, string? related, string? suggestion, object[] args)
    {
        var info = CdtValidationRules.All[rule];
        string message = string.Format(CultureInfo.InvariantCulture, info.Format, args);
        run.Add(new CdtFinding(info.Id, info.Title, _severity[rule]!.Value, message, lineIndex, code, related, suggestion, run.VisitId, run.Sequence));
    }

    private static object[] MalformedArgs(string written, string? normalized)
    {
        var echo = new StringBuilder();
        ClaimLineShape.AppendEcho(echo, written, 0, written.Length - 1);
        return new object[] { echo.ToString(), CdtRuleText.UseInstead(normalized) };
    }

    private static string Year(CdtEdition edition) => edition.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>Per-thread working state for one visit at a time.</summary>
    private sealed class Scratch
    {
        private const int Size = 10000;
        private readonly int[] _stamp = new int[Size];
        private int _generation;
        private List<long>? _pairs;
        private List<CdtFinding>? _findings;
        private int _maxFindings;
        private int _omitted;
        private bool _hasErrors;
        private bool _hasWarnings;
        private CdtVisit? _visit;

        public bool InUse { get; set; }

        public int[] FirstLine { get; } = new int[Size];

        public int[] ExceededLine { get; } = new int[Size];

        public long[] Quantity { get; } = new long[Size];

        public int[] Distinct { get; private set; } = new int[16];

        public int DistinctCount { get; private set; }

        public string? VisitId => _visit?.Id;

        public int Sequence { get; private set; }

        public void Begin(CdtVisit visit, int maxFindings)
        {
            if (++_generation == int.MaxValue)
            {
                Array.Clear(_stamp, 0, _stamp.Length);
                _generation = 1;
            }

            _visit = visit;
            _maxFindings = maxFindings;
            _findings = null;
            _pairs?.Clear();
            _omitted = 0;
            _hasErrors = false;
            _hasWarnings = false;
            DistinctCount = 0;
            Sequence = 0;
        }

        public bool IsPresent(int number) => _stamp[number] == _generation;

        public void Record(int number, int line, int quantity, int maxPerDate)
        {
            if (_stamp[number] != _generation)
            {
                _stamp[number] = _generation;
                FirstLine[number] = line;
                ExceededLine[number] = -1;
                Quantity[number] = 0;
                if (DistinctCount == Distinct.Length)
                {
                    var larger = new int[Distinct.Length * 2];
                    Array.Copy(Distinct, larger, DistinctCount);
                    Distinct = larger;
                }

                Distinct[DistinctCount++] = number;
            }

            long total = Quantity[number] += quantity;
            if (maxPerDate > 0 && total > maxPerDate && ExceededLine[number] < 0)
            {
                ExceededLine[number] = line;
            }
        }

        /// <summary>True the first time a pair of codes is reported under a rule (A excluding B and B excluding A is one problem).</summary>
        public bool FirstReportOfPair(int rule, int a, int b)
        {
            long key = ((long)rule * Size * Size) + ((long)Math.Min(a, b) * Size) + Math.Max(a, b);
            var pairs = _pairs ??= new List<long>();
            if (pairs.Contains(key))
            {
                return false;
            }

            pairs.Add(key);
            return true;
        }

        /// <summary>Counts the finding; true when it is to be listed.</summary>
        public bool MakeRoom(CdtSeverity severity)
        {
            _hasErrors |= severity == CdtSeverity.Error;
            _hasWarnings |= severity == CdtSeverity.Warning;
            if ((_findings?.Count ?? 0) >= _maxFindings)
            {
                _omitted++;
                return false;
            }

            return true;
        }

        public void Add(CdtFinding finding)
        {
            (_findings ??= new List<CdtFinding>()).Add(finding);
            Sequence++;
        }

        public CdtValidationResult Finish(int visitIndex, CdtEdition? edition)
        {
            var findings = _findings;
            findings?.Sort(CompareFindings);
            var result = new CdtValidationResult(_visit, visitIndex, edition, findings, _omitted, _hasErrors, _hasWarnings);
            _findings = null;
            _visit = null;
            return result;
        }

        private static int CompareFindings(CdtFinding a, CdtFinding b)
        {
            int result = a.LineIndex.CompareTo(b.LineIndex);
            if (result == 0)
            {
                result = string.CompareOrdinal(a.RuleId, b.RuleId);
            }

            return result != 0 ? result : a.Sequence.CompareTo(b.Sequence);
        }
    }
}
