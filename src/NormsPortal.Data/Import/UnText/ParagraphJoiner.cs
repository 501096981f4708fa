using System.Text.RegularExpressions;

namespace NormsPortal.Data.Import.UnText;

/// <summary>A paragraph as printed, its lines joined, with the repairs the joining made.</summary>
internal sealed record JoinedParagraph(int LineNumber, string Text, IReadOnlyList<TextRepair> Repairs);

/// <summary>
/// Groups printed lines into paragraphs. A paragraph begins on an indented line (or the first
/// line of a page, whose indentation the extraction does not keep reliably), unless that line
/// starts in lower case or the paragraph before it has not reached the end of a clause: then a
/// page break interrupted a paragraph, as in "… that voluntary and" / footnotes / "non-binding …".
/// </summary>
internal static partial class ParagraphJoiner
{
    public static List<JoinedParagraph> Join(IEnumerable<LayoutLine> lines)
    {
        var groups = new List<List<LayoutLine>>();
        foreach (var line in lines)
        {
            if (groups.Count == 0 || StartsParagraph(line, groups[^1][^1]))
            {
                groups.Add([line]);
            }
            else
            {
                groups[^1].Add(line);
            }
        }

        return groups.Select(ToParagraph).ToList();
    }

    private static bool StartsParagraph(LayoutLine line, LayoutLine previous) =>
        (line.Indented || line.StartsPage)
        && !char.IsLower(line.Text[0])
        && (EndOfClause().IsMatch(previous.Text) || NumberLabel().IsMatch(line.Text));

    private static JoinedParagraph ToParagraph(List<LayoutLine> lines)
    {
        var joined = LineJoiner.Join(lines.Select(line => line.Text));
        var repairs = new List<TextRepair>(joined.Repairs);
        foreach (var line in lines.Skip(1).Where(line => line.StartsPage))
        {
            repairs.Add(new TextRepair(UnTextMessageCodes.PageJoin,
                $"the paragraph goes on across a page break at line {line.LineNumber}: {TextExcerpt.Quote(line.Text)}"));
        }

        return new JoinedParagraph(lines[0].LineNumber, joined.Text, repairs);
    }

    // A clause ends in punctuation, perhaps followed by a closing quote and a footnote marker ("General,1").
    [GeneratedRegex(@"[,;:.][”’"")\]]?\d{0,3}$")]
    private static partial Regex EndOfClause();

    // "1.", "1.1.", "(a)": the printed number of an operative paragraph or an item.
    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\.|\([a-z]{1,4}\))\s")]
    private static partial Regex NumberLabel();
}
