using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Search.Index;
using NormsPortal.Data.Search.Query;
using NormsPortal.Data.Search.Store;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>A matched index entry: which work, which language, which anchor (empty for a title).</summary>
internal sealed record SearchHit(string Symbol, string Language, string Anchor);

/// <summary>
/// Every hit of a query on a provider, not one page of it: the service's own statements (same
/// parser, analyser, filters and SQL) with no limit on works or paragraphs per work.
/// </summary>
internal static class SearchHits
{
    public static async Task<HashSet<SearchHit>> AllAsync(TestDatabase database, string query)
    {
        var parsed = SearchQueryParser.Parse(query);
        var compiled = new SearchMatchCompiler(SearchIndexer.Analyzer).Compile(parsed.Root, SearchFilterMapping.AnalysisLanguages(parsed.Filters));
        var plan = new SearchPlan(compiled?.Match, SearchFilterMapping.ToStored(parsed.Filters, []), 0, 100_000, 100_000);
        var statement = SearchSql.Build(database.Provider.SearchDialect, plan).Page;

        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = statement.Sql;
        foreach (var parameter in statement.Parameters)
        {
            DbParameter dbParameter = command.CreateParameter();
            dbParameter.ParameterName = parameter.Name;
            dbParameter.Value = parameter.Value;
            command.Parameters.Add(dbParameter);
        }

        var hits = new HashSet<SearchHit>();
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            hits.Add(new SearchHit(reader.GetString(3), reader.GetString(8), reader.GetString(9)));
        }

        return hits;
    }
}
