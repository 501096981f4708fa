using System.Text;
using NormsPortal.Data.Search.Index;
using NormsPortal.Data.Search.Store;

namespace NormsPortal.Data.Sqlite.Search;

/// <summary>
/// FTS5: the MATCH expression is built from quoted terms only (<c>"term"</c>, <c>"term"*</c>,
/// <c>"a b"</c> for a phrase, <c>AND</c>/<c>OR</c>/<c>NOT</c> between parenthesised groups), so no
/// user text can be read as FTS5 syntax; ranked by <c>bm25</c> (negated, so higher is better).
/// </summary>
public sealed class SqliteSearchDialect : ISearchSqlDialect
{
    public static SqliteSearchDialect Instance { get; } = new();

    public string MatchedEntries(string matchParameter) =>
        $"""SELECT f.rowid AS "EntryId" FROM "{SqliteSearchIndex.FtsTable}" f WHERE "{SqliteSearchIndex.FtsTable}" MATCH {matchParameter}""";

    // Writing a common word's 20,000 matches to a temporary table and reading them back for grouping cost about
    // 4 ms, more than half of what FTS5's pass and the grouping cost together: grouping straight from FTS5, and
    // matching again where the page needs unranked works' matches, is cheaper.
    public bool KeepsMatchedEntries => false;

    // The unary plus keeps the candidates a filter on one pass over the match. Without it SQLite hands
    // FTS5 each candidate as "rowid = ?" and FTS5 evaluates the whole match again for every one:
    // 0.7 s instead of 20 ms for 2,000 candidates of a common word. When the candidates are the matches
    // of some works, the pass tests each match's work against those few works instead of reading every
    // match once more to list the candidates and looking each match up among them.
    public string ScoredEntries(string matchParameter, string candidates, string? candidateWorks) =>
        $"""SELECT f.rowid AS "EntryId", -bm25("{SqliteSearchIndex.FtsTable}") AS "Score" FROM "{SqliteSearchIndex.FtsTable}" f WHERE "{SqliteSearchIndex.FtsTable}" MATCH {matchParameter} AND """
        + (candidateWorks is null ? $"+f.rowid IN ({candidates})" : $"+(f.rowid >> {SearchEntryKey.WorkShift}) IN ({candidateWorks})");

    // FTS5 cannot test one row against a match cheaply (it evaluates the whole match again for each), and
    // looking the entry up among the matches built a list of every match first: about 3 ms for the 19,000 of
    // a common word, to test a few dozen norm paragraphs. So FTS5 matches once more, within the range of ids
    // of the works those paragraphs are in (ids carry their work, SearchEntryKey), which it seeks to: it reads
    // those works' matches only. The unary plus keeps SQLite from driving the facet's join from the matches.
    public string IsMatched(string entryId, string matchParameter, string candidateWorks) =>
        $"""+{entryId} IN (SELECT f.rowid FROM "{SqliteSearchIndex.FtsTable}" f WHERE "{SqliteSearchIndex.FtsTable}" MATCH {matchParameter}"""
        + $""" AND f.rowid >= (SELECT MIN(k."WorkId") FROM ({candidateWorks}) k) << {SearchEntryKey.WorkShift}"""
        + $""" AND f.rowid < ((SELECT MAX(k."WorkId") FROM ({candidateWorks}) k) + 1) << {SearchEntryKey.WorkShift})""";

    public string RenderMatch(MatchNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var text = new StringBuilder();
        Render(node, text);
        return text.ToString();
    }

    public string YearOf(string dateColumn) => $"CAST(substr({dateColumn}, 1, 4) AS INTEGER)";

    private static void Render(MatchNode node, StringBuilder text)
    {
        switch (node)
        {
            case MatchTerm term:
                Quote(term.Term, text);
                text.Append(term.IsPrefix ? "*" : "");
                break;
            case MatchPhrase phrase:
                Quote(string.Join(' ', phrase.Terms), text);
                break;
            case MatchAll all:
                Join(all.Children, " AND ", text);
                break;
            case MatchAny any:
                Join(any.Children, " OR ", text);
                break;
            case MatchAllBut allBut:
                text.Append('(');
                Join(allBut.Include, " AND ", text);
                text.Append(" NOT ");
                Join(allBut.Exclude, " OR ", text);
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

    // An FTS5 string: double quotes doubled. Terms hold only letters, numbers and marks, but the
    // quoting does not rely on it.
    private static void Quote(string value, StringBuilder text) => text.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
}
