using System.Text.RegularExpressions;
using DiffPlex;

namespace NormsPortal.Web.Features.Compare;

/// <summary>
/// Whether two paragraphs are one paragraph, revised, or two different ones. The measure is what a reader
/// of a word diff sees: the share of the shorter paragraph's words that reappear, in the same order, in
/// the other (the words a word diff leaves unmarked; case and punctuation ignored).
/// </summary>
/// <remarks>
/// Why "of the shorter": resolutions grow. 77/36 op6 (30 words) comes back as 78/237 op7 (105 words) with
/// 29 of its 30 words in order; a measure over both texts (Dice, Jaccard) scores that pair 0.43 and would
/// split one paragraph into a deletion and an insertion. Why "in order": different paragraphs of one
/// resolution share much of their vocabulary ("States", "information and communications technologies"),
/// and counted without order unrelated paragraphs of 77/36 and 78/237 score up to 0.58; in order, the same
/// paragraph across the two scores 0.83–1.0 and different paragraphs at most 0.6.
/// </remarks>
public static partial class ParagraphSimilarity
{
    /// <summary>
    /// The least similarity of one paragraph revised (shown with its words marked). Below it, at least three
    /// words in ten of the shorter text would be marked, too many to read as a revision: the two are different
    /// paragraphs, shown whole.
    /// </summary>
    public const double Threshold = 0.7;

    /// <summary>
    /// How many times the words of the shorter paragraph the longer may have and still be the same paragraph:
    /// without a bound a one-word heading ("Annex") would be "found" in every paragraph that mentions it.
    /// </summary>
    public const int MaximumGrowth = 4;

    /// <summary>
    /// The share (from <see cref="Threshold"/> to 1) of the shorter text's words that reappear in order in the
    /// other when the two are one paragraph revised; 0 when they are different paragraphs (below the threshold,
    /// or the longer has more than <see cref="MaximumGrowth"/> times the words). 1 when neither has a word.
    /// </summary>
    public static double Of(string first, string second) => Of(Read(first), Read(second));

    /// <inheritdoc cref="Of(string, string)"/>
    public static double Of(ParagraphWords first, ParagraphWords second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var shorter = Math.Min(first.Count, second.Count);
        var longer = Math.Max(first.Count, second.Count);
        if (longer == 0)
        {
            return 1;
        }

        if (shorter == 0 || longer > MaximumGrowth * shorter)
        {
            return 0;
        }

        // The words kept in order cannot outnumber the words shared in any order: a cheap bound that spares
        // the diff for most pairs of different paragraphs.
        if ((double)Shared(first, second) / shorter < Threshold)
        {
            return 0;
        }

        var diff = Differ.Instance.CreateDiffs(first.Text, second.Text, ignoreWhiteSpace: false, ignoreCase: false, WordsOnly.Instance);
        var kept = (double)(diff.PiecesOld.Count - diff.DiffBlocks.Sum(b => b.DeleteCountA)) / shorter;
        return kept < Threshold ? 0 : kept;
    }

    /// <summary>
    /// The share (0 to 1) of <paramref name="lost"/>'s words that reappear, in the same order, in <paramref name="text"/>,
    /// with neither threshold nor bound on length: how much of a passage or paragraph a re-import lost is still in a
    /// paragraph of the new text (the suggestions for an orphaned annotation). 0 when <paramref name="lost"/> has no word.
    /// </summary>
    public static double Kept(ParagraphWords lost, ParagraphWords text)
    {
        ArgumentNullException.ThrowIfNull(lost);
        ArgumentNullException.ThrowIfNull(text);
        if (lost.Count == 0 || Shared(lost, text) == 0)
        {
            return 0;
        }

        var diff = Differ.Instance.CreateDiffs(lost.Text, text.Text, ignoreWhiteSpace: false, ignoreCase: false, WordsOnly.Instance);
        return (double)(diff.PiecesOld.Count - diff.DiffBlocks.Sum(b => b.DeleteCountA)) / lost.Count;
    }

    /// <summary>A paragraph's words, read once for the many comparisons of an alignment.</summary>
    public static ParagraphWords Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        return new ParagraphWords(text, words.Count, words.CountBy(w => w).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
    }

    private static int Shared(ParagraphWords first, ParagraphWords second)
    {
        var (fewer, more) = first.Counts.Count <= second.Counts.Count ? (first, second) : (second, first);
        var shared = 0;
        foreach (var (word, count) in fewer.Counts)
        {
            if (more.Counts.TryGetValue(word, out var other))
            {
                shared += Math.Min(count, other);
            }
        }

        return shared;
    }

    private static List<string> Words(string text) =>
        [.. WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant())];

    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    /// <summary>Cuts a text into its words, lower case, leaving out spaces and punctuation.</summary>
    private sealed class WordsOnly : IChunker
    {
        public static WordsOnly Instance { get; } = new();

        public IReadOnlyList<string> Chunk(string text) => Words(text);
    }
}

/// <summary>A paragraph's text, its number of words and how often each occurs (<see cref="ParagraphSimilarity.Read"/>).</summary>
public sealed record ParagraphWords(string Text, int Count, IReadOnlyDictionary<string, int> Counts);
