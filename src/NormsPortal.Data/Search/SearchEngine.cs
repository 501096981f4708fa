using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;
using NormsPortal.Data.Providers;
using NormsPortal.Data.Search.Index;
using NormsPortal.Data.Search.Query;
using NormsPortal.Data.Search.Store;

namespace NormsPortal.Data.Search;

/// <summary>
/// Runs a search against the index: parses the query once (<see cref="SearchQueryParser"/>), puts
/// its filters in stored form (<see cref="SearchFilterMapping"/>), analyses its words into index
/// terms (<see cref="SearchMatchCompiler"/>) and runs the provider's statement (<see cref="SearchSql"/>:
/// one statement for a page of works with their best paragraphs and the facets). What a page shows
/// of the result (snippets, labels, addresses) is the caller's.
/// </summary>
public sealed class SearchEngine(IDbContextFactory<PortalDbContext> contexts, IPortalDatabaseProvider provider) : IDisposable
{
    /// <summary>How many paragraphs each work shows; the rest are counted in <see cref="SearchWorkHit.Hits"/>.</summary>
    public const int ParagraphsPerWork = 3;

    /// <summary>
    /// How many matched paragraphs are ranked at most (<see cref="SearchSql"/>): every match of nearly
    /// every query, while a word found in tens of thousands of paragraphs ranks those of the newest works.
    /// </summary>
    public const int RankedEntries = 1_000;

    private readonly SearchMatchCompiler _compiler = new(SearchIndexer.Analyzer);

    /// <summary>
    /// The statements run on connections of their own that keep them prepared (<see cref="PreparedStatementPool"/>), made
    /// from the ADO.NET factory and connection string of the contexts' database, read from a context once. The statement
    /// needs a connection and nothing else of EF Core, and opening a context's connection first sets up the context's
    /// services: about a third of a millisecond of CPU on every search (a profile of the API, docs/benchmarks.md).
    /// The contexts are configured with a connection string, as the portal's, the tests' and the benchmarks' are.
    /// </summary>
    private readonly Lazy<PreparedStatementPool> _statements = new(() =>
    {
        using var db = contexts.CreateDbContext();
        var connection = db.Database.GetDbConnection();
        return new PreparedStatementPool(provider,
            DbProviderFactories.GetFactory(connection) ?? throw new InvalidOperationException($"{connection.GetType()} names no ADO.NET factory."),
            db.Database.GetConnectionString() ?? throw new InvalidOperationException("The search needs contexts configured with a connection string."));
    });

    /// <summary>
    /// The parsed query and the statement that answers page <paramref name="page"/> of it (none when
    /// there is nothing to search for, or only numbers and symbols to look up); <paramref name="scope"/>
    /// says whether the words must meet in one paragraph or only in one document; each work brings up
    /// to <paramref name="paragraphsPerWork"/> of its matched paragraphs, best first.
    /// </summary>
    public PreparedSearch Prepare(string? queryText, int page, int pageSize, SearchScope scope = SearchScope.Paragraph, int paragraphsPerWork = ParagraphsPerWork)
    {
        var query = SearchQueryParser.Parse(queryText);
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

        var plan = new SearchPlan(compiled?.Match, filters, (page - 1) * pageSize, pageSize, paragraphsPerWork, RankedEntries, scope);
        return new PreparedSearch(query, SearchSql.Build(provider.SearchDialect, plan), compiled?.Highlight, warnings, NothingToSearchFor: false);
    }

    /// <summary>Runs <paramref name="statement"/>: the page's works with their best paragraphs, the total of matched works and the facet counts.</summary>
    public async Task<SearchResultPage> RunAsync(SearchStatement statement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var (works, pageTotal, facets) = await _statements.Value.RunAsync(statement, ReadAsync, cancellationToken);
        // Past the last page there are no rows to carry the total; every matched work has one work kind.
        var total = pageTotal ?? facets.Where(f => f.Facet == SearchFacetRow.Kind && f.Value != SearchFacetRow.AnnotationKind).Sum(f => f.Count);
        return new SearchResultPage(works, total, facets);
    }

    /// <summary>Closes the connections the statements were prepared on.</summary>
    public void Dispose()
    {
        if (_statements.IsValueCreated)
        {
            _statements.Value.Dispose();
        }
    }

    private static async Task<(List<SearchWorkHit> Works, int? Total, List<SearchFacetRow> Facets)> ReadAsync(
        DbDataReader reader, CancellationToken cancellationToken)
    {
        var works = new List<SearchWorkHit>();
        var facets = new List<SearchFacetRow>();
        int? total = null;
        var lastWorkId = -1;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!reader.IsDBNull(SearchResultColumns.Facet))
            {
                facets.Add(new SearchFacetRow(
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
                works.Add(new SearchWorkHit(
                    reader.GetString(SearchResultColumns.Symbol),
                    Enum.Parse<WorkKind>(reader.GetString(SearchResultColumns.Kind)),
                    reader.IsDBNull(SearchResultColumns.Title) ? null : reader.GetString(SearchResultColumns.Title),
                    reader.IsDBNull(SearchResultColumns.Date) ? null : reader.GetFieldValue<DateOnly>(SearchResultColumns.Date),
                    Convert.ToInt32(reader.GetValue(SearchResultColumns.Hits), CultureInfo.InvariantCulture),
                    []));
            }

            works[^1].Paragraphs.Add(new SearchParagraphHit(
                reader.GetString(SearchResultColumns.Anchor),
                reader.GetString(SearchResultColumns.Language),
                reader.GetString(SearchResultColumns.Text),
                Enum.Parse<SearchEntryKind>(reader.GetString(SearchResultColumns.EntryKind))));
        }

        return (works, total, facets);
    }
}
