using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using CdtCodes.Generator.Model;

namespace CdtCodes.Generator.Parsing;

/// <summary>
/// Merges all parsed files into one catalog: user entries override starter entries (CDTG008), a user code defined
/// twice keeps its first definition (CDTG004), and references to codes no file defines are reported (CDTG005).
/// The result does not depend on the order the files arrive in.
/// </summary>
internal static class CatalogMerger
{
    public static MergeResult Merge(ImmutableArray<ParsedFile> files, CancellationToken cancellationToken)
    {
        var ordered = new List<ParsedFile>(files);

        // Ordinal path order makes "first" mean the same thing on every machine. (The compiler passes each path once;
        // the tie-break only keeps hand-made inputs deterministic.)
        ordered.Sort(static (a, b) =>
        {
            int byPath = string.CompareOrdinal(a.Definition.Path, b.Definition.Path);
            return byPath != 0 ? byPath : a.Definition.Codes.Count.CompareTo(b.Definition.Codes.Count);
        });

        var candidates = new Dictionary<int, List<Candidate>>();
        var known = new HashSet<string>(StringComparer.Ordinal);
        var notices = new SortedSet<string>(StringComparer.Ordinal);
        int maxEdition = 0;
        foreach (var file in ordered)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var definition = file.Definition;
            maxEdition = Math.Max(maxEdition, definition.Edition);
            if (definition.LicenseNotice.Trim().Length > 0)
            {
                notices.Add(definition.LicenseNotice);
            }

            foreach (var rejected in definition.RejectedCodes)
            {
                known.Add(rejected);
            }

            for (int i = 0; i < definition.Codes.Count; i++)
            {
                var model = definition.Codes[i];
                known.Add(model.Code);
                if (!candidates.TryGetValue(model.Number, out var list))
                {
                    list = new List<Candidate>(1);
                    candidates.Add(model.Number, list);
                }

                list.Add(new Candidate(model, file.Index[i], definition.Source == SourceKind.Starter));
            }
        }

        var diagnostics = new List<DiagnosticInfo>();
        var numbers = new List<int>(candidates.Keys);
        numbers.Sort();
        var winners = new List<Candidate>(numbers.Count);
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (int number in numbers)
        {
            var winner = PickWinner(candidates[number], diagnostics);
            winners.Add(winner);
            defined.Add(winner.Model.Code);
        }

        var chunks = new List<CategoryChunk>();
        var chunkEntries = new List<CatalogEntry>();
        int chunkCategory = -1;
        foreach (var winner in winners)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var model = winner.Model;
            maxEdition = Math.Max(maxEdition, Math.Max(model.AddedIn, model.DeletedIn));
            foreach (int year in model.RevisedIn)
            {
                maxEdition = Math.Max(maxEdition, year);
            }

            var references = model.ReferencedCodes();
            var linkable = new SortedSet<string>(StringComparer.Ordinal);
            for (int r = 0; r < references.Count; r++)
            {
                var (target, field) = references[r];
                if (defined.Contains(target))
                {
                    linkable.Add(target);
                }
                else if (!known.Contains(target))
                {
                    var location = r < winner.Index.References.Count ? winner.Index.References[r] : winner.Index.Code;
                    diagnostics.Add(DiagnosticInfo.Create(GeneratorDiagnostics.UnknownReference, location, model.Code, field, target));
                }
            }

            int category = ModelNames.CategoryOf(model.Number);
            if (category != chunkCategory && chunkEntries.Count > 0)
            {
                chunks.Add(new CategoryChunk(chunkCategory, chunkEntries.ToEquatableArray()));
                chunkEntries.Clear();
            }

            chunkCategory = category;
            chunkEntries.Add(new CatalogEntry(model, winner.IsStarter, linkable.ToEquatableArray()));
        }

        if (chunkEntries.Count > 0)
        {
            chunks.Add(new CategoryChunk(chunkCategory, chunkEntries.ToEquatableArray()));
        }

        var catalog = new CatalogModel(files.Length > 0, chunks.ToEquatableArray(), maxEdition, notices.ToEquatableArray());
        return new MergeResult(catalog, diagnostics.ToEquatableArray());
    }

    private static Candidate PickWinner(List<Candidate> candidates, List<DiagnosticInfo> diagnostics)
    {
        Candidate? firstUser = null;
        Candidate? firstStarter = null;
        foreach (var candidate in candidates)
        {
            if (candidate.IsStarter)
            {
                // Duplicates inside the starter set are the package's own business (its tests check them).
                firstStarter ??= candidate;
                continue;
            }

            if (firstUser == null)
            {
                firstUser = candidate;
                continue;
            }

            diagnostics.Add(DiagnosticInfo.Create(
                GeneratorDiagnostics.DuplicateCode,
                candidate.Index.Code,
                firstUser.Index.Code,
                candidate.Model.Code,
                Describe(firstUser.Index.Code)));
        }

        if (firstUser != null && firstStarter != null)
        {
            diagnostics.Add(DiagnosticInfo.Create(
                GeneratorDiagnostics.StarterOverridden,
                firstUser.Index.Code,
                firstStarter.Index.Code,
                firstUser.Model.Code,
                Describe(firstStarter.Index.Code)));
        }

        return firstUser ?? firstStarter!;
    }

    /// <summary>"file.cdt.json line 12", without the directory so messages stay short and machine-independent.</summary>
    private static string Describe(LocationInfo location)
    {
        string path = location.FilePath;
        int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        string name = slash >= 0 ? path.Substring(slash + 1) : path;
        return name + " line " + (location.LineSpan.Start.Line + 1).ToString(CultureInfo.InvariantCulture);
    }

    private sealed class Candidate
    {
        public Candidate(CodeModel model, CodeIndex index, bool isStarter)
        {
            Model = model;
            Index = index;
            IsStarter = isStarter;
        }

        public CodeModel Model { get; }

        public CodeIndex Index { get; }

        public bool IsStarter { get; }
    }
}
