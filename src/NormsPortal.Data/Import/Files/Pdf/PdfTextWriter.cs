using System.Text;

namespace NormsPortal.Data.Import.Files.Pdf;

/// <summary>
/// Writes a PDF's lines as the text a UN PDF's extraction gives, for <see cref="UnText.UnTextParser"/>:
/// one printed line a line; a leading space when the line starts right of the text's left margin
/// (paragraphs begin indented); a blank line where a gap wider than the usual line spacing stands
/// (between the blocks of a heading); a form feed before each page's first line. The margin and
/// the usual spacing are the commonest over the whole document. Two-column regions (a distribution
/// list) are read column by column (<see cref="PdfColumns"/>).
/// </summary>
internal static class PdfTextWriter
{
    // How much more than the usual spacing makes a gap wide, and how far right of the margin a
    // line must start to be indented, as fractions of the usual spacing and of the font size.
    private const double WideGap = 1.3;
    private const double Indent = 0.5;

    public static string Write(IReadOnlyList<IReadOnlyList<PdfLine>> pages)
    {
        var all = pages.SelectMany(page => page).ToList();
        var margin = Commonest(all.Select(line => Math.Round(line.Left)));
        var spacing = Commonest(pages.SelectMany(page => page.Zip(page.Skip(1), (above, below) => Math.Round((above.Baseline - below.Baseline) * 2) / 2)).Where(gap => gap > 0));
        var text = new StringBuilder();
        for (var p = 0; p < pages.Count; p++)
        {
            var first = true;
            foreach (var line in PdfColumns.InReadingOrder(pages[p], spacing * WideGap))
            {
                if (text.Length > 0)
                {
                    text.Append('\n');
                }

                if (first && p > 0)
                {
                    text.Append('\f');
                }
                else if (!first && line.WideGapBefore)
                {
                    text.Append('\n');
                }

                if (line.Left > margin + (Indent * line.FontSize))
                {
                    text.Append(' ');
                }

                text.Append(line.Text);
                first = false;
            }
        }

        return text.Append('\n').ToString();
    }

    /// <summary>The most common value (the smaller on a tie); 0 when there is none.</summary>
    private static double Commonest(IEnumerable<double> values) =>
        values.GroupBy(value => value)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key)
            .Select(group => group.Key)
            .FirstOrDefault();
}
