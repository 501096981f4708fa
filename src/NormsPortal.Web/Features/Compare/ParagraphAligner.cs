using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;

namespace NormsPortal.Web.Features.Compare;

/// <summary>
/// Aligns the paragraphs of two texts and marks their differences word by word. First a diff over the two
/// sequences of paragraphs finds the ones that are the same; in each stretch between them, paragraphs are
/// paired by similarity (in order, each at most once, pairs below <see cref="PairingThreshold"/> left
/// apart); paired paragraphs get a word-level diff, the others are wholly deleted or inserted.
/// </summary>
public static partial class ParagraphAligner
{
    /// <summary>
    /// The least share of words two paragraphs must have in common to be shown as one changed paragraph
    /// rather than one deleted and another inserted.
    /// </summary>
    public const double PairingThreshold = 0.5;

    public static IReadOnlyList<AlignedParagraph> Align(IReadOnlyList<ComparedParagraph> left, IReadOnlyList<ComparedParagraph> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);

        // One line per paragraph, white space folded, so the line diff compares whole paragraphs.
        var diff = Differ.Instance.CreateDiffs(
            string.Join('\n', left.Select(p => Fold(p.Text))),
            string.Join('\n', right.Select(p => Fold(p.Text))),
            ignoreWhiteSpace: false,
            ignoreCase: false,
            LineChunker.Instance);

        var rows = new List<AlignedParagraph>(Math.Max(left.Count, right.Count));
        int a = 0, b = 0;
        foreach (var block in diff.DiffBlocks)
        {
            for (; a < block.DeleteStartA && b < block.InsertStartB; a++, b++)
            {
                rows.Add(Unchanged(left[a], right[b]));
            }

            rows.AddRange(PairStretch(
                [.. left.Skip(block.DeleteStartA).Take(block.DeleteCountA)],
                [.. right.Skip(block.InsertStartB).Take(block.InsertCountB)]));
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }

        for (; a < left.Count && b < right.Count; a++, b++)
        {
            rows.Add(Unchanged(left[a], right[b]));
        }

        return rows;
    }

    /// <summary>Word-level changes from <paramref name="before"/> to <paramref name="after"/>, adjacent stretches of one kind merged.</summary>
    public static IReadOnlyList<TextSpan> DiffWords(string before, string after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var spans = new List<TextSpan>();
        void Add(WordChange change, IEnumerable<string> pieces)
        {
            var text = string.Concat(pieces);
            if (text.Length == 0)
            {
                return;
            }

            if (spans.Count > 0 && spans[^1].Change == change)
            {
                spans[^1] = spans[^1] with { Text = spans[^1].Text + text };
            }
            else
            {
                spans.Add(new TextSpan(change, text));
            }
        }

        var a = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(WordChange.Same, diff.PiecesOld.Skip(a).Take(block.DeleteStartA - a));
            Add(WordChange.Deleted, diff.PiecesOld.Skip(block.DeleteStartA).Take(block.DeleteCountA));
            Add(WordChange.Inserted, diff.PiecesNew.Skip(block.InsertStartB).Take(block.InsertCountB));
            a = block.DeleteStartA + block.DeleteCountA;
        }

        Add(WordChange.Same, diff.PiecesOld.Skip(a));
        return spans;
    }

    /// <summary>The share of words two texts have in common (Dice's coefficient over their words, case ignored).</summary>
    public static double Similarity(string first, string second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var one = Words(first);
        var two = Words(second);
        if (one.Count + two.Count == 0)
        {
            return 1;
        }

        var counts = one.CountBy(w => w).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var common = 0;
        foreach (var word in two)
        {
            if (counts.TryGetValue(word, out var left) && left > 0)
            {
                counts[word] = left - 1;
                common++;
            }
        }

        return 2.0 * common / (one.Count + two.Count);
    }

    /// <summary>
    /// Pairs a stretch of deleted and inserted paragraphs: the order-preserving pairing with the greatest total
    /// similarity (a dynamic programme like a sequence alignment with free gaps).
    /// </summary>
    private static List<AlignedParagraph> PairStretch(IReadOnlyList<ComparedParagraph> deleted, IReadOnlyList<ComparedParagraph> inserted)
    {
        int n = deleted.Count, m = inserted.Count;
        var similarity = new double[n, m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                similarity[i, j] = Similarity(deleted[i].Text, inserted[j].Text);
            }
        }

        // best[i, j]: the best total for deleted[i..] and inserted[j..].
        var best = new double[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                var pair = similarity[i, j] >= PairingThreshold ? similarity[i, j] + best[i + 1, j + 1] : double.NegativeInfinity;
                best[i, j] = Math.Max(pair, Math.Max(best[i + 1, j], best[i, j + 1]));
            }
        }

        var rows = new List<AlignedParagraph>(n + m);
        int a = 0, b = 0;
        while (a < n || b < m)
        {
            if (a < n && b < m && similarity[a, b] >= PairingThreshold && best[a, b] == similarity[a, b] + best[a + 1, b + 1])
            {
                rows.Add(new AlignedParagraph(ParagraphChange.Changed, deleted[a], inserted[b], DiffWords(deleted[a].Text, inserted[b].Text)));
                a++;
                b++;
            }
            else if (a < n && (b == m || best[a, b] == best[a + 1, b]))
            {
                rows.Add(new AlignedParagraph(ParagraphChange.Deleted, deleted[a], null, [new TextSpan(WordChange.Deleted, deleted[a].Text)]));
                a++;
            }
            else
            {
                rows.Add(new AlignedParagraph(ParagraphChange.Inserted, null, inserted[b], [new TextSpan(WordChange.Inserted, inserted[b].Text)]));
                b++;
            }
        }

        return rows;
    }

    private static AlignedParagraph Unchanged(ComparedParagraph left, ComparedParagraph right) =>
        new(ParagraphChange.Unchanged, left, right, [new TextSpan(WordChange.Same, right.Text)]);

    private static string Fold(string text) => Whitespace().Replace(text, " ").Trim();

    private static List<string> Words(string text) =>
        [.. WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant())];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
