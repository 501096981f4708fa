using DiffPlex;

namespace NormsPortal.Web.Features.AgreedLanguage;

/// <summary>
/// The word diff from a passage to a paragraph reusing it, as runs a page can render and a client can read:
/// DiffPlex over words, spaces and punctuation (<see cref="WordChunker"/>, as the comparison page diffs),
/// consecutive pieces of one kind joined.
/// </summary>
public static class WordDifferences
{
    public static IReadOnlyList<WordDifference> Between(string passage, string text)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(text);
        var diff = Differ.Instance.CreateDiffs(passage, text, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var runs = new List<WordDifference>();
        var old = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Add(runs, diff.PiecesOld, old, block.DeleteStartA, WordChangeKind.Same);
            Add(runs, diff.PiecesOld, block.DeleteStartA, block.DeleteStartA + block.DeleteCountA, WordChangeKind.Deleted);
            Add(runs, diff.PiecesNew, block.InsertStartB, block.InsertStartB + block.InsertCountB, WordChangeKind.Inserted);
            old = block.DeleteStartA + block.DeleteCountA;
        }

        Add(runs, diff.PiecesOld, old, diff.PiecesOld.Count, WordChangeKind.Same);
        return runs;
    }

    private static void Add(List<WordDifference> runs, IReadOnlyList<string> pieces, int from, int to, WordChangeKind kind)
    {
        if (from >= to)
        {
            return;
        }

        var text = string.Concat(pieces.Skip(from).Take(to - from));
        if (runs.Count > 0 && runs[^1].Kind == kind)
        {
            runs[^1] = runs[^1] with { Text = runs[^1].Text + text };
        }
        else
        {
            runs.Add(new WordDifference(text, kind));
        }
    }
}
