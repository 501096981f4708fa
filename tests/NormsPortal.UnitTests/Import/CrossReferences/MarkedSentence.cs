using NormsPortal.Data.Import.CrossReferences;

namespace NormsPortal.UnitTests.Import.CrossReferences;

/// <summary>
/// A sentence whose expected mentions are marked ⟦like this⟧, so a test case states the exact spans
/// in a readable way: the markers are removed before extraction and their positions become the spans.
/// </summary>
internal static class MarkedSentence
{
    private const char Open = '⟦';
    private const char Close = '⟧';

    /// <summary>The text without markers and the marked spans, in order.</summary>
    public static (string Text, List<string> Mentions, List<int> Starts) Parse(string marked)
    {
        var text = new System.Text.StringBuilder(marked.Length);
        var mentions = new List<string>();
        var starts = new List<int>();
        var open = -1;
        foreach (var c in marked)
        {
            switch (c)
            {
                case Open:
                    open = text.Length;
                    break;
                case Close:
                    starts.Add(open);
                    mentions.Add(text.ToString(open, text.Length - open));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return (text.ToString(), mentions, starts);
    }

    /// <summary>
    /// Asserts that extracting the marked sentence finds exactly the marked spans, in order, with the
    /// <paramref name="targets"/> written <c>SYMBOL</c> or <c>SYMBOL#anchor</c>.
    /// </summary>
    public static IReadOnlyList<ExtractedReference> AssertExtracts(string marked, ReferenceContext context, params string[] targets)
    {
        var (text, mentions, starts) = Parse(marked);
        Assert.True(mentions.Count == targets.Length, "The test case marks as many spans as it names targets.");

        var found = CrossReferenceExtractor.Extract(text, context);

        var expected = mentions.Select((mention, i) => $"{starts[i]} ⟦{mention}⟧ → {targets[i]}");
        var actual = found.Select(r => $"{r.Start} ⟦{r.MatchedText}⟧ → {Describe(r)}");
        Assert.Equal(expected, actual);
        return found;
    }

    public static string Describe(ExtractedReference reference) =>
        reference.TargetAnchor is null ? reference.TargetSymbol : reference.TargetSymbol + "#" + reference.TargetAnchor;
}
