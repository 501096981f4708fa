using NormsPortal.Web.Features.AgreedLanguage;
using NormsPortal.Web.Features.Compare;

namespace NormsPortal.Web.Features;

/// <summary>Compare's word diff (<see cref="ParagraphAligner.DiffWords"/>) as the runs the API and the pages show (<see cref="WordDifference"/>).</summary>
public static class WordDiffs
{
    /// <summary>The word diff from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static IReadOnlyList<WordDifference> Between(string before, string after) => [.. From(ParagraphAligner.DiffWords(before, after))];

    /// <summary>Compare's spans as runs of a word diff.</summary>
    public static IEnumerable<WordDifference> From(IEnumerable<TextSpan> spans) =>
        spans.Select(span => new WordDifference(span.Text, span.Change switch
        {
            WordChange.Deleted => WordChangeKind.Deleted,
            WordChange.Inserted => WordChangeKind.Inserted,
            _ => WordChangeKind.Same,
        }));
}
