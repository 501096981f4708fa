using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Migrations;
using NormsPortal.Data.Reuse;

namespace NormsPortal.Data.Sqlite.Reuse;

/// <summary>
/// The SQLite side of the reuse index: an FTS5 table over <c>ReuseShingleSets.Hashes</c> (external content,
/// so the hashes are stored once; <c>detail=none</c>, as only which paragraphs hold a hash is asked), whose
/// tokens are the hashes as written in the column's JSON array (the minus sign kept as a token character), an
/// <c>fts5vocab</c> table over it for the document frequencies, and the triggers that keep it in step with the
/// content table, cascading deletes included. A rebuild of <c>ReuseShingleSets</c> drops the triggers: restore
/// them after it, as <c>SqliteSearchIndex.RestoreSearchIndex</c> does for the search index.
/// </summary>
public sealed class SqliteReuseIndex : IReuseSqlDialect
{
    private const string FtsTable = "ReuseShingleSetsFts";
    private const string VocabularyTable = "ReuseShingleSetsVocabulary";

    // The hashes arrive as one JSON array of strings, each looked up in the vocabulary by its term.
    private const string DocumentFrequencySql =
        $"""
        SELECT CAST(v."term" AS INTEGER) AS "Hash", v."doc" AS "Count"
        FROM json_each({"{0}"}) AS j JOIN "{VocabularyTable}" AS v ON v."term" = j."value"
        """;

    private const string HoldingSql =
        $"""
        SELECT s."EntryId", s."Hashes" FROM "{FtsTable}" AS f JOIN "ReuseShingleSets" AS s ON s."EntryId" = f.rowid
        WHERE "{FtsTable}" MATCH {"{0}"}
        """;

    private static readonly string[] s_create =
    [
        $"""
        CREATE VIRTUAL TABLE "{FtsTable}" USING fts5(
            "Hashes",
            content = 'ReuseShingleSets',
            content_rowid = 'EntryId',
            detail = none,
            tokenize = "unicode61 tokenchars '-'"
        );
        """,
        $"""CREATE VIRTUAL TABLE "{VocabularyTable}" USING fts5vocab('{FtsTable}', 'row');""",
        $"""
        CREATE TRIGGER "ReuseShingleSets_Fts_Insert" AFTER INSERT ON "ReuseShingleSets" BEGIN
            INSERT INTO "{FtsTable}" (rowid, "Hashes") VALUES (new."EntryId", new."Hashes");
        END;
        """,
        $"""
        CREATE TRIGGER "ReuseShingleSets_Fts_Delete" AFTER DELETE ON "ReuseShingleSets" BEGIN
            INSERT INTO "{FtsTable}" ("{FtsTable}", rowid, "Hashes") VALUES ('delete', old."EntryId", old."Hashes");
        END;
        """,
        $"""
        CREATE TRIGGER "ReuseShingleSets_Fts_Update" AFTER UPDATE ON "ReuseShingleSets" BEGIN
            INSERT INTO "{FtsTable}" ("{FtsTable}", rowid, "Hashes") VALUES ('delete', old."EntryId", old."Hashes");
            INSERT INTO "{FtsTable}" (rowid, "Hashes") VALUES (new."EntryId", new."Hashes");
        END;
        """,
    ];

    public static SqliteReuseIndex Instance { get; } = new();

    public FormattableString DocumentFrequencies(IReadOnlyCollection<long> hashes) =>
        FormattableStringFactory.Create(DocumentFrequencySql, JsonSerializer.Serialize(hashes.Select(Token)));

    // Every hash a quoted FTS5 string; any of them.
    public FormattableString Holding(IReadOnlyCollection<long> hashes) =>
        FormattableStringFactory.Create(HoldingSql, string.Join(" OR ", hashes.Select(h => $"\"{Token(h)}\"")));

    /// <summary>Creates the FTS5 table, its vocabulary and its triggers (the migration that creates <c>ReuseShingleSets</c>).</summary>
    public static void CreateReuseIndex(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var sql in s_create)
        {
            migrationBuilder.Sql(sql);
        }
    }

    /// <summary>Drops what <see cref="CreateReuseIndex"/> created (the migration's Down).</summary>
    public static void DropReuseIndex(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var trigger in new[] { "ReuseShingleSets_Fts_Insert", "ReuseShingleSets_Fts_Delete", "ReuseShingleSets_Fts_Update" })
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS \"{trigger}\";");
        }

        migrationBuilder.Sql($"DROP TABLE IF EXISTS \"{VocabularyTable}\";");
        migrationBuilder.Sql($"DROP TABLE IF EXISTS \"{FtsTable}\";");
    }

    /// <summary>A hash as the tokenizer reads it from the JSON array: its decimal digits, with a minus sign when negative.</summary>
    private static string Token(long hash) => hash.ToString(CultureInfo.InvariantCulture);
}
