using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Postgres.Reuse;
using NormsPortal.Data.Postgres.Search;
using NormsPortal.Data.Sqlite.Reuse;
using NormsPortal.Data.Sqlite.Search;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>
/// Checks that a database's full-text index agrees with <c>SearchEntries</c> row for row, and that the
/// triggers which keep it so are in place (the reuse index's delete trigger aside, which migrations may predate): FTS5's own integrity check on SQLite (it compares its index
/// with the content table), every vector against its entry's terms on PostgreSQL.
/// </summary>
internal static class SearchIndexAssert
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task InStepAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        if (database.Kind == DatabaseKind.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync(SqliteSearchIndex.IntegrityCheckStatement, Cancel);
            var triggers = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'trigger'").ToListAsync(Cancel);
            Assert.Equal(SqliteSearchIndex.TriggerNames.Order(StringComparer.Ordinal), triggers.Where(t => t is not SqliteReuseIndexCleanup.TriggerName and not SqliteReuseIndex.DeleteTriggerName).Order(StringComparer.Ordinal));
        }
        else
        {
            Assert.Equal(0, await db.Database.SqlQueryRaw<long>(PostgresSearchIndex.OutOfStepCountQuery).SingleAsync(Cancel));
            var triggers = await db.Database.SqlQueryRaw<string>(
                """SELECT tgname::text AS "Value" FROM pg_trigger WHERE tgrelid = '"SearchEntries"'::regclass AND NOT tgisinternal""").ToListAsync(Cancel);
            Assert.Equal(PostgresSearchIndex.TriggerNames.Order(StringComparer.Ordinal), triggers.Where(t => t != PostgresReuseIndexCleanup.TriggerName).Order(StringComparer.Ordinal));
        }
    }
}
