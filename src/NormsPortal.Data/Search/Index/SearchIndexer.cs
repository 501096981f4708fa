using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Model;
using NormsPortal.Data.Notes;
using NormsPortal.Data.Reuse;
using NormsPortal.Data.Search.Analysis;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Search.Index;

/// <summary>
/// Writes the search index's rows (<see cref="SearchEntry"/>) in the transaction that writes what
/// they index. No writer calls it: <see cref="PortalDbContext"/> does on every save that changes a
/// work's title, a provision, a norm or an annotation (<see cref="SearchIndexChanges"/>), and <see cref="ProvisionTreeWriter"/>
/// for the provisions it inserts in bulk. Rows go with what they index through cascading deletes.
/// The terms come from one <see cref="SearchTextAnalyzer"/>, so both providers index the same ones.
/// The reuse index is written from the same rows (<see cref="ReuseIndexer"/>).
/// </summary>
public static class SearchIndexer
{
    /// <summary>Language of the titles and norm labels the catalogue and the imports store.</summary>
    public const string CatalogLanguage = Languages.English;

    /// <summary>The analyser every index row is made with; the search service uses the same one for queries and snippets.</summary>
    public static SearchTextAnalyzer Analyzer => SearchTextAnalyzer.Shared;

    /// <summary>The terms of a text as stored in <see cref="SearchEntry.Terms"/>: in order, space-separated.</summary>
    public static string TermsOf(string text, string language) =>
        string.Join(' ', Analyzer.Analyze(text, language).Select(t => t.Term));

    /// <summary>Adds the rows of the paragraphs of <paramref name="expressionIds"/> that have none (new or changed provisions).</summary>
    internal static async Task IndexNewParagraphsAsync(PortalDbContext db, IReadOnlyCollection<int> expressionIds, CancellationToken cancellationToken)
    {
        if (expressionIds.Count == 0)
        {
            return;
        }

        var paragraphs = await db.Provisions.AsNoTracking()
            .Where(p => expressionIds.Contains(p.ExpressionId) && p.Text != "" && !db.SearchEntries.Any(e => e.ProvisionId == p.Id))
            .OrderBy(p => p.ExpressionId).ThenBy(p => p.Ordinal)
            .Select(p => new { p.Id, p.Expression.WorkId, p.Expression.Language, p.Anchor, p.Ordinal, p.Text })
            .ToListAsync(cancellationToken);
        await IndexParagraphsAsync(
            db,
            paragraphs
                .Where(p => ParagraphAnalysis.IsIndexed(p.Anchor, p.Text))
                .Select(p => new NewParagraph(p.Id, p.WorkId, p.Language, p.Anchor, p.Ordinal, p.Text, ParagraphAnalysis.Of(p.Text, p.Language))),
            cancellationToken);
    }

    /// <summary>
    /// Adds the rows of provisions the caller has just inserted, so have none, from the values it holds: nothing is
    /// read back, nothing analysed (the caller did, <see cref="ParagraphAnalysis"/>; only indexed paragraphs are given).
    /// <see cref="ProvisionTreeWriter"/> writes a text's rows this way once it has written its whole tree.
    /// </summary>
    internal static async Task IndexParagraphsAsync(PortalDbContext db, IEnumerable<NewParagraph> paragraphs, CancellationToken cancellationToken)
    {
        var indexed = paragraphs
            .Select(p => (Row: new SearchEntry
            {
                WorkId = p.WorkId,
                ProvisionId = p.ProvisionId,
                Kind = SearchEntryKind.Paragraph,
                Language = p.Language,
                Anchor = p.Anchor,
                Ordinal = p.Ordinal,
                Text = p.Text,
                Terms = p.Analysis.Terms,
            }, p.Analysis.Shingles))
            .ToList();
        await InsertRowsAsync(db, [.. indexed.Select(i => i.Row)], cancellationToken);
        await ReuseIndexer.IndexAsync(db, indexed.Select(i => (i.Row.Id, (IReadOnlyCollection<long>)i.Shingles)), cancellationToken);
    }

    /// <summary>A norm's row: its label, then its curated themes, so a search for a theme finds the norm.</summary>
    internal static string NormSearchText(string label, IReadOnlyList<string> themes) =>
        themes.Count == 0 ? label : label + " (" + string.Join("; ", themes) + ")";

    /// <summary>
    /// Brings the title rows of the given works (all when null) and the norm rows (label and themes) in line with
    /// the stored titles and norms: rows whose text changed are replaced, others stay.
    /// </summary>
    internal static async Task RefreshCatalogEntriesAsync(PortalDbContext db, IReadOnlyCollection<int>? workIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var works = db.Works.AsNoTracking();
        var entries = db.SearchEntries.Where(e => e.Kind == SearchEntryKind.Title || e.Kind == SearchEntryKind.Norm);
        if (workIds is not null)
        {
            works = works.Where(w => workIds.Contains(w.Id));
            entries = entries.Where(e => workIds.Contains(e.WorkId));
        }

        var held = await works.Select(w => new CatalogWork(w.Id, w.Symbol, w.Title)).ToListAsync(cancellationToken);
        var wanted = await CatalogRowsAsync(db, held, normsOfTheseWorksOnly: workIds is not null, cancellationToken);
        var stored = await entries.Select(e => new { e.Id, e.WorkId, e.Kind, e.Anchor, e.Text }).ToListAsync(cancellationToken);
        var wantedKeys = wanted.Select(w => (w.WorkId, w.Kind, w.Anchor, w.Text)).ToHashSet();
        var storedKeys = stored.Select(s => (s.WorkId, s.Kind, s.Anchor, s.Text)).ToHashSet();
        var stale = stored.Where(s => !wantedKeys.Contains((s.WorkId, s.Kind, s.Anchor, s.Text))).Select(s => s.Id).ToList();
        foreach (var chunk in stale.Chunk(500))
        {
            await db.SearchEntries.Where(e => chunk.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        await InsertCatalogRowsAsync(db, [.. wanted.Where(w => !storedKeys.Contains((w.WorkId, w.Kind, w.Anchor, w.Text)))], cancellationToken);
    }

    /// <summary>
    /// Adds the catalogue rows of works the save has just inserted, from the values in hand: such a work has no
    /// catalogue row yet (its rows go with it, and its id is new), so neither the work nor its rows are read back,
    /// as <see cref="RefreshCatalogEntriesAsync"/> would for every work an import adds.
    /// </summary>
    internal static async Task IndexNewWorksAsync(PortalDbContext db, IReadOnlyCollection<CatalogWork> works, CancellationToken cancellationToken) =>
        await InsertCatalogRowsAsync(db, await CatalogRowsAsync(db, works, normsOfTheseWorksOnly: true, cancellationToken), cancellationToken);

    /// <summary>
    /// The title rows of <paramref name="works"/> and the rows of the norms their texts state, as the catalogue should
    /// hold them (without their terms). With <paramref name="normsOfTheseWorksOnly"/>, only those norms are read: an
    /// import's save refreshes one work's rows, not every norm's.
    /// </summary>
    private static async Task<List<SearchEntry>> CatalogRowsAsync(
        PortalDbContext db, IReadOnlyCollection<CatalogWork> works, bool normsOfTheseWorksOnly, CancellationToken cancellationToken)
    {
        var titles = works.Where(w => !string.IsNullOrEmpty(w.Title)).Select(w => new { w.Id, Title = w.Title! }).ToList();
        var workIdsBySymbol = works.ToDictionary(w => w.Symbol, w => w.Id, StringComparer.Ordinal);
        var normsRead = db.Norms.AsNoTracking();
        if (normsOfTheseWorksOnly)
        {
            var symbols = workIdsBySymbol.Keys.ToList();
            normsRead = normsRead.Where(n => symbols.Contains(n.Statement.Symbol));
        }

        var norms = await normsRead
            .Select(n => new { n.Id, n.Label, n.Statement.Symbol, n.Statement.Anchor, n.Ordinal })
            .ToListAsync(cancellationToken);
        // Read apart, and only when there are norms: a catalogue without norms has no theme to read.
        var normIds = norms.Select(n => n.Id).ToList();
        var themes = norms.Count == 0
            ? Array.Empty<NormTheme>().ToLookup(t => t.NormId, t => t.Text)
            : (await db.NormThemes.AsNoTracking().Where(t => normIds.Contains(t.NormId)).OrderBy(t => t.Ordinal).ToListAsync(cancellationToken))
                .ToLookup(t => t.NormId, t => t.Text);

        return titles
            .Select(t => new SearchEntry { WorkId = t.Id, Kind = SearchEntryKind.Title, Language = CatalogLanguage, Text = t.Title, Terms = "" })
            .Concat(norms
                .Where(n => workIdsBySymbol.ContainsKey(n.Symbol))
                .Select(n => new SearchEntry
                {
                    WorkId = workIdsBySymbol[n.Symbol],
                    Kind = SearchEntryKind.Norm,
                    Language = CatalogLanguage,
                    Anchor = n.Anchor,
                    Ordinal = n.Ordinal,
                    Text = NormSearchText(n.Label, [.. themes[n.Id]]),
                    Terms = "",
                }))
            .ToList();
    }

    /// <summary>Inserts catalogue rows made by <see cref="CatalogRowsAsync"/>, their terms analysed.</summary>
    private static async Task InsertCatalogRowsAsync(PortalDbContext db, List<SearchEntry> rows, CancellationToken cancellationToken)
    {
        foreach (var row in rows)
        {
            row.Terms = TermsOf(row.Text, CatalogLanguage);
        }

        await InsertAsync(db, rows, cancellationToken);
    }

    /// <summary>
    /// Brings the annotation rows in line with the annotations the public may see (published, not deleted, not
    /// orphaned), each as the plain text of its rendered body (<see cref="NoteMarkdown"/>) under the work it is
    /// on and its paragraph's anchor (a norm's: the paragraph that states it), with the id its annotation fixes
    /// (<see cref="SearchEntryKey.ForAnnotation"/>): rows whose annotation went or changed are replaced, others
    /// stay. With <paramref name="changed"/>, only those annotations' rows, looked up by key under the work each
    /// is on and the one it was on before the save (<see cref="AnnotationTarget"/>), so saves of different
    /// annotations at once touch different rows; without, every annotation's (a work or a norm changed).
    /// </summary>
    internal static async Task RefreshAnnotationEntriesAsync(
        PortalDbContext db, IReadOnlyCollection<(int Id, AnnotationTarget? Before)>? changed, CancellationToken cancellationToken)
    {
        var annotations = db.Annotations.AsNoTracking();
        if (changed is not null)
        {
            var ids = changed.Select(c => c.Id).ToList();
            annotations = annotations.Where(a => ids.Contains(a.Id));
        }

        var current = await annotations
            .Select(a => new
            {
                a.Id,
                Target = new AnnotationTarget(a.Kind, a.NormNumber, a.Symbol, a.Anchor),
                Visible = a.Status == AnnotationStatus.Published && a.DeletedAt == null && a.OrphanedAt == null,
                a.Body,
            })
            .ToListAsync(cancellationToken);
        var formerTargets = changed?.Where(c => c.Before is not null).Select(c => (c.Id, Target: c.Before!)).ToList() ?? [];
        var places = await PlacesAsync(db, [.. current.Select(a => a.Target), .. formerTargets.Select(f => f.Target)], cancellationToken);
        var wanted = current
            .Where(a => a.Visible && places.ContainsKey(a.Target))
            .Select(a => (Id: SearchEntryKey.ForAnnotation(places[a.Target].WorkId, CatalogLanguage, a.Id), places[a.Target].WorkId, places[a.Target].Anchor, Text: NoteMarkdown.PlainText(a.Body)))
            .Where(a => a.Text.Length > 0)
            .ToList();

        var stored = db.SearchEntries.Where(e => e.Kind == SearchEntryKind.Annotation);
        if (changed is not null)
        {
            var keys = current.Select(a => (a.Id, a.Target)).Concat(formerTargets)
                .Where(a => places.ContainsKey(a.Target))
                .Select(a => SearchEntryKey.ForAnnotation(places[a.Target].WorkId, CatalogLanguage, a.Id))
                .Distinct()
                .ToList();
            stored = stored.Where(e => keys.Contains(e.Id));
        }

        var storedRows = await stored.Select(e => new { e.Id, e.WorkId, e.Anchor, e.Text }).ToListAsync(cancellationToken);
        var wantedKeys = wanted.Select(w => (w.Id, w.WorkId, w.Anchor, w.Text)).ToHashSet();
        var storedKeys = storedRows.Select(s => (s.Id, s.WorkId, s.Anchor, s.Text)).ToHashSet();
        var stale = storedRows.Where(s => !wantedKeys.Contains((s.Id, s.WorkId, s.Anchor, s.Text))).Select(s => s.Id).ToList();
        foreach (var chunk in stale.Chunk(500))
        {
            await db.SearchEntries.Where(e => chunk.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        var added = wanted.Where(w => !storedKeys.Contains(w))
            .Select(w => new SearchEntry
            {
                Id = w.Id,
                WorkId = w.WorkId,
                Kind = SearchEntryKind.Annotation,
                Language = CatalogLanguage,
                Anchor = w.Anchor,
                Text = w.Text,
                Terms = TermsOf(w.Text, CatalogLanguage),
            })
            .ToList();
        await InsertAsync(db, added, cancellationToken);
    }

    /// <summary>The ids of the notes on the works of <paramref name="symbols"/>: on a work, one of its paragraphs, or a norm its text states.</summary>
    internal static Task<List<int>> AnnotationsStandingOnAsync(PortalDbContext db, IReadOnlyCollection<string> symbols, CancellationToken cancellationToken) =>
        db.Annotations
            .Where(a => (a.Kind != BookmarkKind.Norm && a.Symbol != null && symbols.Contains(a.Symbol))
                || (a.Kind == BookmarkKind.Norm && db.Norms.Any(n => n.Number == a.NormNumber && symbols.Contains(n.Statement.Symbol))))
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);

    /// <summary>Where each target's note stands in the index: its work's id and its paragraph's anchor (empty for a work); targets whose work is not held are left out.</summary>
    private static async Task<Dictionary<AnnotationTarget, (int WorkId, string Anchor)>> PlacesAsync(
        PortalDbContext db, IReadOnlyCollection<AnnotationTarget> targets, CancellationToken cancellationToken)
    {
        var numbers = targets.Where(t => t.Kind == BookmarkKind.Norm && t.NormNumber is not null).Select(t => t.NormNumber!).Distinct().ToList();
        var statements = await db.Norms.AsNoTracking()
            .Where(n => numbers.Contains(n.Number))
            .Select(n => new { n.Number, n.Statement.Symbol, n.Statement.Anchor })
            .ToDictionaryAsync(n => n.Number, StringComparer.Ordinal, cancellationToken);
        var located = targets.Distinct()
            .Select(t => (Target: t, Place: t.Kind == BookmarkKind.Norm
                ? statements.TryGetValue(t.NormNumber ?? "", out var statement) ? (statement.Symbol, statement.Anchor) : (Symbol: (string?)null, Anchor: "")
                : (t.Symbol, Anchor: t.Kind == BookmarkKind.Work ? "" : t.Anchor ?? "")))
            .Where(t => t.Place.Symbol is not null)
            .ToList();
        var symbols = located.Select(t => t.Place.Symbol!).Distinct(StringComparer.Ordinal).ToList();
        var workIdsBySymbol = await db.Works.Where(w => symbols.Contains(w.Symbol))
            .ToDictionaryAsync(w => w.Symbol, w => w.Id, StringComparer.Ordinal, cancellationToken);
        return located
            .Where(t => workIdsBySymbol.ContainsKey(t.Place.Symbol!))
            .ToDictionary(t => t.Target, t => (workIdsBySymbol[t.Place.Symbol!], t.Place.Anchor));
    }

    /// <summary>
    /// Inserts new rows with the next free ids of their work's text (<see cref="SearchEntryKey"/>):
    /// after the highest id that text holds, so ids are never reused while a row has them. Two
    /// transactions adding to the same text at once would pick the same ids; the second one fails
    /// on the primary key and rolls back whole, as any import of the same work at the same time would.
    /// </summary>
    private static async Task InsertAsync(PortalDbContext db, List<SearchEntry> rows, CancellationToken cancellationToken)
    {
        await InsertRowsAsync(db, rows, cancellationToken);
        await ReuseIndexer.IndexAsync(db, rows, cancellationToken);
    }

    /// <summary>The rows alone, without their reuse rows: <see cref="InsertAsync"/> with the shingles still to make.</summary>
    private static async Task InsertRowsAsync(PortalDbContext db, List<SearchEntry> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var workIds = rows.Select(r => r.WorkId).Distinct().ToList();
        // Annotations' rows come with their ids (SearchEntryKey.ForAnnotation), in the upper half of a text's
        // sequences; the others are numbered on from the highest id of the lower half.
        var highestByText = await db.SearchEntries
            .Where(e => workIds.Contains(e.WorkId) && (e.Id & SearchEntryKey.AnnotationBit) == 0)
            .GroupBy(e => e.Id / SearchEntryKey.SequencesPerText)
            .Select(g => new { Text = g.Key, Highest = g.Max(e => e.Id) })
            .ToDictionaryAsync(g => g.Text, g => g.Highest, cancellationToken);
        foreach (var text in rows.Where(r => r.Kind != SearchEntryKind.Annotation).GroupBy(r => SearchEntryKey.FirstOf(r.WorkId, r.Language)))
        {
            var sequence = highestByText.TryGetValue(text.Key / SearchEntryKey.SequencesPerText, out var highest)
                ? SearchEntryKey.SequenceOf(highest) + 1
                : 0;
            foreach (var row in text)
            {
                row.Id = SearchEntryKey.For(row.WorkId, row.Language, sequence++);
            }
        }

        await RowInserter.InsertAsync(db, rows, cancellationToken);
    }

    /// <summary>
    /// Indexes every stored paragraph that has no row yet, one expression per transaction, and
    /// refreshes the title and norm rows: a repair for a database that held texts before the index
    /// existed (its migration could not analyse text), and for the notes published before they were
    /// searched, not part of any write.
    /// </summary>
    public static async Task<int> IndexMissingAsync(IDbContextFactory<PortalDbContext> contexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contexts);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var missing = await db.Expressions
            .Where(e => db.Provisions.Any(p => p.ExpressionId == e.Id && p.Text != "")
                && !db.SearchEntries.Any(s => s.Kind == SearchEntryKind.Paragraph && db.Provisions.Any(p => p.Id == s.ProvisionId && p.ExpressionId == e.Id)))
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
        var strategy = db.Database.CreateExecutionStrategy();
        foreach (var expressionId in missing)
        {
            await strategy.ExecuteAsync(
                async token =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(token);
                    await IndexNewParagraphsAsync(db, [expressionId], token);
                    await transaction.CommitAsync(token);
                },
                cancellationToken);
        }

        await RefreshCatalogEntriesAsync(db, workIds: null, cancellationToken);
        await RefreshAnnotationEntriesAsync(db, changed: null, cancellationToken);
        return missing.Count;
    }
}
