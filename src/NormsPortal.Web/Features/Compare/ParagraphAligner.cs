using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Chunkers;

namespace NormsPortal.Web.Features.Compare;

/// <summary>
/// Aligns the paragraphs of two texts and marks their differences word by word, in four passes:
/// <list type="number">
/// <item>a diff over the two sequences of paragraphs finds the ones that are the same, in order (unchanged);</item>
/// <item>in each stretch between them, paragraphs are paired by <see cref="ParagraphSimilarity"/>, in order, each
/// at most once (changed: a word diff);</item>
/// <item>a paragraph left over in the first that is the same paragraph as one left over anywhere in the second
/// has moved: shown once, where it now stands, with its word diff;</item>
/// <item>what is still left over between two aligned rows is paired by position, in order: too different for a
/// word diff, such pairs are shown whole as replaced; the rest are wholly deleted or inserted.</item>
/// </list>
/// </summary>
public static partial class ParagraphAligner
{
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

        var similarities = new Similarities(left, right);
        var placements = new List<Placement>(Math.Max(left.Count, right.Count));
        int a = 0, b = 0;
        foreach (var block in diff.DiffBlocks)
        {
            for (; a < block.DeleteStartA && b < block.InsertStartB; a++, b++)
            {
                placements.Add(new Placement(ParagraphChange.Unchanged, a, b));
            }

            PairStretch(similarities, block.DeleteStartA, block.DeleteCountA, block.InsertStartB, block.InsertCountB, placements);
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }

        for (; a < left.Count && b < right.Count; a++, b++)
        {
            placements.Add(new Placement(ParagraphChange.Unchanged, a, b));
        }

        FindMoves(similarities, placements);
        return [.. PairByPosition(placements).Select(p => Row(p, left, right))];
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

    /// <summary>
    /// Pairs a stretch of deleted (<c>left[a..a+n]</c>) and inserted (<c>right[b..b+m]</c>) paragraphs: the
    /// order-preserving pairing of same paragraphs with the greatest total similarity (a dynamic programme like a
    /// sequence alignment with free gaps). On a tie the earlier paragraphs pair, and a deletion comes before an insertion.
    /// </summary>
    private static void PairStretch(Similarities similarities, int a, int n, int b, int m, List<Placement> placements)
    {
        var similarity = new double[n, m];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                similarity[i, j] = similarities.Of(a + i, b + j);
            }
        }

        // best[i, j]: the best total for the stretch's left[i..] and right[j..].
        var best = new double[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                var pair = similarity[i, j] > 0 ? similarity[i, j] + best[i + 1, j + 1] : double.NegativeInfinity;
                best[i, j] = Math.Max(pair, Math.Max(best[i + 1, j], best[i, j + 1]));
            }
        }

        int x = 0, y = 0;
        while (x < n || y < m)
        {
            if (x < n && y < m && similarity[x, y] > 0 && best[x, y] == similarity[x, y] + best[x + 1, y + 1])
            {
                placements.Add(new Placement(ParagraphChange.Changed, a + x++, b + y++));
            }
            else if (x < n && (y == m || best[x, y] == best[x + 1, y]))
            {
                placements.Add(new Placement(ParagraphChange.Deleted, a + x++, None));
            }
            else
            {
                placements.Add(new Placement(ParagraphChange.Inserted, None, b + y++));
            }
        }
    }

    /// <summary>
    /// Turns a deleted paragraph and an inserted one that are the same paragraph into one moved row, where the
    /// paragraph now stands. The most similar pairs are taken first; on a tie, the earlier in the first text,
    /// then the earlier in the second.
    /// </summary>
    private static void FindMoves(Similarities similarities, List<Placement> placements)
    {
        var deleted = placements.Where(p => p.Change == ParagraphChange.Deleted).Select(p => p.Left).ToList();
        var inserted = placements.Where(p => p.Change == ParagraphChange.Inserted).Select(p => p.Right).ToList();
        var candidates =
            from i in deleted
            from j in inserted
            let similarity = similarities.Of(i, j)
            where similarity > 0
            orderby similarity descending, i, j
            select (From: i, To: j);
        var movedFrom = new HashSet<int>();
        var movedTo = new Dictionary<int, int>();
        foreach (var (from, to) in candidates.ToList())
        {
            if (!movedFrom.Contains(from) && !movedTo.ContainsKey(to))
            {
                movedFrom.Add(from);
                movedTo.Add(to, from);
            }
        }

        placements.RemoveAll(p => p.Change == ParagraphChange.Deleted && movedFrom.Contains(p.Left));
        for (var k = 0; k < placements.Count; k++)
        {
            if (placements[k] is { Change: ParagraphChange.Inserted } p && movedTo.TryGetValue(p.Right, out var from))
            {
                placements[k] = new Placement(ParagraphChange.Moved, from, p.Right);
            }
        }
    }

    /// <summary>
    /// Pairs, in each run of deleted and inserted paragraphs between two aligned rows, the first deleted with the
    /// first inserted, and so on: one paragraph replaced by another at the same place. The rest stay deleted or
    /// inserted, deletions first.
    /// </summary>
    private static List<Placement> PairByPosition(List<Placement> placements)
    {
        var result = new List<Placement>(placements.Count);
        var deleted = new List<int>();
        var inserted = new List<int>();
        void Flush()
        {
            var pairs = Math.Min(deleted.Count, inserted.Count);
            result.AddRange(Enumerable.Range(0, pairs).Select(k => new Placement(ParagraphChange.Replaced, deleted[k], inserted[k])));
            result.AddRange(deleted.Skip(pairs).Select(i => new Placement(ParagraphChange.Deleted, i, None)));
            result.AddRange(inserted.Skip(pairs).Select(j => new Placement(ParagraphChange.Inserted, None, j)));
            deleted.Clear();
            inserted.Clear();
        }

        foreach (var placement in placements)
        {
            switch (placement.Change)
            {
                case ParagraphChange.Deleted:
                    deleted.Add(placement.Left);
                    break;
                case ParagraphChange.Inserted:
                    inserted.Add(placement.Right);
                    break;
                default:
                    Flush();
                    result.Add(placement);
                    break;
            }
        }

        Flush();
        return result;
    }

    private static AlignedParagraph Row(Placement placement, IReadOnlyList<ComparedParagraph> left, IReadOnlyList<ComparedParagraph> right)
    {
        var before = placement.Left == None ? null : left[placement.Left];
        var after = placement.Right == None ? null : right[placement.Right];
        IReadOnlyList<TextSpan> spans = placement.Change switch
        {
            ParagraphChange.Unchanged => [new TextSpan(WordChange.Same, after!.Text)],
            ParagraphChange.Deleted => [new TextSpan(WordChange.Deleted, before!.Text)],
            ParagraphChange.Inserted => [new TextSpan(WordChange.Inserted, after!.Text)],
            ParagraphChange.Replaced => [new TextSpan(WordChange.Deleted, before!.Text), new TextSpan(WordChange.Inserted, after!.Text)],
            _ => DiffWords(before!.Text, after!.Text),
        };
        return new AlignedParagraph(placement.Change, before, after, spans);
    }

    private const int None = -1;

    /// <summary>
    /// The similarity of a paragraph of the first text (by index) and one of the second: each paragraph's words read
    /// once, each pair measured once, as the stretches and the search for moves ask for the same pairs.
    /// </summary>
    private sealed class Similarities(IReadOnlyList<ComparedParagraph> left, IReadOnlyList<ComparedParagraph> right)
    {
        private readonly ParagraphWords[] _left = [.. left.Select(p => ParagraphSimilarity.Read(p.Text))];
        private readonly ParagraphWords[] _right = [.. right.Select(p => ParagraphSimilarity.Read(p.Text))];
        private readonly Dictionary<(int, int), double> _measured = [];

        public double Of(int first, int second)
        {
            if (!_measured.TryGetValue((first, second), out var similarity))
            {
                similarity = ParagraphSimilarity.Of(_left[first], _right[second]);
                _measured[(first, second)] = similarity;
            }

            return similarity;
        }
    }

    /// <summary>A row in the making: its change and the indexes of its paragraphs in each text (<see cref="None"/> for none).</summary>
    private readonly record struct Placement(ParagraphChange Change, int Left, int Right);

    private static string Fold(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
