using Microsoft.EntityFrameworkCore.Migrations;

namespace NormsPortal.Data.Postgres.Reuse;

/// <summary>
/// Deletes a search entry's reuse index rows with the entry, as a cascading foreign key did before the
/// key was dropped (a foreign key is checked with a query per inserted row: half the index's import cost).
/// One statement trigger per delete on <c>SearchEntries</c>, whatever deletes them (a provision's cascade,
/// a re-import, a repair), with the deleted rows as a transition table.
/// </summary>
public static class PostgresReuseIndexCleanup
{
    public const string TriggerName = "SearchEntries_ReuseShingles_Delete";

    private const string FunctionName = "np_reuse_shingles_delete";

    public static void CreateReuseIndexCleanup(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(
            $"""
            CREATE FUNCTION {FunctionName}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                DELETE FROM "ReuseShingles" s USING deleted_entries d WHERE s."EntryId" = d."Id";
                RETURN NULL;
            END
            $$;
            """);
        migrationBuilder.Sql(
            $"""
            CREATE TRIGGER "{TriggerName}" AFTER DELETE ON "SearchEntries"
            REFERENCING OLD TABLE AS deleted_entries
            FOR EACH STATEMENT EXECUTE FUNCTION {FunctionName}();
            """);
    }

    public static void DropReuseIndexCleanup(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""DROP TRIGGER "{TriggerName}" ON "SearchEntries";""");
        migrationBuilder.Sql($"DROP FUNCTION {FunctionName}();");
    }
}
