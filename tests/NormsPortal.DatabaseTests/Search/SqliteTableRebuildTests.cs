using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;
using NormsPortal.Data.Model;
using NormsPortal.Data.Sqlite.Reuse;
using NormsPortal.Data.Sqlite.Search;
using NormsPortal.DatabaseTests.Import;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>
/// SQLite cannot alter a column: EF rebuilds the table (new table, copy, drop, rename), and the
/// FTS5 triggers (and the reuse index's delete trigger) go with the dropped table. <see cref="SqliteSearchIndex.RestoreSearchIndex"/> is
/// what such a migration calls; this runs EF's own rebuild SQL and proves the index stays in sync.
/// </summary>
public sealed class SqliteTableRebuildTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RebuiltSearchTable_WithTheRestoreHelper_KeepsTheIndexInSync()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Sqlite);
        using var search = new SearchService(new TestContextFactory(database), database.Provider);
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/901", "en", "Welcomes the survey of quokkas;");
        await using var db = database.CreateContext();
        Assert.Equal(4, await TriggerCountAsync(db));

        await RebuildSearchEntriesTableAsync(db);

        // The hazard is real: EF's rebuild dropped the triggers with the old table.
        Assert.Equal(0, await TriggerCountAsync(db));

        foreach (var statement in SqliteSearchIndex.RestoreStatements())
        {
            await db.Database.ExecuteSqlRawAsync(statement, Cancel);
        }

        await db.Database.ExecuteSqlRawAsync(SqliteReuseIndex.CreateDeleteTrigger, Cancel);
        Assert.Equal(4, await TriggerCountAsync(db));
        // FTS5 compares its index with the content table and fails on any difference.
        await db.Database.ExecuteSqlRawAsync(SqliteSearchIndex.IntegrityCheckStatement, Cancel);
        Assert.Equal(1, (await search.SearchAsync(new SearchRequest("quokka"), Cancel)).Total);

        // Rows deleted and inserted after the rebuild reach the index.
        await SampleImports.ImportParagraphsAsync(database, "A/RES/75/901", "en", "Welcomes the survey of wombats;");
        Assert.Equal(0, (await search.SearchAsync(new SearchRequest("quokka"), Cancel)).Total);
        Assert.Equal(1, (await search.SearchAsync(new SearchRequest("wombat"), Cancel)).Total);
        await db.Database.ExecuteSqlRawAsync(SqliteSearchIndex.IntegrityCheckStatement, Cancel);
    }

    /// <summary>What a migration that widens <c>SearchEntries.Anchor</c> runs on SQLite: EF's table rebuild.</summary>
    private static async Task RebuildSearchEntriesTableAsync(Data.PortalDbContext db)
    {
        var widen = new AlterColumnOperation
        {
            Table = "SearchEntries",
            Name = nameof(SearchEntry.Anchor),
            ClrType = typeof(string),
            ColumnType = "TEXT",
            MaxLength = 128,
            OldColumn = new AddColumnOperation { Table = "SearchEntries", Name = nameof(SearchEntry.Anchor), ClrType = typeof(string), ColumnType = "TEXT", MaxLength = 64 },
        };
        var commands = db.GetService<IMigrationsSqlGenerator>().Generate([widen], db.GetService<IDesignTimeModel>().Model);
        Assert.Contains(commands, c => c.CommandText.Contains("ef_temp_SearchEntries", StringComparison.Ordinal));
        await db.GetService<IMigrationCommandExecutor>().ExecuteNonQueryAsync(commands, db.GetService<IRelationalConnection>(), Cancel);
    }

    private static async Task<int> TriggerCountAsync(Data.PortalDbContext db) =>
        await db.Database.SqlQueryRaw<int>("SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'SearchEntries'").SingleAsync(Cancel);
}
