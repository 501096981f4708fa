using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;
using NormsPortal.Data.Providers;
using NormsPortal.Data.Search;
using NormsPortal.Data.Search.Index;
using NormsPortal.Data.Search.Query;
using NormsPortal.Data.Search.Store;
using NormsPortal.Data.Vocabulary;
using NormsPortal.Web.Features.Norms;

namespace NormsPortal.Web.Features.Search;

/// <summary>
/// The portal's search: the <see cref="SearchEngine"/> finds the works and counts the facets; this
/// service makes the snippets in .NET, labels the facets, gives every hit its address and looks the
/// query's numbers and symbols up among norms and works.
/// "Nothing to search for" is a result (<see cref="SearchResultsDto.NothingToSearchFor"/>), not an exception.
/// </summary>
public sealed class SearchService(IDbContextFactory<PortalDbContext> contexts, IPortalDatabaseProvider provider) : IDisposable
{
    private readonly SearchEngine _engine = new(contexts, provider);
    /// <summary>The most paragraphs of one work listed under a result; the document holds the rest.</summary>
    public const int MaxMatchesInWork = 200;

    private readonly SnippetBuilder _snippets = new(SearchIndexer.Analyzer);

    public async Task<SearchResultsDto> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = _engine.Prepare(request.Q, request.Page, request.PageSize, request.Scope);
        var canonical = prepared.Query.ToString();
        var scope = request.Scope.ToName();
        if (prepared.NothingToSearchFor)
        {
            return new SearchResultsDto([], 0, SearchFacetsDto.None, [], request.Page, request.PageSize, canonical, prepared.Warnings, NothingToSearchFor: true, scope);
        }

        var direct = await DirectMatchesAsync(prepared.Query.Lookups, cancellationToken);
        if (prepared.Statement is not { } statement)
        {
            return new SearchResultsDto([], 0, SearchFacetsDto.None, direct, request.Page, request.PageSize, canonical, prepared.Warnings, Scope: scope);
        }

        var result = await _engine.RunAsync(statement, cancellationToken);
        var items = Hits(result.Works, prepared.Highlight);
        return new SearchResultsDto(items, result.Total, Facets(result.Facets), direct, request.Page, request.PageSize, canonical, prepared.Warnings, Scope: scope);
    }

    /// <summary>
    /// Every paragraph of the work <paramref name="symbol"/> that the search <paramref name="request"/>
    /// matches (up to <see cref="MaxMatchesInWork"/>), best first, with snippets and addresses: what a
    /// result's "and 8 more" shows. Empty when the work is not among the matches.
    /// </summary>
    public async Task<IReadOnlyList<SearchParagraphHitDto>> MatchesInWorkAsync(SearchRequest request, string symbol, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(symbol);
        var inWork = SearchQueryFormatter.WithFilter(request.Q, SearchQueryFormatter.SymbolFilter(symbol));
        // The query may hold symbol: filters of its own; the work asked for is then one of a few.
        var prepared = _engine.Prepare(inWork, 1, SearchQueryLimits.MaxFilterValues + 1, request.Scope, MaxMatchesInWork);
        if (prepared.Statement is not { } statement)
        {
            return [];
        }

        var result = await _engine.RunAsync(statement, cancellationToken);
        return result.Works.FirstOrDefault(w => w.Symbol == symbol) is { } work ? Hits([work], prepared.Highlight)[0].Paragraphs : [];
    }

    /// <summary>
    /// The SQL and parameters <see cref="SearchAsync"/> runs for <paramref name="request"/> on this
    /// provider (null when it runs none: nothing to search for, or only numbers and symbols to look up),
    /// so a benchmark can run the same statement through ADO.NET.
    /// </summary>
    public SearchStatement? StatementFor(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _engine.Prepare(request.Q, request.Page, request.PageSize, request.Scope).Statement;
    }

    /// <summary>Closes the engine's connections.</summary>
    public void Dispose() => _engine.Dispose();

    /// <summary>
    /// The works with their paragraphs' snippets and addresses. The snippets (analysing each shown paragraph again)
    /// are most of the API's own work on a search, so the page's are built on all cores at once (the builder and its
    /// analyzer are thread-safe): a reader waits for about the longest share, not for the sum of the snippets; the CPU
    /// spent is about the same, plus a worker woken for the page.
    /// </summary>
    private List<SearchWorkHitDto> Hits(IReadOnlyList<SearchWorkHit> works, HighlightTerms? highlight)
    {
        var shown = works.SelectMany(w => w.Paragraphs).ToArray();
        var snippets = new string[shown.Length];
        Parallel.For(0, shown.Length, i => snippets[i] = _snippets.Build(shown[i].Text, shown[i].Language, highlight));

        var hits = new List<SearchWorkHitDto>(works.Count);
        var next = 0;
        foreach (var work in works)
        {
            var paragraphs = new List<SearchParagraphHitDto>(work.Paragraphs.Count);
            foreach (var p in work.Paragraphs)
            {
                paragraphs.Add(new SearchParagraphHitDto(
                    p.Anchor, p.Language, snippets[next++], ParagraphUrl(work.Symbol, p.Language, p.Anchor), p.Kind == SearchEntryKind.Annotation));
            }

            hits.Add(new SearchWorkHitDto(work.Symbol, work.Kind.ToName(), work.Title, work.Date, DocumentUrls.For(work.Symbol), paragraphs, work.Hits));
        }

        return hits;
    }

    /// <summary>The label of the kind facet's value for works with a matched note; it follows the work kinds.</summary>
    public const string AnnotationFacetLabel = "Curators' notes";

    private static SearchFacetsDto Facets(IReadOnlyList<SearchFacetRow> rows)
    {
        IEnumerable<SearchFacetRow> Of(string facet) => rows.Where(r => r.Facet == facet);

        var kinds = Of(SearchFacetRow.Kind)
            .Where(k => k.Value != SearchFacetRow.AnnotationKind)
            .Select(k => (Kind: Enum.Parse<WorkKind>(k.Value), k.Count))
            .Select(k => new FacetValueDto(k.Kind.ToName(), k.Kind.Label(), k.Count, "kind:" + k.Kind.ToName()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
            .Concat(Of(SearchFacetRow.Kind)
                .Where(k => k.Value == SearchFacetRow.AnnotationKind)
                .Select(k => new FacetValueDto(k.Value, AnnotationFacetLabel, k.Count, "kind:" + k.Value)))
            .ToList();
        var tracks = Of(SearchFacetRow.Track)
            .Select(t => new FacetValueDto(t.Value, t.Label ?? t.Value, t.Count, "track:" + t.Value))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
            .ToList();
        var decades = Of(SearchFacetRow.Decade)
            .Select(d => (Decade: int.Parse(d.Value, CultureInfo.InvariantCulture), d.Count))
            .OrderByDescending(d => d.Decade)
            .Select(d => new FacetValueDto(
                d.Decade.ToString(CultureInfo.InvariantCulture), SearchFacetLabels.Decade(d.Decade), d.Count,
                SearchQueryFormatter.YearFilter(d.Decade, d.Decade + 9)))
            .ToList();
        var languages = Of(SearchFacetRow.Language)
            .Select(l => new FacetValueDto(l.Value, Languages.EnglishName(l.Value), l.Count, "lang:" + l.Value))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
            .ToList();
        var norms = Of(SearchFacetRow.Norm)
            .OrderBy(n => n.Ordinal)
            .Select(n => new FacetValueDto(n.Value, $"{n.Value} {n.Label}", n.Count, "norm:" + n.Value))
            .ToList();
        return new SearchFacetsDto(kinds, tracks, decades, languages, norms);
    }

    /// <summary>Norms by number and works by symbol, in the order the query names them; a short symbol offers every work it may name.</summary>
    private async Task<List<SearchDirectMatchDto>> DirectMatchesAsync(IReadOnlyList<string> lookups, CancellationToken cancellationToken)
    {
        if (lookups.Count == 0)
        {
            return [];
        }

        // Only for a query with numbers or symbols: most searches need no context at all.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var norms = await db.Norms.AsNoTracking().Where(n => lookups.Contains(n.Number))
            .Select(n => new { n.Number, n.Label })
            .ToListAsync(cancellationToken);
        var candidates = lookups.SelectMany(SearchFilterMapping.FullSymbols).Distinct(StringComparer.Ordinal).ToList();
        var works = await db.Works.AsNoTracking().Where(w => candidates.Contains(w.Symbol))
            .Select(w => new { w.Symbol, w.Title })
            .ToListAsync(cancellationToken);

        var matches = new List<SearchDirectMatchDto>();
        foreach (var lookup in lookups)
        {
            matches.AddRange(norms.Where(n => n.Number == lookup)
                .Select(n => new SearchDirectMatchDto("norm", n.Number, $"Norm {n.Number}: {n.Label}", NormUrls.For(n.Number))));
            foreach (var symbol in SearchFilterMapping.FullSymbols(lookup))
            {
                matches.AddRange(works.Where(w => w.Symbol == symbol)
                    .Select(w => new SearchDirectMatchDto("work", w.Symbol, w.Title is null ? w.Symbol : $"{w.Symbol}: {w.Title}", DocumentUrls.For(w.Symbol))));
            }
        }

        return matches.DistinctBy(m => (m.Type, m.Key)).ToList();
    }

    /// <summary>A paragraph's permalink in its language: <c>/documents/A/RES/73/27?lang=fr#op1.6</c> (a title has no anchor).</summary>
    private static string ParagraphUrl(string symbol, string language, string anchor) =>
        DocumentUrls.For(symbol) + "?lang=" + Uri.EscapeDataString(language) + (anchor.Length > 0 ? "#" + anchor : "");
}
