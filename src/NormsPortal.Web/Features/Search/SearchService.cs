using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;
using NormsPortal.Data.Providers;
using NormsPortal.Data.Search.Index;
using NormsPortal.Data.Search.Query;
using NormsPortal.Data.Search.Store;
using NormsPortal.Data.Vocabulary;
using NormsPortal.Web.Features.Documents;

namespace NormsPortal.Web.Features.Search;

/// <summary>
/// Runs a search: parses the query once (<see cref="SearchQueryParser"/>), analyses its words into
/// index terms (<see cref="SearchMatchCompiler"/>), runs the provider's statements
/// (<see cref="SearchSql"/>: one statement for a page of works with their best paragraphs and the facets), makes
/// the snippets in .NET and looks the query's numbers and symbols up among norms and works.
/// "Nothing to search for" is a result (<see cref="SearchResultsDto.NothingToSearchFor"/>), not an exception.
/// </summary>
public sealed class SearchService(IDbContextFactory<PortalDbContext> contexts, IPortalDatabaseProvider provider)
{
    /// <summary>How many paragraphs each work shows; the rest are counted in <see cref="SearchWorkHitDto.ParagraphTotal"/>.</summary>
    public const int ParagraphsPerWork = 3;

    /// <summary>
    /// How many matched paragraphs are ranked at most (<see cref="SearchSql"/>): every match of nearly
    /// every query, while a word found in tens of thousands of paragraphs ranks those of the newest works.
    /// </summary>
    public const int RankedEntries = 1_000;

    private readonly SearchMatchCompiler _compiler = new(SearchIndexer.Analyzer);
    private readonly SnippetBuilder _snippets = new(SearchIndexer.Analyzer);

    public async Task<SearchResultsDto> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = Prepare(request);
        var canonical = prepared.Query.ToString();
        if (prepared.NothingToSearchFor)
        {
            return new SearchResultsDto([], 0, SearchFacetsDto.None, [], request.Page, request.PageSize, canonical, prepared.Warnings, NothingToSearchFor: true);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var direct = await DirectMatchesAsync(db, prepared.Query.Lookups, cancellationToken);
        if (prepared.Statement is not { } statement)
        {
            return new SearchResultsDto([], 0, SearchFacetsDto.None, direct, request.Page, request.PageSize, canonical, prepared.Warnings);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var (items, pageTotal, facetRows) = await ReadResultAsync(db.Database.GetDbConnection(), statement, prepared.Highlight, cancellationToken);
        var facets = Facets(facetRows);
        // Past the last page there are no rows to carry the total; every matched work has one kind.
        var total = pageTotal ?? facets.Kind.Sum(k => k.Count);
        return new SearchResultsDto(items, total, facets, direct, request.Page, request.PageSize, canonical, prepared.Warnings);
    }

    /// <summary>
    /// The SQL and parameters <see cref="SearchAsync"/> runs for <paramref name="request"/> on this
    /// provider (null when it runs none: nothing to search for, or only numbers and symbols to look up),
    /// so a benchmark can run the same statement through ADO.NET.
    /// </summary>
    public SearchStatement? StatementFor(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Prepare(request).Statement;
    }

    private PreparedSearch Prepare(SearchRequest request)
    {
        var query = SearchQueryParser.Parse(request.Q);
        var warnings = new List<string>(query.Warnings);
        var filters = SearchFilterMapping.ToStored(query.Filters, warnings);
        var compiled = _compiler.Compile(query.Root, SearchFilterMapping.AnalysisLanguages(query.Filters));
        if (query.Root is not null && compiled is null)
        {
            warnings.Add("None of the words can be searched for: they hold no letter or digit.");
        }

        var hasFilters = !query.Filters.IsEmpty;
        if (compiled is null && !hasFilters)
        {
            return new PreparedSearch(query, null, null, warnings, NothingToSearchFor: query.Lookups.Count == 0);
        }

        var plan = new SearchPlan(compiled?.Match, filters, (request.Page - 1) * request.PageSize, request.PageSize, ParagraphsPerWork, RankedEntries);
        return new PreparedSearch(query, SearchSql.Build(provider.SearchDialect, plan), compiled?.Highlight, warnings, NothingToSearchFor: false);
    }

    /// <summary>The page's works with their snippets, the total of matched works (null past the last page) and the facet counts.</summary>
    private async Task<(List<SearchWorkHitDto> Items, int? Total, List<FacetRow> Facets)> ReadResultAsync(
        DbConnection connection, SearchStatement statement, HighlightTerms? highlight, CancellationToken cancellationToken)
    {
        var works = new List<(string Symbol, WorkKind Kind, string? Title, DateOnly? Date, int Hits, List<SearchParagraphHitDto> Paragraphs)>();
        var facets = new List<FacetRow>();
        int? total = null;
        var lastWorkId = -1;
        await using var command = statement.CreateCommand(connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!reader.IsDBNull(SearchResultColumns.Facet))
            {
                facets.Add(new FacetRow(
                    reader.GetString(SearchResultColumns.Facet),
                    reader.GetString(SearchResultColumns.Value),
                    Convert.ToInt32(reader.GetValue(SearchResultColumns.Count), CultureInfo.InvariantCulture),
                    reader.IsDBNull(SearchResultColumns.Label) ? null : reader.GetString(SearchResultColumns.Label),
                    reader.IsDBNull(SearchResultColumns.Ordinal) ? 0 : Convert.ToInt32(reader.GetValue(SearchResultColumns.Ordinal), CultureInfo.InvariantCulture)));
                continue;
            }

            var workId = reader.GetInt32(SearchResultColumns.WorkId);
            total ??= Convert.ToInt32(reader.GetValue(SearchResultColumns.Total), CultureInfo.InvariantCulture);
            if (workId != lastWorkId)
            {
                lastWorkId = workId;
                works.Add((
                    reader.GetString(SearchResultColumns.Symbol),
                    Enum.Parse<WorkKind>(reader.GetString(SearchResultColumns.Kind)),
                    reader.IsDBNull(SearchResultColumns.Title) ? null : reader.GetString(SearchResultColumns.Title),
                    reader.IsDBNull(SearchResultColumns.Date) ? null : reader.GetFieldValue<DateOnly>(SearchResultColumns.Date),
                    Convert.ToInt32(reader.GetValue(SearchResultColumns.Hits), CultureInfo.InvariantCulture),
                    []));
            }

            var symbol = works[^1].Symbol;
            var language = reader.GetString(SearchResultColumns.Language);
            var anchor = reader.GetString(SearchResultColumns.Anchor);
            var text = reader.GetString(SearchResultColumns.Text);
            works[^1].Paragraphs.Add(new SearchParagraphHitDto(anchor, language, _snippets.Build(text, language, highlight), ParagraphUrl(symbol, language, anchor)));
        }

        var items = works
            .Select(w => new SearchWorkHitDto(w.Symbol, w.Kind.ToName(), w.Title, w.Date, DocumentUrls.For(w.Symbol), w.Paragraphs, w.Hits))
            .ToList();
        return (items, total, facets);
    }

    private static SearchFacetsDto Facets(List<FacetRow> rows)
    {
        IEnumerable<FacetRow> Of(string facet) => rows.Where(r => r.Facet == facet);

        var kinds = Of("kind")
            .Select(k => (Kind: Enum.Parse<WorkKind>(k.Value), k.Count))
            .Select(k => new FacetValueDto(k.Kind.ToName(), k.Kind.Label(), k.Count, "kind:" + k.Kind.ToName()))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
            .ToList();
        var tracks = Of("track")
            .Select(t => new FacetValueDto(t.Value, t.Label ?? t.Value, t.Count, "track:" + t.Value))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
            .ToList();
        var decades = Of("decade")
            .Select(d => (Decade: int.Parse(d.Value, CultureInfo.InvariantCulture), d.Count))
            .OrderByDescending(d => d.Decade)
            .Select(d => new FacetValueDto(
                d.Decade.ToString(CultureInfo.InvariantCulture), SearchFacetLabels.Decade(d.Decade), d.Count,
                string.Create(CultureInfo.InvariantCulture, $"year:{d.Decade}..{d.Decade + 9}")))
            .ToList();
        var languages = Of("language")
            .Select(l => new FacetValueDto(l.Value, Languages.EnglishName(l.Value), l.Count, "lang:" + l.Value))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)
            .ToList();
        var norms = Of("norm")
            .OrderBy(n => n.Ordinal)
            .Select(n => new FacetValueDto(n.Value, $"{n.Value} {n.Label}", n.Count, "norm:" + n.Value))
            .ToList();
        return new SearchFacetsDto(kinds, tracks, decades, languages, norms);
    }

    /// <summary>Norms by number and works by symbol, in the order the query names them; a short symbol offers every work it may name.</summary>
    private static async Task<List<SearchDirectMatchDto>> DirectMatchesAsync(PortalDbContext db, IReadOnlyList<string> lookups, CancellationToken cancellationToken)
    {
        if (lookups.Count == 0)
        {
            return [];
        }

        var norms = await db.Norms.AsNoTracking().Where(n => lookups.Contains(n.Number))
            .Select(n => new { n.Number, n.Label, n.Statement.Symbol, n.Statement.Anchor })
            .ToListAsync(cancellationToken);
        var candidates = lookups.SelectMany(SearchFilterMapping.FullSymbols).Distinct(StringComparer.Ordinal).ToList();
        var works = await db.Works.AsNoTracking().Where(w => candidates.Contains(w.Symbol))
            .Select(w => new { w.Symbol, w.Title })
            .ToListAsync(cancellationToken);

        var matches = new List<SearchDirectMatchDto>();
        foreach (var lookup in lookups)
        {
            matches.AddRange(norms.Where(n => n.Number == lookup)
                .Select(n => new SearchDirectMatchDto("norm", n.Number, $"Norm {n.Number}: {n.Label}", DocumentUrls.For(n.Symbol, n.Anchor))));
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

    /// <summary>One row of the facet statement: the facet, a value, its count, and for tracks and norms their label (norms also their order).</summary>
    private sealed record FacetRow(string Facet, string Value, int Count, string? Label, int Ordinal);

    private sealed record PreparedSearch(
        SearchQuery Query, SearchStatement? Statement, HighlightTerms? Highlight, IReadOnlyList<string> Warnings, bool NothingToSearchFor);
}
