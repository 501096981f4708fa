namespace NormsPortal.Data.Import.Files.Pdf;

/// <summary>A line as it is to be written: where it starts, its text, and whether a wide gap stands before it.</summary>
internal sealed record PrintedLine(double Left, double FontSize, string Text, bool WideGapBefore);

/// <summary>
/// Puts a page's lines in reading order. The UN sets running text in one column, but lists (the
/// distribution of a document, the States of a group) in two: a run of lines split at the same
/// place across the page is read down the left column, then down the right one. Elsewhere a line's
/// pieces are read left to right.
/// </summary>
internal static class PdfColumns
{
    // Points a column's left edge may wander; lines split alike that a region needs.
    private const double Alignment = 3;
    private const int SplitLinesInARegion = 2;

    public static IEnumerable<PrintedLine> InReadingOrder(IReadOnlyList<PdfLine> lines, double wideGap)
    {
        var i = 0;
        while (i < lines.Count)
        {
            var wideGapBefore = i > 0 && lines[i - 1].Baseline - lines[i].Baseline > wideGap;
            var end = RegionEnd(lines, i, out var columnLeft);
            if (end < 0)
            {
                yield return new PrintedLine(lines[i].Left, lines[i].FontSize, lines[i].Text, wideGapBefore);
                i++;
                continue;
            }

            var region = lines.Skip(i).Take(end - i).ToList();
            var leftColumn = region.Select(line => Column(line, segment => segment.Left < columnLeft - Alignment)).OfType<PrintedLine>();
            var rightColumn = region.Select(line => Column(line, segment => segment.Left >= columnLeft - Alignment)).OfType<PrintedLine>();
            var first = true;
            foreach (var line in leftColumn.Concat(rightColumn))
            {
                yield return line with { WideGapBefore = first && wideGapBefore };
                first = false;
            }

            i = end;
        }
    }

    /// <summary>
    /// Where a two-column region starting at <paramref name="start"/> ends (exclusive), or -1 when
    /// none starts there: a split line, then lines that are split at the same place or lie wholly
    /// in one of the two columns, with at least two split lines among them.
    /// </summary>
    private static int RegionEnd(IReadOnlyList<PdfLine> lines, int start, out double columnLeft)
    {
        columnLeft = 0;
        if (lines[start].Segments.Count != 2)
        {
            return -1;
        }

        var column = lines[start].Segments[1].Left;
        var end = start;
        var split = 0;
        var lastSplit = start;
        while (end < lines.Count && Fits(lines[end], column, out var isSplit))
        {
            if (isSplit)
            {
                split++;
                lastSplit = end;
            }

            end++;
        }

        columnLeft = column;
        return split >= SplitLinesInARegion ? FirstAfterColumns(lines, lines[start].Left, lastSplit + 1, end, column) : -1;
    }

    private static bool Fits(PdfLine line, double column, out bool isSplit)
    {
        isSplit = line.Segments.Count == 2 && Math.Abs(line.Segments[1].Left - column) <= Alignment;
        return isSplit
            || (line.Segments.Count == 1 && (Math.Abs(line.Left - column) <= Alignment || line.Right < column - Alignment));
    }

    /// <summary>
    /// Where the list ends after its last split line: right-column lines still belong to it (the
    /// right column ran longer), and so does one line at the left column's edge (the left column,
    /// filled first, is at most one entry longer).
    /// </summary>
    private static int FirstAfterColumns(IReadOnlyList<PdfLine> lines, double leftEdge, int from, int end, double column)
    {
        var last = from;
        var leftLines = 0;
        while (last < end)
        {
            if (Math.Abs(lines[last].Left - column) > Alignment && (leftLines++ > 0 || Math.Abs(lines[last].Left - leftEdge) > Alignment))
            {
                break;
            }

            last++;
        }

        return last;
    }

    private static PrintedLine? Column(PdfLine line, Func<PdfLineSegment, bool> inColumn)
    {
        var segments = line.Segments.Where(inColumn).ToList();
        return segments.Count == 0
            ? null
            : new PrintedLine(segments[0].Left, line.FontSize, string.Join(" ", segments.Select(segment => segment.Text)), false);
    }
}
