using System.Text;
using NormsPortal.Data.Search.Store;

namespace NormsPortal.Data.Postgres.Search;

/// <summary>
/// A phrase's alternatives (one per language's analysis, all of one length) as one <c>tsquery</c> with their shared
/// words written once: the alternatives grouped by their first word, each group's remainders in turn, and the groups
/// whose remainders read the same merged, so <c>small island developing States</c>'s four alternatives become
/// <c>'small' &lt;-&gt; ('island' &lt;-&gt; ('developing' &lt;-&gt; ('states' | 'stat') | 'develop' &lt;-&gt; 'state'))
/// | 'smal' &lt;-&gt; 'island' &lt;-&gt; 'developing' &lt;-&gt; 'stat'</c>.
/// </summary>
/// <remarks>
/// Why: <c>ts_rank_cd</c> evaluates the whole query again at every position of a query word in the paragraph, so its
/// cost grows with the query's operands: for a phrase of common words written out once per alternative, ranking the
/// 1,000 entries of the budget took most of the statement. The factored query matches the same rows and ranks each
/// exactly as the written-out one (a cover, and so the score, depends only on where the query holds, not on how it is
/// written); it has fewer operands. Measured in docs/benchmarks.md, "PostgreSQL's statement: where its p95 goes, and
/// phrases ranked with their shared words written once".
/// </remarks>
internal static class PostgresPhraseAlternatives
{
    /// <summary>The phrases of <paramref name="any"/> when every alternative is a phrase of the same length.</summary>
    public static bool TryGetPhrases(MatchAny any, out IReadOnlyList<IReadOnlyList<string>> phrases)
    {
        var found = any.Children.OfType<MatchPhrase>().Select(p => p.Terms).ToList();
        phrases = found;
        return found.Count > 1 && found.Count == any.Children.Count && found.All(p => p.Count == found[0].Count);
    }

    /// <summary>Appends the alternatives factored, in parentheses.</summary>
    public static void Render(IReadOnlyList<IReadOnlyList<string>> phrases, Action<string, StringBuilder> quote, StringBuilder text) =>
        text.Append('(').Append(Factor(phrases, 0, quote).Text).Append(')');

    /// <summary>The alternatives from word <paramref name="start"/> on. A remainder that holds an OR is put in
    /// parentheses after the phrase operator, unless it is a bare choice of words (already in parentheses).</summary>
    private static Factored Factor(IReadOnlyList<IReadOnlyList<string>> phrases, int start, Action<string, StringBuilder> quote)
    {
        var groups = new List<(List<string> Words, Factored? Remainder)>();
        foreach (var byWord in phrases.GroupBy(p => p[start], StringComparer.Ordinal))
        {
            var rest = start + 1 < phrases[0].Count ? Factor(byWord.ToList(), start + 1, quote) : null;
            var same = groups.FindIndex(g => g.Remainder?.Text == rest?.Text);
            if (same < 0)
            {
                groups.Add(([byWord.Key], rest));
            }
            else
            {
                groups[same].Words.Add(byWord.Key);
            }
        }

        var text = new StringBuilder();
        foreach (var (words, remainder) in groups)
        {
            text.Append(text.Length == 0 ? "" : " | ").Append(words.Count > 1 ? "(" : "");
            for (var w = 0; w < words.Count; w++)
            {
                text.Append(w == 0 ? "" : " | ");
                quote(words[w], text);
            }

            text.Append(words.Count > 1 ? ")" : "");
            if (remainder is not null)
            {
                var parenthesise = remainder.HoldsOr && !remainder.IsChoiceOfWords;
                text.Append(parenthesise ? " <-> (" : " <-> ").Append(remainder.Text).Append(parenthesise ? ")" : "");
            }
        }

        return new Factored(
            text.ToString(),
            HoldsOr: groups.Count > 1 || groups.Any(g => g.Words.Count > 1 || g.Remainder?.HoldsOr == true),
            IsChoiceOfWords: groups.Count == 1 && groups[0].Words.Count > 1 && groups[0].Remainder is null);
    }

    private sealed record Factored(string Text, bool HoldsOr, bool IsChoiceOfWords);
}
