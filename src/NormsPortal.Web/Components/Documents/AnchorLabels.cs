using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NormsPortal.Data.Anchors;

namespace NormsPortal.Web.Components.Documents;

/// <summary>
/// Reads an anchor back as words a reader recognises: <c>pp3</c> → "preambular paragraph 3",
/// <c>op4a</c> → "paragraph 4 (a)", <c>annex-op3</c> → "annex, paragraph 3". Used for accessible
/// names of permalinks and for "cited by" entries, where only the anchor is known.
/// </summary>
public static partial class AnchorLabels
{
    public static string Describe(string anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var (section, local) = ProvisionAnchor.SplitSection(anchor);
        var described = DescribeLocal(local);
        return section is null ? described : $"{DescribeSection(section)}, {described}";
    }

    private static string DescribeLocal(string local)
    {
        if (local.StartsWith(ProvisionAnchor.PreamblePrefix, StringComparison.Ordinal) && IsDigits(local[2..]))
        {
            return "preambular paragraph " + local[2..];
        }

        if (local.StartsWith(ProvisionAnchor.FootnotePrefix, StringComparison.Ordinal) && local.Length > 2)
        {
            return "footnote " + local[2..];
        }

        // "oph3": a heading by position ('h' is never a printed paragraph number).
        var heading = HeadingPattern().Match(local);
        if (heading.Success)
        {
            var rest = heading.Groups[2].Value;
            return "heading " + heading.Groups[1].Value + (rest.Length == 0 ? "" : ", item " + PrintedNumber(rest));
        }

        if (local.StartsWith(ProvisionAnchor.OperativePrefix, StringComparison.Ordinal) && local.Length > 2)
        {
            return "paragraph " + PrintedNumber(local[2..]);
        }

        return local;
    }

    /// <summary><c>1.6</c> → "1.6", <c>4a</c> → "4 (a)", <c>4a.ii</c> → "4 (a) (ii)".</summary>
    private static string PrintedNumber(string label)
    {
        var builder = new StringBuilder();
        var previousWasNumber = false;
        foreach (Match token in TokenPattern().Matches(label))
        {
            var isNumber = char.IsAsciiDigit(token.Value[0]);
            if (isNumber)
            {
                builder.Append(previousWasNumber ? "." : builder.Length > 0 ? " " : "").Append(token.Value);
            }
            else
            {
                builder.Append(builder.Length > 0 ? " (" : "(").Append(token.Value).Append(')');
            }

            previousWasNumber = isNumber;
        }

        return builder.Length == 0 ? label : builder.ToString();
    }

    private static string DescribeSection(string section)
    {
        var match = SectionPattern().Match(section);
        if (!match.Success)
        {
            return section;
        }

        var name = match.Groups[1].Value switch
        {
            "art" => "article",
            "sec" => "section",
            var other => other,
        };
        var number = match.Groups[2].Value;
        return number.Length == 0 ? name : string.Create(CultureInfo.InvariantCulture, $"{name} {number}");
    }

    private static bool IsDigits(string text) => text.Length > 0 && text.All(char.IsAsciiDigit);

    [GeneratedRegex("^oph([0-9]+)([0-9a-z.]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPattern();

    [GeneratedRegex("[0-9]+|[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^([a-z]+)([0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionPattern();
}
