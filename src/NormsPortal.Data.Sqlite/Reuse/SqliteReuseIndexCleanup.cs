using Microsoft.EntityFrameworkCore.Migrations;

namespace NormsPortal.Data.Sqlite.Reuse;

/// <summary>
/// Deletes a search entry's reuse index rows with the entry, as a cascading foreign key did before the
/// key was dropped (the key is gone from the model for PostgreSQL's sake, whose check per inserted row was
/// half the index's import cost). A row trigger on <c>SearchEntries</c>, which fires on cascaded deletes too,
/// as the full-text index's triggers do. Dropped when the index moved to FTS5 (<see cref="SqliteReuseIndex"/>,
/// whose own trigger replaces it); the migrations before that move still create it.
/// </summary>
public static class SqliteReuseIndexCleanup
{
    public const string TriggerName = "SearchEntries_ReuseShingles_Delete";

    /// <summary>
    /// Creates the trigger. A rebuild of <c>SearchEntries</c> (SQLite's way of altering a column) drops it with
    /// the old table, as it drops the full-text triggers: run this after it, beside
    /// <c>SqliteSearchIndex.RestoreSearchIndex</c>.
    /// </summary>
    public const string CreateStatement =
        $"""
        CREATE TRIGGER "{TriggerName}" AFTER DELETE ON "SearchEntries"
        BEGIN
            DELETE FROM "ReuseShingles" WHERE "EntryId" = old."Id";
        END;
        """;

    public static void CreateReuseIndexCleanup(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(CreateStatement);
    }

    public static void DropReuseIndexCleanup(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""DROP TRIGGER "{TriggerName}";""");
    }
}
