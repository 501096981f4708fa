using Microsoft.EntityFrameworkCore.Migrations;

namespace NormsPortal.Data.Sqlite.Search;

/// <summary>
/// The SQLite side of the search index: an FTS5 table over <c>SearchEntries.Terms</c> (external
/// content, so the text is stored once) and the triggers that keep it in step with the content table.
/// The tokenizer only splits on what is neither letter, number, mark nor private-use or unassigned
/// code point, i.e. on the spaces between our terms: every term the .NET analyser produced is one
/// FTS5 token, case and diacritics untouched, as in PostgreSQL's <c>tsvector</c>.
/// </summary>
public static class SqliteSearchIndex
{
    public const string FtsTable = "SearchEntriesFts";

    private const string CreateTable =
        $"""
        CREATE VIRTUAL TABLE "{FtsTable}" USING fts5(
            "Terms",
            content = 'SearchEntries',
            content_rowid = 'Id',
            tokenize = "unicode61 remove_diacritics 0 categories 'L* N* M* Co Cn'"
        );
        """;

    private static readonly string[] s_triggers =
    [
        $"""
        CREATE TRIGGER "SearchEntries_Fts_Insert" AFTER INSERT ON "SearchEntries" BEGIN
            INSERT INTO "{FtsTable}" (rowid, "Terms") VALUES (new."Id", new."Terms");
        END;
        """,
        $"""
        CREATE TRIGGER "SearchEntries_Fts_Delete" AFTER DELETE ON "SearchEntries" BEGIN
            INSERT INTO "{FtsTable}" ("{FtsTable}", rowid, "Terms") VALUES ('delete', old."Id", old."Terms");
        END;
        """,
        $"""
        CREATE TRIGGER "SearchEntries_Fts_Update" AFTER UPDATE ON "SearchEntries" BEGIN
            INSERT INTO "{FtsTable}" ("{FtsTable}", rowid, "Terms") VALUES ('delete', old."Id", old."Terms");
            INSERT INTO "{FtsTable}" (rowid, "Terms") VALUES (new."Id", new."Terms");
        END;
        """,
    ];

    /// <summary>The names of the triggers that keep the FTS5 table in step with <c>SearchEntries</c>.</summary>
    public static IReadOnlyList<string> TriggerNames { get; } = ["SearchEntries_Fts_Insert", "SearchEntries_Fts_Delete", "SearchEntries_Fts_Update"];

    /// <summary>Creates the FTS5 table and its triggers (the migration that creates <c>SearchEntries</c>).</summary>
    public static void CreateSearchIndex(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(CreateTable);
        migrationBuilder.RestoreSearchIndex();
    }

    /// <summary>
    /// Recreates the triggers and rebuilds the FTS5 index from the content table. Needed after every
    /// rebuild of <c>SearchEntries</c> (SQLite cannot alter a column, so the table is copied into a new
    /// one and the old one dropped, its triggers with it). EF runs a migration's table rebuilds after
    /// all its other operations, so calling this in the same migration as an EF <c>AlterColumn</c> is
    /// too early: write the rebuild out in SQL and call this after it (as <c>PackedSearchEntryKeys</c>
    /// does), or call it in a migration of its own that follows the rebuild. The reuse index's delete trigger
    /// goes with the old table too: restore it as well (<c>SqliteReuseIndexCleanup.CreateReuseIndexCleanup</c>).
    /// </summary>
    public static void RestoreSearchIndex(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var sql in RestoreStatements())
        {
            migrationBuilder.Sql(sql);
        }
    }

    /// <summary>FTS5's own check that its index matches the content table; it fails on any difference.</summary>
    public static string IntegrityCheckStatement { get; } = $"INSERT INTO \"{FtsTable}\" (\"{FtsTable}\", rank) VALUES ('integrity-check', 1)";

    /// <summary>The statements of <see cref="RestoreSearchIndex"/>, for code that repairs a database outside a migration.</summary>
    public static IEnumerable<string> RestoreStatements()
    {
        foreach (var name in TriggerNames)
        {
            yield return $"DROP TRIGGER IF EXISTS \"{name}\";";
        }

        foreach (var trigger in s_triggers)
        {
            yield return trigger;
        }

        yield return $"INSERT INTO \"{FtsTable}\" (\"{FtsTable}\") VALUES ('rebuild');";
    }

    /// <summary>Drops the FTS5 table and its triggers (the migration's Down).</summary>
    public static void DropSearchIndex(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var name in TriggerNames)
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{name}\";");
        }

        migrationBuilder.Sql($"DROP TABLE IF EXISTS \"{FtsTable}\";");
    }
}
