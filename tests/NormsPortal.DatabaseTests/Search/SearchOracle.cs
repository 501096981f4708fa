using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;
using NormsPortal.Data.Search;
using NormsPortal.Data.Search.Index;
using NormsPortal.Data.Search.Query;
using NormsPortal.Data.Search.Store;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>
/// What a query should find, worked out in .NET over the stored index rows: the analysed match is
/// evaluated on each row's term list (positions = places in the list) and the filters on the row's
/// work, with no SQL. Both providers must give exactly these hits.
/// </summary>
internal sealed class SearchOracle
{
    private readonly List<Row> _rows;

    private SearchOracle(List<Row> rows) => _rows = rows;

    public static async Task<SearchOracle> LoadAsync(TestDatabase database)
    {
        var cancel = TestContext.Current.CancellationToken;
        await using var db = database.CreateContext();
        var works = await db.Works.AsNoTracking().Select(w => new { w.Id, w.Symbol, w.Kind, w.Date, w.Session }).ToDictionaryAsync(w => w.Id, cancel);
        var tracks = (await db.TrackMembers.AsNoTracking().Join(db.Tracks, m => m.TrackId, t => t.Id, (m, t) => new { t.Key, m.WorkSymbol }).ToListAsync(cancel))
            .ToLookup(m => m.WorkSymbol, m => m.Key);
        var norms = await db.Norms.AsNoTracking().Select(n => new { n.Number, n.Statement.Symbol, n.Statement.Anchor }).ToListAsync(cancel);
        var counterparts = await db.NormCounterparts.AsNoTracking().Where(c => c.Target.Anchor != "")
            .Join(db.Norms, c => c.NormId, n => n.Id, (c, n) => new { n.Number, c.Target.Symbol, c.Target.Anchor })
            .ToListAsync(cancel);
        var normsOf = norms.Concat(counterparts).ToLookup(n => (n.Symbol, n.Anchor), n => n.Number);
        var entries = await db.SearchEntries.AsNoTracking().ToListAsync(cancel);
        var rows = entries.Select(e =>
        {
            var work = works[e.WorkId];
            return new Row(
                new SearchHit(work.Symbol, e.Language, e.Anchor), e.Terms.Split(' ', StringSplitOptions.RemoveEmptyEntries), work.Kind, work.Date, work.Session,
                tracks[work.Symbol].ToHashSet(StringComparer.Ordinal), normsOf[(work.Symbol, e.Anchor)].ToHashSet(StringComparer.Ordinal));
        }).ToList();
        return new SearchOracle(rows);
    }

    public HashSet<SearchHit> Hits(string query)
    {
        var parsed = SearchQueryParser.Parse(query);
        var filters = SearchFilterMapping.ToStored(parsed.Filters, []);
        var match = new SearchMatchCompiler(SearchIndexer.Analyzer).Compile(parsed.Root, SearchFilterMapping.AnalysisLanguages(parsed.Filters))?.Match;
        return _rows.Where(r => (match is null || Matches(match, r.Terms)) && Passes(filters, r)).Select(r => r.Hit).ToHashSet();
    }

    /// <summary>
    /// The hits of <paramref name="query"/> when its words may be anywhere in one text (a work in one
    /// language): the rows holding any of its words, in texts where each word or phrase is in some row
    /// and no excluded one is in any.
    /// </summary>
    public HashSet<SearchHit> DocumentHits(string query)
    {
        var parsed = SearchQueryParser.Parse(query);
        var filters = SearchFilterMapping.ToStored(parsed.Filters, []);
        var match = new SearchMatchCompiler(SearchIndexer.Analyzer).Compile(parsed.Root, SearchFilterMapping.AnalysisLanguages(parsed.Filters))?.Match;
        (IReadOnlyList<MatchNode> Required, IReadOnlyList<MatchNode> Excluded)? clauses = match switch
        {
            MatchAll all => (all.Children, []),
            MatchAllBut allBut => (allBut.Include, allBut.Exclude),
            _ => null,
        };
        if (clauses is not { } found)
        {
            // One clause: the same in a paragraph as in a document.
            return Hits(query);
        }

        var (required, excluded) = found;

        return _rows.GroupBy(r => (r.Hit.Symbol, r.Hit.Language))
            .Where(text => required.All(clause => text.Any(r => Matches(clause, r.Terms)))
                && !excluded.Any(clause => text.Any(r => Matches(clause, r.Terms))))
            .SelectMany(text => text)
            .Where(r => required.Any(clause => Matches(clause, r.Terms)) && Passes(filters, r))
            .Select(r => r.Hit)
            .ToHashSet();
    }

    private static bool Passes(StoredFilters filters, Row row) =>
        (filters.Kinds.Count == 0 || filters.Kinds.Contains(row.Kind.ToString()))
        && (filters.Tracks.Count == 0 || filters.Tracks.Any(row.Tracks.Contains))
        && (filters.YearFrom is null || (row.Date is { } from && from.Year >= filters.YearFrom))
        && (filters.YearTo is null || (row.Date is { } to && to.Year <= filters.YearTo))
        && (filters.Sessions.Count == 0 || (row.Session is { } session && filters.Sessions.Contains(session)))
        && (filters.Languages.Count == 0 || filters.Languages.Contains(row.Hit.Language))
        && (filters.Norms.Count == 0 || filters.Norms.Any(row.Norms.Contains))
        && (filters.Symbols.Count == 0 || filters.Symbols.Contains(row.Hit.Symbol));

    private static bool Matches(MatchNode node, string[] terms) => node switch
    {
        MatchTerm { IsPrefix: true } prefix => terms.Any(t => t.StartsWith(prefix.Term, StringComparison.Ordinal)),
        MatchTerm term => terms.Contains(term.Term, StringComparer.Ordinal),
        MatchPhrase phrase => Enumerable.Range(0, Math.Max(0, terms.Length - phrase.Terms.Count + 1))
            .Any(start => phrase.Terms.Select((t, i) => terms[start + i] == t).All(equal => equal)),
        MatchAll all => all.Children.All(c => Matches(c, terms)),
        MatchAny any => any.Children.Any(c => Matches(c, terms)),
        MatchAllBut allBut => allBut.Include.All(c => Matches(c, terms)) && !allBut.Exclude.Any(c => Matches(c, terms)),
        _ => throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, null),
    };

    private sealed record Row(
        SearchHit Hit, string[] Terms, WorkKind Kind, DateOnly? Date, int? Session, HashSet<string> Tracks, HashSet<string> Norms);
}
