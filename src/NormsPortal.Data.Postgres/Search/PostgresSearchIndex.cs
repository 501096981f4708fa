using Microsoft.EntityFrameworkCore.Migrations;

namespace NormsPortal.Data.Postgres.Search;

/// <summary>
/// The PostgreSQL side of the search index: a <c>tsvector</c> per <c>SearchEntries</c> row, built from
/// its <c>Terms</c> (our analyser's terms, position = place in the list) through the <c>tsvector</c>
/// input syntax, never through <c>to_tsvector</c>'s own parser, with a GIN index on it.
/// </summary>
/// <remarks>
/// The vectors live in a narrow table of their own, <see cref="VectorTable"/>, one row per entry with
/// the entry's id. The match reads every heap page that holds a matched row to learn its id; in
/// <c>SearchEntries</c>, whose rows also hold the text and the terms, a common word touched most of
/// the table, twice as many pages as the narrow table has in all. Triggers on <c>SearchEntries</c>
/// keep it in step with whatever writes the entries (a statement trigger for inserts, a row trigger
/// when terms change); deletes and id changes reach it through its foreign key.
/// </remarks>
public static class PostgresSearchIndex
{
    public const string VectorTable = "SearchVectors";

    public const string VectorColumn = "TermVector";

    /// <summary>
    /// Counts the entries whose vector is missing, stale or orphaned: zero when the index is in step.
    /// For tests and for an operator's check after maintenance.
    /// </summary>
    public const string OutOfStepCountQuery =
        $"""
        SELECT COUNT(*) AS "Value" FROM "SearchEntries" e FULL JOIN "{VectorTable}" v ON v."Id" = e."Id"
        WHERE e."Id" IS NULL OR v."Id" IS NULL OR v."{VectorColumn}" IS DISTINCT FROM np_search_vector(e."Terms")
        """;

    /// <summary>The triggers on <c>SearchEntries</c> that keep <see cref="VectorTable"/> in step.</summary>
    public static IReadOnlyList<string> TriggerNames { get; } = ["SearchEntries_Vectors_Insert", "SearchEntries_Vectors_Update"];

    /// <summary>
    /// <c>'first':1 'second':2 …</c> cast to <c>tsvector</c>. Terms are letters, numbers and marks
    /// only, but quotes and backslashes are escaped anyway; positions above PostgreSQL's maximum
    /// (16383) are clamped, as <c>to_tsvector</c> does.
    /// </summary>
    private const string CreateVectorFunction =
        """
        CREATE FUNCTION np_search_vector(terms text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN (
            SELECT coalesce(string_agg('''' || replace(replace(t, '\', '\\'), '''', '''''') || ''':' || least(n, 16383), ' '), '')::tsvector
            FROM unnest(string_to_array(terms, ' ')) WITH ORDINALITY AS u(t, n)
            WHERE t <> ''
        );
        """;

    private const string GeneratedColumnIndex = $"IX_SearchEntries_{VectorColumn}";

    /// <summary>
    /// The first layout (the <c>SearchIndex</c> migration): the function, a stored generated column on
    /// <c>SearchEntries</c> and its GIN index. <see cref="MoveVectorsToOwnTable"/> replaces it.
    /// </summary>
    public static void CreateSearchIndex(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(CreateVectorFunction);
        AddGeneratedColumn(migrationBuilder);
    }

    /// <summary>Drops what <see cref="CreateSearchIndex"/> created (the migration's Down).</summary>
    public static void DropSearchIndex(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""ALTER TABLE "SearchEntries" DROP COLUMN IF EXISTS "{VectorColumn}";""");
        migrationBuilder.Sql("DROP FUNCTION IF EXISTS np_search_vector(text);");
    }

    /// <summary>
    /// From the generated column to <see cref="VectorTable"/>: the table with the stored vectors
    /// copied over, its GIN index, the triggers, and the column dropped last.
    /// </summary>
    public static void MoveVectorsToOwnTable(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(
            $"""
            CREATE TABLE "{VectorTable}" (
                "Id" bigint NOT NULL,
                "{VectorColumn}" tsvector NOT NULL,
                CONSTRAINT "PK_{VectorTable}" PRIMARY KEY ("Id"),
                CONSTRAINT "FK_{VectorTable}_SearchEntries_Id" FOREIGN KEY ("Id") REFERENCES "SearchEntries" ("Id")
                    ON DELETE CASCADE ON UPDATE CASCADE
            );
            """);
        migrationBuilder.Sql($"""INSERT INTO "{VectorTable}" ("Id", "{VectorColumn}") SELECT "Id", "{VectorColumn}" FROM "SearchEntries";""");
        migrationBuilder.Sql($"""CREATE INDEX "IX_{VectorTable}_{VectorColumn}" ON "{VectorTable}" USING GIN ("{VectorColumn}");""");
        // Inserts come in multi-row statements (an import writes hundreds at a time): one trigger call
        // per statement turns them into one INSERT … SELECT.
        migrationBuilder.Sql(
            $"""
            CREATE FUNCTION np_search_vectors_insert() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO "{VectorTable}" ("Id", "{VectorColumn}") SELECT n."Id", np_search_vector(n."Terms") FROM inserted_entries n;
                RETURN NULL;
            END
            $$;
            """);
        migrationBuilder.Sql(
            $"""
            CREATE TRIGGER "{TriggerNames[0]}" AFTER INSERT ON "SearchEntries"
            REFERENCING NEW TABLE AS inserted_entries FOR EACH STATEMENT EXECUTE FUNCTION np_search_vectors_insert();
            """);
        // Terms are rarely rewritten in place (rows are replaced), so a row trigger that fires only
        // when they change is enough. A changed id has already reached the vector by the foreign key.
        migrationBuilder.Sql(
            $"""
            CREATE FUNCTION np_search_vectors_update() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE "{VectorTable}" SET "{VectorColumn}" = np_search_vector(NEW."Terms") WHERE "Id" = NEW."Id";
                RETURN NULL;
            END
            $$;
            """);
        migrationBuilder.Sql(
            $"""
            CREATE TRIGGER "{TriggerNames[1]}" AFTER UPDATE OF "Terms" ON "SearchEntries"
            FOR EACH ROW WHEN (OLD."Terms" IS DISTINCT FROM NEW."Terms") EXECUTE FUNCTION np_search_vectors_update();
            """);
        migrationBuilder.Sql($"""ALTER TABLE "SearchEntries" DROP COLUMN "{VectorColumn}";""");
        // The planner's estimates of the match come from these statistics; without them it guesses
        // until autovacuum gets to the new table.
        migrationBuilder.Sql($"""ANALYZE "{VectorTable}";""");
    }

    /// <summary>Back from <see cref="VectorTable"/> to the generated column (the migration's Down).</summary>
    public static void MoveVectorsBackToColumn(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""DROP TRIGGER "{TriggerNames[0]}" ON "SearchEntries";""");
        migrationBuilder.Sql($"""DROP TRIGGER "{TriggerNames[1]}" ON "SearchEntries";""");
        migrationBuilder.Sql("DROP FUNCTION np_search_vectors_insert();");
        migrationBuilder.Sql("DROP FUNCTION np_search_vectors_update();");
        migrationBuilder.Sql($"""DROP TABLE "{VectorTable}";""");
        AddGeneratedColumn(migrationBuilder);
    }

    private static void AddGeneratedColumn(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(
            $"""ALTER TABLE "SearchEntries" ADD COLUMN "{VectorColumn}" tsvector GENERATED ALWAYS AS (np_search_vector("Terms")) STORED;""");
        migrationBuilder.Sql($"""CREATE INDEX "{GeneratedColumnIndex}" ON "SearchEntries" USING GIN ("{VectorColumn}");""");
    }
}
