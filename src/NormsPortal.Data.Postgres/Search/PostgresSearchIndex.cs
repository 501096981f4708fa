using Microsoft.EntityFrameworkCore.Migrations;

namespace NormsPortal.Data.Postgres.Search;

/// <summary>
/// The PostgreSQL side of the search index: a stored generated <c>tsvector</c> column built from
/// <c>SearchEntries.Terms</c> (our analyser's terms, position = place in the list) through the
/// <c>tsvector</c> input syntax, never through <c>to_tsvector</c>'s own parser, and a GIN index on it.
/// A generated column cannot fall out of step with the row, whatever writes it.
/// </summary>
public static class PostgresSearchIndex
{
    public const string VectorColumn = "TermVector";

    /// <summary>
    /// <c>'first':1 'second':2 …</c> cast to <c>tsvector</c>. Terms are letters, numbers and marks
    /// only, but quotes and backslashes are escaped anyway; positions above PostgreSQL's maximum
    /// (16383) are clamped, as <c>to_tsvector</c> does.
    /// </summary>
    private const string CreateFunction =
        """
        CREATE FUNCTION np_search_vector(terms text) RETURNS tsvector
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN (
            SELECT coalesce(string_agg('''' || replace(replace(t, '\', '\\'), '''', '''''') || ''':' || least(n, 16383), ' '), '')::tsvector
            FROM unnest(string_to_array(terms, ' ')) WITH ORDINALITY AS u(t, n)
            WHERE t <> ''
        );
        """;

    /// <summary>Creates the function, the generated column and its GIN index (the migration that creates <c>SearchEntries</c>).</summary>
    public static void CreateSearchIndex(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql(CreateFunction);
        migrationBuilder.Sql(
            $"""ALTER TABLE "SearchEntries" ADD COLUMN "{VectorColumn}" tsvector GENERATED ALWAYS AS (np_search_vector("Terms")) STORED;""");
        migrationBuilder.Sql($"""CREATE INDEX "IX_SearchEntries_{VectorColumn}" ON "SearchEntries" USING GIN ("{VectorColumn}");""");
    }

    /// <summary>Drops what <see cref="CreateSearchIndex"/> created (the migration's Down).</summary>
    public static void DropSearchIndex(this MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.Sql($"""ALTER TABLE "SearchEntries" DROP COLUMN IF EXISTS "{VectorColumn}";""");
        migrationBuilder.Sql("DROP FUNCTION IF EXISTS np_search_vector(text);");
    }
}
