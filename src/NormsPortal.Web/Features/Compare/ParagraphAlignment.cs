namespace NormsPortal.Web.Features.Compare;

/// <summary>A paragraph of one of the two works compared: its anchor, printed number, kind and text.</summary>
public sealed record ComparedParagraph(string Anchor, string Number, string Kind, string Text);

/// <summary>How a paragraph fared from the first work to the second.</summary>
public enum ParagraphChange
{
    Unchanged,
    Changed,
    Deleted,
    Inserted,
}

/// <summary>Whether a stretch of words is in both texts, only in the first (deleted) or only in the second (inserted).</summary>
public enum WordChange
{
    Same,
    Deleted,
    Inserted,
}

/// <summary>A stretch of text with its change.</summary>
public sealed record TextSpan(WordChange Change, string Text);

/// <summary>
/// One row of the comparison: a paragraph of the first work (<c>Left</c>), of the second (<c>Right</c>) or
/// a pair, with the text as word-level changes from left to right.
/// </summary>
public sealed record AlignedParagraph(ParagraphChange Change, ComparedParagraph? Left, ComparedParagraph? Right, IReadOnlyList<TextSpan> Spans);
