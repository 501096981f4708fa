using System.Globalization;
using System.Text;
using NormsPortal.Data.Search.Index;

namespace NormsPortal.Data.Search.Store;

/// <summary>
/// Builds the search's SQL for a provider. Only the match, the ranking function and the year
/// expression come from the <see cref="ISearchSqlDialect"/>; filters, grouping by work, paging
/// and facets are the same SQL on both providers. Every value, the match expression included, is
/// a parameter: nothing a user typed is ever part of the SQL text.
/// </summary>
/// <remarks>
/// <para>
/// Cost is what shapes it. The full-text index returns matched entry ids; an id carries its work and
/// language (<see cref="SearchEntryKey"/>), so the matches are grouped into texts and works with
/// shifts, and nothing is looked up per match: the joins start once the matches are down to a
/// few thousand texts, however common the words.
/// </para>
/// <para>
/// Ranking is the other cost that grows with common words, so it is bounded: the entries of the
/// works in recency order (newest first) are ranked until <see cref="SearchPlan.RankedEntries"/>
/// entries are reached. When the match holds no more than that, which is most queries, ranking is
/// exact; when it holds more, the ranked works come first by their best paragraph's score and the
/// remaining ones follow, newest first. Totals and facets always count every match.
/// </para>
/// </remarks>
public static class SearchSql
{
    // The parts of an entry id (SearchEntryKey) as the SQL takes them apart.
    private static readonly string WorkShift = SearchEntryKey.WorkShift.ToString(CultureInfo.InvariantCulture);
    private static readonly string TextShift = SearchEntryKey.TextShift.ToString(CultureInfo.InvariantCulture);
    private static readonly string TextToWorkShift = (SearchEntryKey.WorkShift - SearchEntryKey.TextShift).ToString(CultureInfo.InvariantCulture);
    private static readonly string LanguageMask = SearchEntryKey.LanguageMask.ToString(CultureInfo.InvariantCulture);
    private static readonly string AnnotationBit = SearchEntryKey.AnnotationBit.ToString(CultureInfo.InvariantCulture);

    /// <summary>The statement for <paramref name="plan"/> on the provider of <paramref name="dialect"/>.</summary>
    public static SearchStatement Build(ISearchSqlDialect dialect, SearchPlan plan)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(plan);
        var parameters = new List<SearchSqlParameter>();
        var entryFilters = EntryFilters(plan.Filters, parameters);
        var clauses = DocumentClauses(plan);
        var onlyTheMatchNarrows = clauses is null && !plan.Filters.NarrowEntries;
        var sql = new StringBuilder(CommonTableExpressions(dialect, plan, clauses, parameters, entryFilters, onlyTheMatchNarrows));
        if (plan.Match is null)
        {
            sql.Append(UnrankedPage);
        }
        else
        {
            parameters.Add(new SearchSqlParameter("rankedEntries", plan.RankedEntries));
            sql.Append(RankedPage(dialect, onlyTheMatchNarrows));
        }

        parameters.Add(new SearchSqlParameter("limit", plan.Limit));
        parameters.Add(new SearchSqlParameter("offset", plan.Offset));
        parameters.Add(new SearchSqlParameter("perWork", plan.ParagraphsPerWork));
        // The norm facet's few entries: matched when they pass the entry filters and the match (the
        // work filters hold, the facet joins "w"); with filters alone, the entry filters are all.
        // With a document scope the entry must also be in a matched text: the match alone is any of the words.
        var normEntryMatched = "1 = 1" + entryFilters("e.\"Id\"")
            + (plan.Match is null ? "" : "\n    AND " + dialect.IsMatched("e.\"Id\"", "@match", NormWorks))
            + (clauses is null ? "" : $"""

                AND (e."Id" >> {TextShift}) IN (SELECT t."TextKey" FROM "t")
            """);
        sql.Append(PageRows).Append(ResultSelect(dialect, normEntryMatched));
        return new SearchStatement(sql.ToString(), parameters);
    }

    /// <summary>
    /// <c>na</c>: the paragraphs that state a norm or a counterpart of one; <c>m</c>: the ids of the
    /// matched entries in the languages and norms asked for; <c>t</c>: the matched texts (work and
    /// language, <c>TextKey</c>) with their number of entries and their highest entry id, which has the
    /// <see cref="SearchEntryKey.AnnotationBit"/> when the text has a matched note (notes take the upper half of
    /// a text's ids); <c>w</c>: the matched works that pass
    /// the work filters (kind, track, year, session, symbol).
    /// </summary>
    /// <remarks>
    /// <para>
    /// With a document scope (<paramref name="clauses"/>), <c>m</c> holds the entries that match any
    /// required clause, in texts where every required clause matches some entry and no excluded one
    /// matches any: one full-text match per clause, compared by text key.
    /// </para>
    /// <para>
    /// When <paramref name="onlyTheMatchNarrows"/>, grouping into <c>t</c> is the one reader of the whole of <c>m</c>
    /// (ranking tests works, the page reads only the page's unranked works), so a provider that matches cheaply
    /// (<see cref="ISearchSqlDialect.KeepsMatchedEntries"/> false) groups straight from its full-text index instead of
    /// writing every match to a temporary table first. With filters alone, entry filters or document clauses, <c>m</c> is
    /// costlier to evaluate or read again, and kept.
    /// </para>
    /// </remarks>
    private static string CommonTableExpressions(
        ISearchSqlDialect dialect, SearchPlan plan, DocumentClauseSet? clauses, List<SearchSqlParameter> parameters, Func<string, string> entryFilters,
        bool onlyTheMatchNarrows)
    {
        var workFilters = WorkFilters(dialect, plan.Filters, parameters);
        var keepMatches = plan.Match is null || !onlyTheMatchNarrows || dialect.KeepsMatchedEntries;
        var sql = new StringBuilder(
            $$"""
            WITH "na" AS (
                SELECT n."Number", n."Statement_Symbol" AS "Symbol", n."Statement_Anchor" AS "Anchor" FROM "Norms" n
                UNION
                SELECT n."Number", c."Target_Symbol", c."Target_Anchor" FROM "NormCounterparts" c JOIN "Norms" n ON n."Id" = c."NormId"
                WHERE c."Target_Anchor" <> ''
            ),
            "m" AS {{(keepMatches ? "" : "NOT ")}}MATERIALIZED (

            """);
        if (plan.Match is null)
        {
            // Filters alone: the entries of the works that pass them.
            sql.Append("""    SELECT e."EntryId" FROM (SELECT s."Id" AS "EntryId" FROM "SearchEntries" s JOIN "Works" w ON w."Id" = s."WorkId" WHERE 1 = 1""")
                .Append(workFilters).Append(") e WHERE 1 = 1");
        }
        else
        {
            var match = clauses is null ? plan.Match : new MatchAny(clauses.Required);
            parameters.Add(new SearchSqlParameter("match", dialect.RenderMatch(match)));
            sql.Append("    SELECT e.\"EntryId\" FROM (").Append(dialect.MatchedEntries("@match")).Append(") e WHERE 1 = 1");
        }

        sql.Append(entryFilters("e.\"EntryId\""));
        if (clauses is not null)
        {
            sql.Append(TextConditions(dialect, "required", "IN", clauses.Required, parameters))
                .Append(TextConditions(dialect, "excluded", "NOT IN", clauses.Excluded, parameters));
        }
        sql.Append(
            CultureInfo.InvariantCulture,
            $"""

            ),
            "t" AS MATERIALIZED (
                SELECT m."EntryId" >> {TextShift} AS "TextKey", COUNT(*) AS "Entries", MAX(m."EntryId") AS "LastEntryId"
                FROM "m" GROUP BY m."EntryId" >> {TextShift}
            ),
            "w" AS MATERIALIZED (
                SELECT w."Id" AS "WorkId", w."Symbol", w."Kind", w."Date", SUM(t."Entries") AS "Entries"
                -- CROSS JOIN: SQLite reads the matched texts and looks each work up; left to itself, with a
                -- work filter it loops over the filter's works and scans every text for each.
                FROM "t" CROSS JOIN "Works" w
                WHERE w."Id" = t."TextKey" >> {TextToWorkShift}{workFilters}
                GROUP BY w."Id", w."Symbol", w."Kind", w."Date"
            )
            """);
        return sql.ToString();
    }

    /// <summary>
    /// The clauses of a document-scope match: those a text must hold somewhere and those it must hold
    /// nowhere. Null when the scope is a paragraph, or the match is one clause (the same either way).
    /// </summary>
    private static DocumentClauseSet? DocumentClauses(SearchPlan plan) => plan.Scope == SearchScope.Document
        ? plan.Match switch
        {
            MatchAll all => new DocumentClauseSet(all.Children, []),
            MatchAllBut allBut => new DocumentClauseSet(allBut.Include, allBut.Exclude),
            _ => null,
        }
        : null;

    /// <summary>That the text of <c>e."EntryId"</c> is (<paramref name="operation"/> <c>IN</c>) or is not among the texts matching each clause.</summary>
    private static string TextConditions(
        ISearchSqlDialect dialect, string prefix, string operation, IReadOnlyList<MatchNode> clauses, List<SearchSqlParameter> parameters)
    {
        var sql = new StringBuilder();
        for (var i = 0; i < clauses.Count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{prefix}{i}");
            parameters.Add(new SearchSqlParameter(name, dialect.RenderMatch(clauses[i])));
            sql.Append(CultureInfo.InvariantCulture,
                $"""

                    AND (e."EntryId" >> {TextShift}) {operation} (SELECT c."EntryId" >> {TextShift} FROM ({dialect.MatchedEntries("@" + name)}) c)
                """);
        }

        return sql.ToString();
    }

    private sealed record DocumentClauseSet(IReadOnlyList<MatchNode> Required, IReadOnlyList<MatchNode> Excluded);

    /// <summary>
    /// Conditions on an entry, given the SQL of its id: its language and whether it is an annotation
    /// (bits of the id) and, for <c>norm:</c>, that it is one of the few entries stating the norms asked for (found by anchor).
    /// Their parameters are added once; the conditions may be rendered for several ids.
    /// </summary>
    private static Func<string, string> EntryFilters(StoredFilters filters, List<SearchSqlParameter> parameters)
    {
        var languages = filters.Languages.Count == 0 ? null : List("language", filters.Languages.Select(SearchEntryKey.LanguageIndex).ToList(), parameters);
        var norms = filters.Norms.Count == 0 ? null : List("norm", filters.Norms, parameters);
        return id =>
        {
            var sql = new StringBuilder();
            if (languages is not null)
            {
                sql.Append(CultureInfo.InvariantCulture, $"\n    AND (({id} >> {TextShift}) & {LanguageMask}) IN ({languages})");
            }

            if (filters.AnnotationsOnly)
            {
                sql.Append(CultureInfo.InvariantCulture, $"\n    AND ({id} & {AnnotationBit}) <> 0");
            }

            if (norms is not null)
            {
                sql.Append(CultureInfo.InvariantCulture,
                    $"""

                        AND {id} IN (
                            SELECT ne."Id" FROM "na" JOIN "Works" nw ON nw."Symbol" = na."Symbol"
                            JOIN "SearchEntries" ne ON ne."WorkId" = nw."Id" AND ne."Anchor" = na."Anchor"
                            WHERE na."Number" IN ({norms}))
                    """);
            }

            return sql.ToString();
        };
    }

    /// <summary>Conditions on the work aliased <c>w</c>; their parameters are added once, the text may be used twice.</summary>
    private static string WorkFilters(ISearchSqlDialect dialect, StoredFilters filters, List<SearchSqlParameter> parameters)
    {
        var sql = new StringBuilder();
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

        if (filters.Symbols.Count > 0)
        {
            sql.Append("\n    AND w.\"Symbol\" IN (").Append(List("symbol", filters.Symbols, parameters)).Append(')');
        }

        return sql.ToString();
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

    /// <summary>Newest first (undated works last), ties by work id: the order of unranked works.</summary>
    private static string Recency(string alias) =>
        $"""CASE WHEN {alias}."Date" IS NULL THEN 1 ELSE 0 END, {alias}."Date" DESC, {alias}."WorkId" """;

    /// <summary>
    /// <c>c</c>: the works whose entries are ranked, newest first until <c>@rankedEntries</c> entries;
    /// <c>s</c>: the score of each of their matched entries; <c>r</c>: every matched work with its best
    /// score (null when not ranked); <c>p</c>: one page of works, <c>"Total"</c> counted before the
    /// limit; <c>d</c>: the matched entries of the page's works with their score, read from <c>s</c> for
    /// a ranked work (all its matched entries are scored, <c>c</c> takes whole works) and from
    /// <c>m</c> with no score for the others, so no join between the two is needed; <c>m</c> is read there only
    /// when the page holds an unranked work.
    /// </summary>
    /// <remarks>
    /// When <paramref name="onlyTheMatchNarrows"/> (no entry filter, no document clauses), <c>m</c> is the whole
    /// match, so the candidates are the matching entries of the works in <c>c</c>, and a provider may score them
    /// without reading <c>m</c> again (<see cref="ISearchSqlDialect.ScoredEntries"/>).
    /// </remarks>
    private static string RankedPage(ISearchSqlDialect dialect, bool onlyTheMatchNarrows) =>
        $"""
        ,
        "c" AS MATERIALIZED (
            SELECT b."WorkId" FROM (
                SELECT w."WorkId", SUM(w."Entries") OVER (ORDER BY {Recency("w")} ROWS UNBOUNDED PRECEDING) - w."Entries" AS "Before" FROM "w"
            ) b
            WHERE b."Before" < @rankedEntries
        ),
        "s" AS MATERIALIZED (
            {dialect.ScoredEntries(
                "@match",
                $"""SELECT m."EntryId" FROM "m" WHERE (m."EntryId" >> {WorkShift}) IN (SELECT c."WorkId" FROM "c")""",
                onlyTheMatchNarrows ? """SELECT c."WorkId" FROM "c" """ : null)}
        ),
        "sb" AS MATERIALIZED (
            SELECT s."EntryId" >> {WorkShift} AS "WorkId", MAX(s."Score") AS "Best" FROM "s" GROUP BY s."EntryId" >> {WorkShift}
        ),
        "r" AS (
            SELECT w."WorkId", sb."Best", w."Date" FROM "sb" JOIN "w" ON w."WorkId" = sb."WorkId"
            UNION ALL
            SELECT w."WorkId", NULL, w."Date" FROM "w" WHERE w."WorkId" NOT IN (SELECT sb."WorkId" FROM "sb")
        ),
        "p" AS MATERIALIZED (
            SELECT r."WorkId", r."Best", r."Date", COUNT(*) OVER () AS "Total" FROM "r"
            ORDER BY CASE WHEN r."Best" IS NULL THEN 1 ELSE 0 END, r."Best" DESC, {Recency("r")}
            LIMIT @limit OFFSET @offset
        ),
        "d" AS (
            SELECT s."EntryId", s."Score" FROM "s" WHERE (s."EntryId" >> {WorkShift}) IN (SELECT p."WorkId" FROM "p" WHERE p."Best" IS NOT NULL)
            UNION ALL
            -- Most pages hold ranked works only: "g" is then empty and "m" is not read (on SQLite, not matched again).
            SELECT m."EntryId", 0 FROM (SELECT 1 AS "Unranked" FROM "p" WHERE p."Best" IS NULL LIMIT 1) g
            CROSS JOIN "m" WHERE (m."EntryId" >> {WorkShift}) IN (SELECT p."WorkId" FROM "p" WHERE p."Best" IS NULL)
        )
        """;

    /// <summary>Filters alone: no score, works newest first.</summary>
    private static readonly string UnrankedPage =
        $"""
        ,
        "p" AS MATERIALIZED (
            SELECT w."WorkId", CAST(NULL AS DOUBLE PRECISION) AS "Best", w."Date", COUNT(*) OVER () AS "Total" FROM "w"
            ORDER BY {Recency("w")}
            LIMIT @limit OFFSET @offset
        ),
        "d" AS (
            SELECT m."EntryId", 0 AS "Score" FROM "m" WHERE (m."EntryId" >> {WorkShift}) IN (SELECT p."WorkId" FROM "p")
        )
        """;

    /// <summary>
    /// <c>pr</c>: the page's works, each with its best <c>@perWork</c> paragraphs, numbered in the order
    /// they are listed. A paragraph and the label of the norm it states share an anchor: <c>u</c>
    /// keeps one hit per work, language and anchor, the paragraph's when both match, and a work's
    /// <c>"Hits"</c> are those it keeps. A curator's note is a hit of its own beside its paragraph.
    /// </summary>
    private static readonly string PageRows =
        $"""
        ,
        "u" AS (
            SELECT e."Id" AS "EntryId", e."WorkId", d."Score", e."Ordinal",
                ROW_NUMBER() OVER (
                    PARTITION BY e."WorkId", e."Language", e."Anchor", CASE WHEN e."Kind" = 'Annotation' THEN e."Id" ELSE 0 END
                    ORDER BY CASE WHEN e."Kind" = 'Paragraph' THEN 0 ELSE 1 END, d."Score" DESC, e."Id") AS "Dup"
            -- CROSS JOIN keeps SQLite from scanning every entry to probe "d"; it changes nothing on PostgreSQL.
            FROM "d" CROSS JOIN "SearchEntries" e WHERE e."Id" = d."EntryId"
        ),
        "x" AS (
            SELECT u."EntryId", u."WorkId",
                ROW_NUMBER() OVER (PARTITION BY u."WorkId" ORDER BY u."Score" DESC, u."Ordinal", u."EntryId") AS "Rank",
                COUNT(*) OVER (PARTITION BY u."WorkId") AS "Hits"
            FROM "u" WHERE u."Dup" = 1
        ),
        "pr" AS (
            SELECT p."WorkId", x."Hits", p."Total", w."Symbol", w."Kind", w."Title", w."Date",
                e."Kind" AS "EntryKind", e."Language", e."Anchor", e."Text",
                ROW_NUMBER() OVER (ORDER BY CASE WHEN p."Best" IS NULL THEN 1 ELSE 0 END, p."Best" DESC, {Recency("p")}, x."Rank") AS "Position"
            FROM "p"
            JOIN "Works" w ON w."Id" = p."WorkId"
            JOIN "x" ON x."WorkId" = p."WorkId" AND x."Rank" <= @perWork
            JOIN "SearchEntries" e ON e."Id" = x."EntryId"
        )
        """;

    /// <summary>
    /// The one result of a search: the facet rows (<see cref="SearchResultColumns.Facet"/> set) and then
    /// the page's rows in order (<see cref="SearchResultColumns.Facet"/> null). One statement, so the
    /// match is evaluated once for both; each half leaves the other's columns null.
    /// </summary>
    private static string ResultSelect(ISearchSqlDialect dialect, string normEntryMatched) =>
        $"""

        SELECT r."WorkId", r."Hits", r."Total", r."Symbol", r."Kind", r."Title", r."Date", r."EntryKind", r."Language", r."Anchor", r."Text",
            r."Facet", r."Value", r."Count", r."Label", r."Ordinal"
        FROM (
            SELECT pr."WorkId", pr."Hits", pr."Total", pr."Symbol", pr."Kind", pr."Title", pr."Date", pr."EntryKind", pr."Language", pr."Anchor", pr."Text",
                CAST(NULL AS TEXT) AS "Facet", CAST(NULL AS TEXT) AS "Value", CAST(NULL AS BIGINT) AS "Count", CAST(NULL AS TEXT) AS "Label", CAST(NULL AS INTEGER) AS "Ordinal",
                pr."Position"
            FROM "pr"
            UNION ALL
        {FacetRows(dialect, normEntryMatched)}
        ) r
        ORDER BY r."Position"
        """;

    /// <summary>
    /// Counts of matched works by kind (and of those with a matched annotation, told by a bit of a text's highest
    /// matched id, so from <c>t</c> and not from every match), track and decade, of matched texts by language, and of
    /// matched texts that state a norm (or a counterpart) in a matched paragraph, by norm; tracks
    /// and norms with their labels. Every count runs over <c>w</c> and <c>t</c>, a few thousand rows
    /// at most; only the norm count reads entries, the few that state norms. Position 0 puts them first.
    /// </summary>
    private static string FacetRows(ISearchSqlDialect dialect, string normEntryMatched) =>
        $"""
            SELECT {NoPageColumns}, 'kind', w."Kind", COUNT(*), NULL, NULL, 0
            FROM "w" GROUP BY w."Kind"
            UNION ALL
            SELECT {NoPageColumns}, 'kind', '{SearchFacetRow.AnnotationKind}', a."Works", NULL, NULL, 0
            FROM (
                SELECT COUNT(DISTINCT t."TextKey" >> {TextToWorkShift}) AS "Works" FROM "t"
                WHERE (t."LastEntryId" & {AnnotationBit}) <> 0 AND (t."TextKey" >> {TextToWorkShift}) IN (SELECT w."WorkId" FROM "w")
            ) a
            WHERE a."Works" > 0
            UNION ALL
            SELECT {NoPageColumns}, 'track', tr."Key", COUNT(DISTINCT w."WorkId"), tr."Title", NULL, 0
            FROM "w" JOIN "TrackMembers" tm ON tm."WorkSymbol" = w."Symbol" JOIN "Tracks" tr ON tr."Id" = tm."TrackId" GROUP BY tr."Key", tr."Title"
            UNION ALL
            SELECT {NoPageColumns}, 'decade', CAST(({dialect.YearOf("w.\"Date\"")} / 10) * 10 AS TEXT), COUNT(*), NULL, NULL, 0
            FROM "w" WHERE w."Date" IS NOT NULL GROUP BY ({dialect.YearOf("w.\"Date\"")} / 10) * 10
            UNION ALL
            SELECT {NoPageColumns}, 'language', {LanguageCode($"t.\"TextKey\" & {LanguageMask}")}, COUNT(*), NULL, NULL, 0
            FROM "t" WHERE (t."TextKey" >> {TextToWorkShift}) IN (SELECT w."WorkId" FROM "w") GROUP BY t."TextKey" & {LanguageMask}
            UNION ALL
            SELECT {NoPageColumns}, 'norm', na."Number", COUNT(DISTINCT e."Id" >> {TextShift}), n."Label", n."Ordinal", 0
            FROM "na" JOIN "Norms" n ON n."Number" = na."Number" JOIN "w" ON w."Symbol" = na."Symbol"
            JOIN "SearchEntries" e ON e."WorkId" = w."WorkId" AND e."Anchor" = na."Anchor"
            WHERE {normEntryMatched}
            GROUP BY na."Number", n."Label", n."Ordinal"
        """;

    /// <summary>The works that state a norm or a counterpart of one: those whose entries the norm facet tests.</summary>
    private const string NormWorks = """SELECT nw."Id" AS "WorkId" FROM "na" JOIN "Works" nw ON nw."Symbol" = na."Symbol" """;

    /// <summary>The page's eleven columns, null in a facet row.</summary>
    private const string NoPageColumns = "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL";

    /// <summary>The language code of a language index (<see cref="SearchEntryKey.Languages"/>), as SQL.</summary>
    private static string LanguageCode(string index)
    {
        var sql = new StringBuilder("CASE ").Append(index);
        for (var i = 0; i < SearchEntryKey.Languages.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture, $" WHEN {i} THEN '{SearchEntryKey.Languages[i]}'");
        }

        return sql.Append(" END").ToString();
    }
}
