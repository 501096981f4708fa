namespace NormsPortal.Data.Import.Files.Pdf;

/// <summary>
/// A printed line of a PDF page: its baseline (points from the page's foot), the size of its body
/// text and its pieces from left to right. A gap of several ems splits a line into pieces, as
/// between the two columns of a list.
/// </summary>
internal sealed record PdfLine(double Baseline, double FontSize, IReadOnlyList<PdfLineSegment> Segments)
{
    public double Left => Segments[0].Left;

    public double Right => Segments[^1].Right;

    public string Text => string.Join(" ", Segments.Select(segment => segment.Text));
}

/// <summary>A run of words of a line, with where it begins and ends across the page.</summary>
internal sealed record PdfLineSegment(double Left, double Right, string Text);
