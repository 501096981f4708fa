using Microsoft.EntityFrameworkCore.Migrations;

namespace NormsPortal.Data.Postgres.Reuse;

/// <summary>
/// Deletes a search entry's reuse index rows, merged and pending, with the entry, as a cascading foreign key
/// did before the key was dropped (a foreign key is checked with a query per inserted row: half the index's
/// import cost). One statement trigger per delete on <c>SearchEntries</c>, whatever deletes them (a
/// provision's cascade, a re-import, a repair), with the deleted rows as a transition table.
/// </summary>
public static class PostgresReuseIndexCleanup
{
    public const string TriggerName = "SearchEntries_ReuseShingles_Delete";

    private const string FunctionName = "np_reuse_shingles_delete";

    private const string DeleteMerged = """DELETE FROM "ReuseShingles" s USING deleted_entries d WHERE s."EntryId" = d."Id";""";

    private const string DeletePending = """DELETE FROM "ReusePendingShingles" s USING deleted_entries d WHERE s."EntryId" = d."Id";""";

    /// <summary>Creates the trigger; <paramref name="pendingList"/> false for the migrations older than the pending list's, whose SQL must stay as it shipped.</summary>
    public static void CreateReuseIndexCleanup(this MigrationBuilder migrationBuilder, bool pendingList = true)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.ReplaceReuseIndexCleanupFunction(pendingList);
        migrationBuilder.Sql(
            $"""
            CREATE TRIGGER "{TriggerName}" AFTER DELETE ON "SearchEntries"
            REFERENCING OLD TABLE AS deleted_entries
            FOR EACH STATEMENT EXECUTE FUNCTION {FunctionName}();
            """);
    }

    /// <summary>Sets what the trigger deletes: the merged rows, and the pending ones when <paramref name="pendingList"/>.</summary>
    public static void ReplaceReuseIndexCleanupFunction(this MigrationBuilder migrationBuilder, bool pendingList)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(
            $"""
            CREATE OR REPLACE FUNCTION {FunctionName}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                {DeleteMerged}
                {(pendingList ? DeletePending : "")}
                RETURN NULL;
            END
            $$;
            """);
    }

    public static void DropReuseIndexCleanup(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""DROP TRIGGER "{TriggerName}" ON "SearchEntries";""");
        migrationBuilder.Sql($"DROP FUNCTION {FunctionName}();");
    }
}
