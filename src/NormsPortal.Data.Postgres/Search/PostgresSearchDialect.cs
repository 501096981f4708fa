using System.Text;
using NormsPortal.Data.Search.Store;

namespace NormsPortal.Data.Postgres.Search;

/// <summary>
/// PostgreSQL: the match is a <c>tsquery</c> in its input syntax (<c>'term'</c>, <c>'term':*</c>,
/// <c>'a' &lt;-&gt; 'b'</c>, <c>&amp;</c>, <c>|</c>, <c>!</c>) passed as a parameter and cast, so no
/// text parser or normaliser touches our terms; ranked by <c>ts_rank_cd</c>. Matching, ranking and
/// the norm test read the narrow vector table (<see cref="PostgresSearchIndex"/>), never the wide entries.
/// </summary>
public sealed class PostgresSearchDialect : ISearchSqlDialect
{
    public static PostgresSearchDialect Instance { get; } = new();

    public string MatchedEntries(string matchParameter) =>
        $"""SELECT v."Id" AS "EntryId" FROM "{PostgresSearchIndex.VectorTable}" v CROSS JOIN (SELECT CAST({matchParameter} AS tsquery) AS query) q WHERE v."{PostgresSearchIndex.VectorColumn}" @@ q.query""";

    // Matching visits every heap page holding a matched row (the GIN index gives row addresses, not ids), so it is
    // done once and kept; reading the kept ids again is cheap.
    public bool KeepsMatchedEntries => true;

    // The candidates are fetched by key: ranking reads their vectors only, never those of every match
    // (testing the work instead would match again: read every matched vector).
    public string ScoredEntries(string matchParameter, string candidates, string? candidateWorks) =>
        $"""SELECT v."Id" AS "EntryId", ts_rank_cd(v."{PostgresSearchIndex.VectorColumn}", q.query)::float8 AS "Score" FROM "{PostgresSearchIndex.VectorTable}" v CROSS JOIN (SELECT CAST({matchParameter} AS tsquery) AS query) q WHERE v."Id" IN ({candidates})""";

    // The entry's own vector is tested, fetched by key. Looking it up among the matches instead
    // leads the planner, which cannot know how many rows the materialised matches hold, to scan them
    // once per entry (80 ms for a common word).
    public string IsMatched(string entryId, string matchParameter, string candidateWorks) =>
        $"""EXISTS (SELECT 1 FROM "{PostgresSearchIndex.VectorTable}" x WHERE x."Id" = {entryId} AND x."{PostgresSearchIndex.VectorColumn}" @@ CAST({matchParameter} AS tsquery))""";

    public string RenderMatch(MatchNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var text = new StringBuilder();
        Render(node, text);
        return text.ToString();
    }

    public string YearOf(string dateColumn) => $"CAST(EXTRACT(YEAR FROM {dateColumn}) AS integer)";

    private static void Render(MatchNode node, StringBuilder text)
    {
        switch (node)
        {
            case MatchTerm term:
                Quote(term.Term, text);
                text.Append(term.IsPrefix ? ":*" : "");
                break;
            case MatchPhrase phrase:
                text.Append('(');
                for (var i = 0; i < phrase.Terms.Count; i++)
                {
                    text.Append(i == 0 ? "" : " <-> ");
                    Quote(phrase.Terms[i], text);
                }

                text.Append(')');
                break;
            case MatchAll all:
                Join(all.Children, " & ", text);
                break;
            case MatchAny any when PostgresPhraseAlternatives.TryGetPhrases(any, out var phrases):
                PostgresPhraseAlternatives.Render(phrases, Quote, text);
                break;
            case MatchAny any:
                Join(any.Children, " | ", text);
                break;
            case MatchAllBut allBut:
                text.Append('(');
                Join(allBut.Include, " & ", text);
                foreach (var excluded in allBut.Exclude)
                {
                    text.Append(" & !");
                    Render(excluded, text);
                }

                text.Append(')');
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(node), node.GetType().Name, "Unknown match node.");
        }
    }

    private static void Join(IReadOnlyList<MatchNode> nodes, string separator, StringBuilder text)
    {
        text.Append('(');
        for (var i = 0; i < nodes.Count; i++)
        {
            text.Append(i == 0 ? "" : separator);
            Render(nodes[i], text);
        }

        text.Append(')');
    }

    // A tsquery lexeme: single quotes doubled and backslashes escaped. Terms hold only letters,
    // numbers and marks, but the quoting does not rely on it.
    private static void Quote(string value, StringBuilder text) =>
        text.Append('\'').Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)).Append('\'');
}
