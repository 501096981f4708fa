using System.Text.RegularExpressions;
using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>
/// Hyperlinks the source marked up, as references. The UN's markup often splits one mention over
/// several links to the same document ("43/1" + "3", "2625 (" + "XXV)", "43/78" + " H"): links to one
/// target that touch, or are separated by white space only, form one reference. A link to a resolution
/// that stops before its part letter ("43/78" in "43/78 H") takes the letter in: it means part H.
/// </summary>
internal static partial class LinkedMentions
{
    public static List<ExtractedReference> Find(string text, IEnumerable<ParsedLink> links)
    {
        var targeted = links
            .Where(link => link.Start >= 0 && link.Length > 0 && link.Start + link.Length <= text.Length)
            .Select(link => (link.Start, End: link.Start + link.Length, Target: HyperlinkTargets.SymbolOf(link.Href)))
            .Where(link => link.Target is not null)
            .OrderBy(link => link.Start)
            .ThenBy(link => link.End);

        var groups = new List<(int Start, int End, string Target)>();
        foreach (var (start, end, target) in targeted)
        {
            if (groups.Count > 0 && groups[^1] is var last && last.Target == target
                && (start <= last.End || string.IsNullOrWhiteSpace(text[last.End..start])))
            {
                groups[^1] = (last.Start, Math.Max(last.End, end), target!);
            }
            else
            {
                groups.Add((start, end, target!));
            }
        }

        return groups.Select(group => WithPartLetter(text, group)).ToList();
    }

    private static ExtractedReference WithPartLetter(string text, (int Start, int End, string Target) group)
    {
        var (start, end, target) = group;
        if (PartlessResolution().IsMatch(target))
        {
            // The letter follows the last digit of the number, inside the link or just after it.
            var lastDigit = text.AsSpan(start, end - start).LastIndexOfAnyInRange('0', '9');
            if (lastDigit >= 0 && PartLetters.ReadAt(text, start + lastDigit + 1) is { } part)
            {
                target += " " + part.Letter;
                end = Math.Max(end, part.End);
            }
        }

        return new ExtractedReference(start, end - start, text[start..end], target, null, ReferenceKind.Hyperlink);
    }

    [GeneratedRegex(@"^A/(?:HRC/)?(?:RES|DEC)/(?:E?S-)?\d{1,3}/\d{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex PartlessResolution();
}
