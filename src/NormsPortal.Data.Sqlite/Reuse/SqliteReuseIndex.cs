using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using NormsPortal.Data.Model;
using NormsPortal.Data.Reuse;

namespace NormsPortal.Data.Sqlite.Reuse;

/// <summary>
/// The reuse index on SQLite: an FTS5 table with a row per paragraph (rowid: its search entry id) whose tokens are
/// the paragraph's distinct five-gram hashes (<c>detail=none</c>: only which paragraphs hold a hash is asked), and an
/// <c>fts5vocab</c> table over it for the document frequencies. In the <c>ReuseShingles</c> table, a B-tree keyed by
/// hash, every row of a document was a random insert, so each document's transaction wrote and synced about a
/// page per row (over 2,000 on average on the <c>ga-en</c> corpus), which more than tripled an import; FTS5 writes a
/// transaction's rows as one new segment and merges segments in the background of later writes. PostgreSQL keeps
/// the table (binary <c>COPY</c> in key order costs a quarter there). A trigger deletes a search entry's row with it.
/// </summary>
public sealed class SqliteReuseIndex : IReuseShingleWriter, IReuseShingleLookup
{
    public const string FtsTable = "ReuseShingleIndex";
    public const string VocabularyTable = "ReuseShingleIndexVocabulary";
    public const string DeleteTriggerName = "SearchEntries_ReuseShingleIndex_Delete";

    // The tokenizer splits on spaces; a hash is its decimal digits, "n" for the minus sign ('-' would split it).
    private static readonly string[] s_create =
    [
        $"""
        CREATE VIRTUAL TABLE "{FtsTable}" USING fts5(
            "Hashes",
            detail = none,
            columnsize = 0,
            tokenize = 'ascii'
        );
        """,
        $"""CREATE VIRTUAL TABLE "{VocabularyTable}" USING fts5vocab('{FtsTable}', 'row');""",
        CreateDeleteTrigger,
    ];

    /// <summary>
    /// Deletes a search entry's row with it. A rebuild of <c>SearchEntries</c> drops it with the old table: run it
    /// again after one, beside <c>SqliteSearchIndex.RestoreSearchIndex</c>.
    /// </summary>
    public const string CreateDeleteTrigger =
        $"""
        CREATE TRIGGER "{DeleteTriggerName}" AFTER DELETE ON "SearchEntries"
        BEGIN
            DELETE FROM "{FtsTable}" WHERE rowid = old."Id";
        END;
        """;

    public static SqliteReuseIndex Instance { get; } = new();

    public async Task WriteAsync(PortalDbContext db, IReadOnlyList<ReuseShingle> rows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = $"""INSERT INTO "{FtsTable}" (rowid, "Hashes") VALUES ($entry, $hashes)""";
        var entry = command.CreateParameter();
        entry.ParameterName = "$entry";
        var hashes = command.CreateParameter();
        hashes.ParameterName = "$hashes";
        command.Parameters.Add(entry);
        command.Parameters.Add(hashes);
        foreach (var paragraph in rows.GroupBy(r => r.EntryId))
        {
            entry.Value = paragraph.Key;
            hashes.Value = string.Join(' ', paragraph.Select(r => Token(r.Hash)));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task<Dictionary<long, int>> DocumentFrequencyAsync(PortalDbContext db, IReadOnlyCollection<long> hashes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(hashes);
        // The terms arrive as one JSON array; each is looked up in the vocabulary by its term (CROSS JOIN keeps that order).
        var terms = JsonSerializer.Serialize(hashes.Distinct().Select(Token));
        var counts = await db.Database.SqlQuery<TermCount>(
            $"""
            SELECT v."term" AS "Term", v."doc" AS "Documents"
            FROM json_each({terms}) AS j CROSS JOIN "ReuseShingleIndexVocabulary" AS v
            WHERE v."term" = j."value"
            """).ToListAsync(cancellationToken);
        return counts.ToDictionary(c => Hash(c.Term), c => c.Documents);
    }

    public async Task<Dictionary<long, HashSet<long>>> HoldingAsync(
        PortalDbContext db, IReadOnlyCollection<long> any, IReadOnlySet<long> passage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(any);
        ArgumentNullException.ThrowIfNull(passage);
        if (any.Count == 0)
        {
            return [];
        }

        // Every hash a quoted FTS5 string; any of them.
        var match = string.Join(" OR ", any.Distinct().Select(h => $"\"{Token(h)}\""));
        var rows = await db.Database.SqlQuery<HashesRow>(
            $"""SELECT rowid AS "EntryId", "Hashes" FROM "ReuseShingleIndex" WHERE "ReuseShingleIndex" MATCH {match}""")
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.EntryId, r => r.Hashes.Split(' ').Select(Hash).Where(passage.Contains).ToHashSet());
    }

    public IQueryable<long> IndexedEntryIds(PortalDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.SqlQueryRaw<long>($"""SELECT rowid AS "Value" FROM "{FtsTable}" """);
    }

    /// <summary>
    /// Creates the FTS5 table, its vocabulary and the delete trigger, and moves the rows of the <c>ReuseShingles</c>
    /// table into it, whose own delete trigger goes (the migration that moves the index; the table stays, empty, as
    /// the model has it for PostgreSQL).
    /// </summary>
    public static void CreateReuseShingleIndex(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var sql in s_create)
        {
            migrationBuilder.Sql(sql);
        }

        migrationBuilder.Sql(
            $"""
            INSERT INTO "{FtsTable}" (rowid, "Hashes")
            SELECT "EntryId", group_concat(replace("Hash", '-', 'n'), ' ') FROM "ReuseShingles" GROUP BY "EntryId";
            """);
        migrationBuilder.Sql("""DELETE FROM "ReuseShingles";""");
        migrationBuilder.DropReuseIndexCleanup();
    }

    /// <summary>Drops what <see cref="CreateReuseShingleIndex"/> created (the migration's Down; the index is refilled at start).</summary>
    public static void DropReuseShingleIndex(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""DROP TRIGGER "{DeleteTriggerName}";""");
        migrationBuilder.Sql($"""DROP TABLE "{VocabularyTable}";""");
        migrationBuilder.Sql($"""DROP TABLE "{FtsTable}";""");
        migrationBuilder.CreateReuseIndexCleanup();
    }

    /// <summary>A hash as a token: its decimal digits, "n" for the minus sign.</summary>
    public static string Token(long hash) => hash.ToString(CultureInfo.InvariantCulture).Replace('-', 'n');

    /// <summary>The hash a token stands for.</summary>
    public static long Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return long.Parse(token.Replace('n', '-'), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    private sealed record TermCount(string Term, int Documents);

    private sealed record HashesRow(long EntryId, string Hashes);
}
