using System.Globalization;
using System.Text.RegularExpressions;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Import.UnText;

/// <summary>A printed line of running text, with what its layout says.</summary>
/// <param name="LineNumber">1-based, in the file.</param>
/// <param name="Text">Without the indentation and trailing spaces.</param>
/// <param name="Indented">Whether the line began with white space (paragraphs begin indented).</param>
/// <param name="StartsPage">Whether the line is the first of a page after the first.</param>
/// <param name="StartsBlock">Whether a wider gap than the usual line spacing stands before it.</param>
internal sealed record LayoutLine(int LineNumber, string Text, bool Indented, bool StartsPage, bool StartsBlock);

/// <summary>A footnote as printed at a page foot: its number and its lines.</summary>
internal sealed record LayoutFootnote(int Number, List<string> Lines);

/// <summary>The running text of a document, with the footnotes taken apart and page furniture gone.</summary>
internal sealed record PageLayoutResult(IReadOnlyList<LayoutLine> Lines, IReadOnlyList<LayoutFootnote> Footnotes);

/// <summary>
/// Reads the page layout of text extracted from a UN PDF. It drops blank lines and page furniture
/// (page numbers "2" and "2/6", the running head with the document's symbol, job numbers such as
/// "18-18962 (E)", bar codes), takes the footnotes out from under their separator line, and marks
/// where pages begin. Extractions of double-spaced pages put a blank line after every line, except
/// where a page ends; so when the usual gap between lines is one blank line, two lines with none
/// between them are the last line of a page and the first of the next.
/// </summary>
internal static partial class PageLayout
{
    public static PageLayoutResult Read(string text, string symbol, List<ImportMessage> messages)
    {
        var printed = PrintedLines(text);
        var usualGap = UsualGap(printed);
        var lines = new List<LayoutLine>();
        var footnotes = new List<LayoutFootnote>();
        LayoutFootnote? openFootnote = null;
        var inFootnotes = false;
        var afterPageMatter = false;
        for (var i = 0; i < printed.Count; i++)
        {
            var (lineNumber, content, gap, formFeed) = printed[i];
            var trimmed = content.Trim();
            var indented = char.IsWhiteSpace(content[0]);
            var startsPage = i > 0 && (formFeed || gap < usualGap || afterPageMatter);
            afterPageMatter = false;

            if (IsPageResidue(trimmed, symbol))
            {
                messages.Add(new ImportMessage(ImportSeverity.Repair, UnTextMessageCodes.PageResidue,
                    $"page furniture {TextExcerpt.Quote(trimmed)} removed", $"line {lineNumber}"));
                inFootnotes = false;
                afterPageMatter = true;
                continue;
            }

            if (FootnoteSeparator().IsMatch(trimmed))
            {
                inFootnotes = true;
                openFootnote = null;
                continue;
            }

            if (inFootnotes && !startsPage)
            {
                // Footnotes are numbered on through the document: a line opening with the next
                // number starts one; an unindented line goes on with the open one.
                var start = FootnoteStart().Match(content);
                var number = start.Success ? int.Parse(start.Groups["number"].Value, CultureInfo.InvariantCulture) : 0;
                if (start.Success && (footnotes.Count == 0 || number == footnotes[^1].Number + 1))
                {
                    openFootnote = new LayoutFootnote(number, [start.Groups["text"].Value]);
                    footnotes.Add(openFootnote);
                    continue;
                }

                if (openFootnote is not null && !indented)
                {
                    openFootnote.Lines.Add(trimmed);
                    continue;
                }
            }

            // Footnotes sit at the foot of a page: whatever ends them begins the next page.
            startsPage |= inFootnotes;
            inFootnotes = false;
            lines.Add(new LayoutLine(lineNumber, trimmed, indented, startsPage, gap > usualGap));
        }

        return new PageLayoutResult(lines, footnotes);
    }

    /// <summary>The lines that hold text, each with the number of blank lines before it and whether a form feed came between.</summary>
    private static List<(int LineNumber, string Content, int Gap, bool FormFeed)> PrintedLines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var printed = new List<(int, string, int, bool)>();
        var gap = 0;
        var formFeed = false;
        for (var i = 0; i < lines.Length; i++)
        {
            formFeed |= lines[i].Contains('\f', StringComparison.Ordinal);
            var content = lines[i].Replace("\f", "", StringComparison.Ordinal).TrimEnd();
            if (content.Trim().Length == 0)
            {
                gap++;
                continue;
            }

            printed.Add((i + 1, content, gap, formFeed));
            gap = 0;
            formFeed = false;
        }

        return printed;
    }

    /// <summary>The most common number of blank lines between two lines (the smaller on a tie).</summary>
    private static int UsualGap(List<(int LineNumber, string Content, int Gap, bool FormFeed)> printed) =>
        printed.Skip(1)
            .GroupBy(line => line.Gap)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key)
            .Select(group => group.Key)
            .FirstOrDefault();

    /// <summary>
    /// Whether a line is page furniture: made only of the document's symbol, page numbers, a job
    /// number with its language letter and dates, and bar codes.
    /// </summary>
    private static bool IsPageResidue(string line, string symbol)
    {
        var tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.All(token => IsPageResidueToken(token, symbol));
    }

    private static bool IsPageResidueToken(string token, string symbol)
    {
        if (string.Equals(UnSymbol.Normalise(token), symbol, StringComparison.Ordinal))
        {
            return true;
        }

        var pageOfPages = PageOfPages().Match(token);
        if (pageOfPages.Success)
        {
            var page = int.Parse(pageOfPages.Groups["page"].Value, CultureInfo.InvariantCulture);
            var pages = int.Parse(pageOfPages.Groups["pages"].Value, CultureInfo.InvariantCulture);
            return page >= 1 && page <= pages;
        }

        return FurnitureToken().IsMatch(token);
    }

    [GeneratedRegex(@"^_{3,}$")]
    private static partial Regex FootnoteSeparator();

    [GeneratedRegex(@"^\s*(?<number>\d{1,3})\s+(?<text>\S.*)$")]
    private static partial Regex FootnoteStart();

    [GeneratedRegex(@"^(?<page>\d{1,3})/(?<pages>\d{1,3})$")]
    private static partial Regex PageOfPages();

    // A page number, a job number ("18-18962") or its language letter ("(E)"), a six-digit date
    // stamp ("011118"), a bar code ("*1818962*").
    [GeneratedRegex(@"^(?:\d{1,3}|\d{2}-\d{5}|\([A-Z]\)|\d{6}|\*\d{7,}\*)$")]
    private static partial Regex FurnitureToken();
}
