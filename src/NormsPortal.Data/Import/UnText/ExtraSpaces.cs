using System.Text.RegularExpressions;

namespace NormsPortal.Data.Import.UnText;

/// <summary>
/// Makes every run of white space one space and trims the ends. Runs inside a text are extraction
/// residue (the width a superscript marker took, justified lines) and are reported.
/// </summary>
public static partial class ExtraSpaces
{
    public static RepairedText Collapse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var repairs = new List<TextRepair>();
        var collapsed = SpaceRun().Replace(trimmed, match =>
        {
            if (match.Value != " ")
            {
                var before = TextExcerpt.Around(trimmed, match.Index, match.Index + match.Length);
                repairs.Add(new TextRepair(UnTextMessageCodes.ExtraSpace, $"{before}: {match.Length} spaces made one"));
            }

            return " ";
        });
        return new RepairedText(collapsed, repairs);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpaceRun();
}
