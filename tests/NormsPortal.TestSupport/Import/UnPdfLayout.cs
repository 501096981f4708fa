using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NormsPortal.TestSupport.Import;

/// <summary>
/// Sets a UN text extraction back on PDF pages the way the UN prints a draft: its lines as printed
/// (the extraction keeps the printed line breaks, including the hyphen at "Secretary -" / "General"),
/// body text in 10-point Times on 12-point spacing with indented paragraph openings, wider gaps
/// between the heading's blocks, footnote markers as superscripts, the footnotes in 8 points under
/// their separator at the foot of the page, the document's symbol as running head from page 2, the
/// page number "n/N" at each foot and the job number and bar code at the foot of page 1. Pages
/// break where the extraction shows a page ended (no blank line between two lines).
/// </summary>
public static partial class UnPdfLayout
{
    private const double Margin = 72;
    private const double ParagraphIndent = 36;
    private const double Top = 770;
    private const double BodySize = 10;
    private const double BodySpacing = 12;
    private const double FootnoteSize = 8;
    private const double FootnoteSpacing = 10;
    private const double BlockGap = 12;
    private const double MarkerSize = 6.5;
    private const double MarkerRise = 3.5;

    public static byte[] Build(string extractedText, string symbol, string jobNumber)
    {
        var pages = Paginate(extractedText);
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            if (p > 0)
            {
                page.AddText(symbol, 9, new PdfPoint(p % 2 == 1 ? Margin : 430, 805), font);
            }

            var y = Top;
            var inFootnotes = false;
            foreach (var (text, blockGap, first) in pages[p].Select((line, i) => (line.Text, line.BlockGap, i == 0)))
            {
                var trimmed = text.Trim();
                inFootnotes |= FootnoteSeparator().IsMatch(trimmed);
                if (!first)
                {
                    y -= (inFootnotes ? FootnoteSpacing : BodySpacing) + (blockGap ? BlockGap : 0);
                }

                var x = Margin + (char.IsWhiteSpace(text[0]) ? ParagraphIndent : 0);
                if (inFootnotes && !FootnoteSeparator().IsMatch(trimmed))
                {
                    page.AddText(trimmed, FootnoteSize, new PdfPoint(x, y), font);
                }
                else
                {
                    WriteWithSuperscriptMarkers(page, font, trimmed, x, y);
                }
            }

            if (p == 0)
            {
                page.AddText($"{jobNumber} (E)    011118", 8, new PdfPoint(Margin, 40), font);
                page.AddText($"*{jobNumber.Replace("-", "", StringComparison.Ordinal)}*", 8, new PdfPoint(430, 40), font);
            }
            else
            {
                page.AddText($"{p + 1}/{pages.Count}", 9, new PdfPoint(290, 40), font);
            }
        }

        return builder.Build();
    }

    /// <summary>A footnote marker the extraction glued on ("20152", "General,1") is set as a superscript after what it is glued to.</summary>
    private static void WriteWithSuperscriptMarkers(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string line, double x, double y)
    {
        var position = 0;
        foreach (Match marker in GluedMarker().Matches(line))
        {
            x = Write(page, font, line[position..marker.Index], BodySize, x, y);
            x = Write(page, font, marker.Value, MarkerSize, x, y + MarkerRise);
            position = marker.Index + marker.Length;
        }

        Write(page, font, line[position..], BodySize, x, y);
    }

    private static double Write(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string text, double size, double x, double y) =>
        text.Length == 0 ? x : page.AddText(text, size, new PdfPoint(x, y), font)[^1].EndBaseLine.X;

    /// <summary>The printed lines page by page, each with whether a wider gap than usual stands before it.</summary>
    private static List<List<(string Text, bool BlockGap)>> Paginate(string extractedText)
    {
        var pages = new List<List<(string, bool)>> { new() };
        var gap = 0;
        foreach (var line in extractedText.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.Trim().Length == 0)
            {
                gap++;
                continue;
            }

            // Double-spaced extraction: one blank line between lines, none where a page ended
            // (the first two lines of the heading stand close too), more between heading blocks.
            if (gap == 0 && pages[^1].Count > 2)
            {
                pages.Add([]);
            }

            pages[^1].Add((line.TrimEnd(), gap > 1));
            gap = 0;
        }

        return pages;
    }

    [GeneratedRegex(@"^_{3,}$")]
    private static partial Regex FootnoteSeparator();

    [GeneratedRegex(@"(?<=\b\d{4}|\p{L},)\d(?=\s|$)")]
    private static partial Regex GluedMarker();
}
