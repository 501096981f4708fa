using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Search;
using NormsPortal.Data.Search.Index;
using NormsPortal.Data.Search.Query;
using NormsPortal.Data.Search.Store;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>A matched index entry: which work, which language, which anchor (empty for a title).</summary>
internal sealed record SearchHit(string Symbol, string Language, string Anchor);

/// <summary>A matched work in the order the page statement lists it, with its date and the total of matched works.</summary>
internal sealed record RankedWork(int WorkId, string Symbol, DateOnly? Date, long Total);

/// <summary>
/// Every hit of a query on a provider, not one page of it: the service's own statements (same
/// parser, analyser, filters and SQL) with no limit on works or paragraphs per work; facet rows are skipped.
/// </summary>
internal static class SearchHits
{
    public static async Task<HashSet<SearchHit>> AllAsync(TestDatabase database, string query, SearchScope scope = SearchScope.Paragraph)
    {
        var hits = new HashSet<SearchHit>();
        await ReadPageAsync(database, query, SearchEngine.RankedEntries, scope, reader =>
            hits.Add(new SearchHit(reader.GetString(SearchResultColumns.Symbol), reader.GetString(SearchResultColumns.Language), reader.GetString(SearchResultColumns.Anchor))));
        return hits;
    }

    /// <summary>Every matched work once, in page order, when at most <paramref name="rankedEntries"/> matched entries are ranked.</summary>
    public static async Task<List<RankedWork>> WorksInOrderAsync(TestDatabase database, string query, int rankedEntries)
    {
        var works = new List<RankedWork>();
        await ReadPageAsync(database, query, rankedEntries, SearchScope.Paragraph, reader =>
        {
            var workId = reader.GetInt32(SearchResultColumns.WorkId);
            if (works.Count == 0 || works[^1].WorkId != workId)
            {
                DateOnly? date = reader.IsDBNull(SearchResultColumns.Date) ? null : reader.GetFieldValue<DateOnly>(SearchResultColumns.Date);
                works.Add(new RankedWork(workId, reader.GetString(SearchResultColumns.Symbol), date, reader.GetInt64(SearchResultColumns.Total)));
            }
        });
        return works;
    }

    private static async Task ReadPageAsync(TestDatabase database, string query, int rankedEntries, SearchScope scope, Action<DbDataReader> readRow)
    {
        var cancel = TestContext.Current.CancellationToken;
        var parsed = SearchQueryParser.Parse(query);
        var compiled = new SearchMatchCompiler(SearchIndexer.Analyzer).Compile(parsed.Root, SearchFilterMapping.AnalysisLanguages(parsed.Filters));
        var plan = new SearchPlan(compiled?.Match, SearchFilterMapping.ToStored(parsed.Filters, []), 0, 100_000, 100_000, rankedEntries, scope);
        var statement = SearchSql.Build(database.Provider.SearchDialect, plan);

        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync(cancel);
        await using var command = statement.CreateCommand(db.Database.GetDbConnection());

        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            if (reader.IsDBNull(SearchResultColumns.Facet))
            {
                readRow(reader);
            }
        }
    }
}
