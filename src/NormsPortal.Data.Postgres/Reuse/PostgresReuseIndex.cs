using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Migrations;
using NormsPortal.Data.Reuse;

namespace NormsPortal.Data.Postgres.Reuse;

/// <summary>
/// The PostgreSQL side of the reuse index: a GIN index on <c>ReuseShingleSets.Hashes</c> (a <c>bigint[]</c>),
/// so the paragraphs holding a five-gram are one compressed posting list. Its pending list takes an import's
/// inserts and merges them in batches. Rows go with their search entry through the table's foreign key.
/// </summary>
public sealed class PostgresReuseIndex : IReuseSqlDialect
{
    private const string IndexName = "IX_ReuseShingleSets_Hashes";

    // A paragraph's count of one five-gram is an exact containment test on the index (no recheck), one
    // bitmap per hash; the passage's hashes arrive as one array parameter.
    private const string DocumentFrequencySql =
        """
        SELECT u."Hash", c."Count"
        FROM unnest({0}) AS u("Hash")
        CROSS JOIN LATERAL (SELECT CAST(count(*) AS integer) AS "Count" FROM "ReuseShingleSets" s WHERE s."Hashes" @> ARRAY[u."Hash"]) AS c
        WHERE c."Count" > 0
        """;

    private const string HoldingSql = """SELECT s."EntryId", s."Hashes" FROM "ReuseShingleSets" s WHERE s."Hashes" && {0}""";

    public static PostgresReuseIndex Instance { get; } = new();

    public FormattableString DocumentFrequencies(IReadOnlyCollection<long> hashes) => FormattableStringFactory.Create(DocumentFrequencySql, Array(hashes));

    public FormattableString Holding(IReadOnlyCollection<long> hashes) => FormattableStringFactory.Create(HoldingSql, Array(hashes));

    // One parameter, a bigint[].
    private static object[] Array(IReadOnlyCollection<long> hashes) => [hashes.ToArray()];

    /// <summary>Creates the GIN index (the migration that creates <c>ReuseShingleSets</c>).</summary>
    public static void CreateReuseIndex(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""CREATE INDEX "{IndexName}" ON "ReuseShingleSets" USING GIN ("Hashes");""");
    }

    /// <summary>Drops the GIN index (the migration's Down).</summary>
    public static void DropReuseIndex(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""DROP INDEX IF EXISTS "{IndexName}";""");
    }
}
