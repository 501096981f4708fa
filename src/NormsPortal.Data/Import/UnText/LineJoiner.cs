using System.Text;

namespace NormsPortal.Data.Import.UnText;

/// <summary>
/// Joins printed lines into one running text. Lines meet with a space, except where a line ends
/// in a hyphen: a compound broken at its hyphen ("capacity-" / "building") is closed up, and so is
/// a hyphen the extraction spaced off at a line end ("Secretary -" / "General"), which is reported.
/// </summary>
public static class LineJoiner
{
    public static RepairedText Join(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var text = new StringBuilder();
        var repairs = new List<TextRepair>();
        foreach (var rawLine in lines)
        {
            var line = rawLine.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (text.Length == 0)
            {
                text.Append(line);
                continue;
            }

            var nextStartsWithLetter = char.IsLetter(line[0]);
            if (nextStartsWithLetter && EndsWithSpacedHyphen(text))
            {
                var before = LastWord(text);
                text.Length -= 2;
                text.Append('-').Append(line);
                repairs.Add(new TextRepair(UnTextMessageCodes.HyphenSpace,
                    $"{TextExcerpt.Quote(before)} at a line end joined to {TextExcerpt.Quote(FirstWord(line))} without the space"));
            }
            else if (nextStartsWithLetter && text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]))
            {
                text.Append(line);
            }
            else
            {
                text.Append(' ').Append(line);
            }
        }

        return new RepairedText(text.ToString(), repairs);
    }

    private static bool EndsWithSpacedHyphen(StringBuilder text) =>
        text.Length >= 3 && text[^1] == '-' && text[^2] == ' ' && char.IsLetter(text[^3]);

    private static string LastWord(StringBuilder text)
    {
        var content = text.ToString();
        var start = content.LastIndexOf(' ', content.Length - 3) + 1;
        return content[start..];
    }

    private static string FirstWord(string line)
    {
        var end = line.IndexOf(' ', StringComparison.Ordinal);
        return end < 0 ? line : line[..end];
    }
}
