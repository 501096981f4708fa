using System.Text.RegularExpressions;

namespace NormsPortal.Data.Import.UnText;

/// <summary>
/// Closes up a hyphen that has a space before it and a letter right after it ("Secretary -General"):
/// English never spaces a hyphen on one side only between two words, so the space is extraction
/// residue. A hyphen spaced on both sides, or only after ("capacity- and confidence-building"), is left.
/// </summary>
public static partial class HyphenSpace
{
    public static RepairedText Repair(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var repairs = new List<TextRepair>();
        var repaired = SpaceBeforeHyphen().Replace(text, match =>
        {
            var before = TextExcerpt.Around(text, match.Index, match.Index + match.Length);
            repairs.Add(new TextRepair(UnTextMessageCodes.HyphenSpace, $"{before}: space before the hyphen removed"));
            return "-";
        });
        return new RepairedText(repaired, repairs);
    }

    [GeneratedRegex(@"(?<=\p{L}) -(?=\p{L})")]
    private static partial Regex SpaceBeforeHyphen();
}
