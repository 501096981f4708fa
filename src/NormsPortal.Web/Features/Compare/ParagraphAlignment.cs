namespace NormsPortal.Web.Features.Compare;

/// <summary>A paragraph of one of the two works compared: its anchor, printed number, kind and text.</summary>
public sealed record ComparedParagraph(string Anchor, string Number, string Kind, string Text);

/// <summary>How a paragraph fared from the first work to the second (see <see cref="ParagraphAligner"/>).</summary>
public enum ParagraphChange
{
    /// <summary>The same text at the same place.</summary>
    Unchanged,

    /// <summary>The same paragraph, revised, at the same place: its words are marked.</summary>
    Changed,

    /// <summary>Only in the first.</summary>
    Deleted,

    /// <summary>Only in the second.</summary>
    Inserted,

    /// <summary>The same paragraph, perhaps revised, at another place: the row stands where the paragraph now is.</summary>
    Moved,

    /// <summary>At the same place, a paragraph too different to be the same one, revised: both are shown whole.</summary>
    Replaced,
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
/// a pair, with the text as word-level changes from left to right. A replaced pair's spans are the whole
/// first text deleted and the whole second text inserted.
/// </summary>
public sealed record AlignedParagraph(ParagraphChange Change, ComparedParagraph? Left, ComparedParagraph? Right, IReadOnlyList<TextSpan> Spans);
