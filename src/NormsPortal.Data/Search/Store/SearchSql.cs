using System.Globalization;
using System.Text;

namespace NormsPortal.Data.Search.Store;

/// <summary>
/// Builds the search's SQL for a provider. Only the match source, the ranking function and the
/// year expression come from the <see cref="ISearchSqlDialect"/>; filters, grouping by work,
/// paging and facets are the same SQL on both providers. Every value, the match expression
/// included, is a parameter: nothing a user typed is ever part of the SQL text.
/// </summary>
public static class SearchSql
{
    /// <summary>The statements for <paramref name="plan"/> on the provider of <paramref name="dialect"/>.</summary>
    public static SearchStatements Build(ISearchSqlDialect dialect, SearchPlan plan)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(plan);
        var parameters = new List<SearchSqlParameter>();
        var ranked = CommonTableExpressions(dialect, plan, ranked: true, parameters);
        // The facets count matches; ranking them would only cost time (most for common words).
        var unranked = CommonTableExpressions(dialect, plan, ranked: false, []);

        var pageParameters = new List<SearchSqlParameter>(parameters)
        {
            new("limit", plan.Limit),
            new("offset", plan.Offset),
            new("perWork", plan.ParagraphsPerWork),
        };
        var page = new SearchStatement(ranked + PageSelect, pageParameters);
        var facets = new SearchStatement(unranked + FacetSelect(dialect), parameters);
        return new SearchStatements(page, facets);
    }

    /// <summary>
    /// <c>na</c>: the paragraphs that state a norm or a counterpart of one; <c>m</c>: the matched
    /// entries with their score; <c>h</c>: those that pass the filters, with their work.
    /// </summary>
    private static string CommonTableExpressions(ISearchSqlDialect dialect, SearchPlan plan, bool ranked, List<SearchSqlParameter> parameters)
    {
        var sql = new StringBuilder();
        sql.Append(
            """
            WITH "na" AS (
                SELECT n."Number", n."Statement_Symbol" AS "Symbol", n."Statement_Anchor" AS "Anchor" FROM "Norms" n
                UNION
                SELECT n."Number", c."Target_Symbol", c."Target_Anchor" FROM "NormCounterparts" c JOIN "Norms" n ON n."Id" = c."NormId"
                WHERE c."Target_Anchor" <> ''
            ),

            """);
        if (plan.Match is null)
        {
            // Filters alone: left inline, so the filters reach the table instead of a copy of all of it.
            sql.Append("""
                "m" AS (
                    SELECT e."Id" AS "EntryId", 0.0 AS "Score" FROM "SearchEntries" e
                """);
        }
        else
        {
            // Materialised, so the full-text match runs once and before the joins.
            parameters.Add(new SearchSqlParameter("match", dialect.RenderMatch(plan.Match)));
            sql.Append("\"m\" AS MATERIALIZED (\n    ").Append(dialect.MatchedEntries("@match", ranked));
        }

        sql.Append(
            """

            ),
            "h" AS MATERIALIZED (
                SELECT m."EntryId", m."Score", e."WorkId", e."Kind" AS "EntryKind", e."Language", e."Anchor", e."Ordinal", w."Symbol"
                FROM "m" JOIN "SearchEntries" e ON e."Id" = m."EntryId" JOIN "Works" w ON w."Id" = e."WorkId"
                WHERE 1 = 1
            """);
        AppendFilters(dialect, plan.Filters, sql, parameters);
        sql.Append("\n)\n");
        return sql.ToString();
    }

    private static void AppendFilters(ISearchSqlDialect dialect, StoredFilters filters, StringBuilder sql, List<SearchSqlParameter> parameters)
    {
        if (filters.Kinds.Count > 0)
        {
            sql.Append("\n    AND w.\"Kind\" IN (").Append(List("kind", filters.Kinds, parameters)).Append(')');
        }

        if (filters.Tracks.Count > 0)
        {
            sql.Append("\n    AND w.\"Symbol\" IN (SELECT tm.\"WorkSymbol\" FROM \"TrackMembers\" tm JOIN \"Tracks\" t ON t.\"Id\" = tm.\"TrackId\" WHERE t.\"Key\" IN (")
                .Append(List("track", filters.Tracks, parameters)).Append("))");
        }

        if (filters.YearFrom is { } from)
        {
            parameters.Add(new SearchSqlParameter("yearFrom", from));
            sql.Append("\n    AND ").Append(dialect.YearOf("w.\"Date\"")).Append(" >= @yearFrom");
        }

        if (filters.YearTo is { } to)
        {
            parameters.Add(new SearchSqlParameter("yearTo", to));
            sql.Append("\n    AND ").Append(dialect.YearOf("w.\"Date\"")).Append(" <= @yearTo");
        }

        if (filters.Sessions.Count > 0)
        {
            sql.Append("\n    AND w.\"Session\" IN (").Append(List("session", filters.Sessions, parameters)).Append(')');
        }

        if (filters.Languages.Count > 0)
        {
            sql.Append("\n    AND e.\"Language\" IN (").Append(List("language", filters.Languages, parameters)).Append(')');
        }

        if (filters.Norms.Count > 0)
        {
            sql.Append("\n    AND EXISTS (SELECT 1 FROM \"na\" WHERE na.\"Symbol\" = w.\"Symbol\" AND na.\"Anchor\" = e.\"Anchor\" AND na.\"Number\" IN (")
                .Append(List("norm", filters.Norms, parameters)).Append("))");
        }

        if (filters.Symbols.Count > 0)
        {
            sql.Append("\n    AND w.\"Symbol\" IN (").Append(List("symbol", filters.Symbols, parameters)).Append(')');
        }
    }

    private static string List<T>(string prefix, IReadOnlyList<T> values, List<SearchSqlParameter> parameters)
        where T : notnull
    {
        var names = new List<string>(values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{prefix}{i}");
            parameters.Add(new SearchSqlParameter(name, values[i]));
            names.Add("@" + name);
        }

        return string.Join(", ", names);
    }

    /// <summary>
    /// Works ranked by their best match (ties by work id, which both providers assign in the same
    /// order), one page of them, each with its best <c>@perWork</c> paragraphs. A paragraph and the
    /// label of the norm it states share an anchor: <c>d</c> keeps one hit per work, language and
    /// anchor, the paragraph's when both match, and a work's <c>"Hits"</c> are those it keeps.
    /// <c>"Total"</c> is counted before the limit applies. Only a grouping by work id runs over every
    /// match; the window functions run over the entries of the page's works alone.
    /// </summary>
    private const string PageSelect =
        """
        , "r" AS (
            SELECT h."WorkId", MAX(h."Score") AS "Best" FROM "h" GROUP BY h."WorkId"
        ),
        "p" AS MATERIALIZED (
            SELECT r."WorkId", r."Best", COUNT(*) OVER () AS "Total" FROM "r"
            ORDER BY r."Best" DESC, r."WorkId"
            LIMIT @limit OFFSET @offset
        ),
        "d" AS (
            SELECT h."EntryId", h."WorkId", h."Score", h."Ordinal",
                ROW_NUMBER() OVER (
                    PARTITION BY h."WorkId", h."Language", h."Anchor"
                    ORDER BY CASE WHEN h."EntryKind" = 'Paragraph' THEN 0 ELSE 1 END, h."Score" DESC, h."EntryId") AS "Dup"
            FROM "h" WHERE h."WorkId" IN (SELECT p."WorkId" FROM "p")
        ),
        "x" AS (
            SELECT d."EntryId", d."WorkId",
                ROW_NUMBER() OVER (PARTITION BY d."WorkId" ORDER BY d."Score" DESC, d."Ordinal", d."EntryId") AS "Rank",
                COUNT(*) OVER (PARTITION BY d."WorkId") AS "Hits"
            FROM "d" WHERE d."Dup" = 1
        )
        SELECT p."WorkId", x."Hits", p."Total", w."Symbol", w."Kind", w."Title", w."Date",
            e."Kind" AS "EntryKind", e."Language", e."Anchor", e."Text"
        FROM "p"
        JOIN "Works" w ON w."Id" = p."WorkId"
        JOIN "x" ON x."WorkId" = p."WorkId" AND x."Rank" <= @perWork
        JOIN "SearchEntries" e ON e."Id" = x."EntryId"
        ORDER BY p."Best" DESC, p."WorkId", x."Rank"
        """;

    /// <summary>
    /// Counts of matched works by kind, track, decade and language; by norm, of the texts (work and
    /// language) that state it or a counterpart. The matches are first reduced to their distinct works
    /// (<c>hw</c>) and texts (<c>hl</c>), so the joins run over a few thousand rows however common the words.
    /// </summary>
    private static string FacetSelect(ISearchSqlDialect dialect) =>
        $"""
        , "hw" AS MATERIALIZED (
            SELECT DISTINCT h."WorkId", h."Symbol" FROM "h"
        ),
        "hl" AS MATERIALIZED (
            SELECT DISTINCT h."WorkId", h."Language" FROM "h"
        )
        SELECT 'kind' AS "Facet", w."Kind" AS "Value", COUNT(*) AS "Count"
        FROM "hw" JOIN "Works" w ON w."Id" = hw."WorkId" GROUP BY w."Kind"
        UNION ALL
        SELECT 'track', t."Key", COUNT(DISTINCT hw."WorkId")
        FROM "hw" JOIN "TrackMembers" tm ON tm."WorkSymbol" = hw."Symbol" JOIN "Tracks" t ON t."Id" = tm."TrackId" GROUP BY t."Key"
        UNION ALL
        SELECT 'decade', CAST(({dialect.YearOf("w.\"Date\"")} / 10) * 10 AS TEXT), COUNT(*)
        FROM "hw" JOIN "Works" w ON w."Id" = hw."WorkId" WHERE w."Date" IS NOT NULL GROUP BY ({dialect.YearOf("w.\"Date\"")} / 10) * 10
        UNION ALL
        SELECT 'language', hl."Language", COUNT(*) FROM "hl" GROUP BY hl."Language"
        UNION ALL
        SELECT 'norm', na."Number", COUNT(DISTINCT CAST(h."WorkId" AS TEXT) || ':' || h."Language")
        FROM "na" JOIN "h" ON h."Symbol" = na."Symbol" AND h."Anchor" = na."Anchor" GROUP BY na."Number"
        """;
}
