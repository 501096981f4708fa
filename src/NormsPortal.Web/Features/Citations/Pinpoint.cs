using System.Globalization;
using System.Text.RegularExpressions;
using NormsPortal.Data.Anchors;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Citations;

/// <summary>What part of a work a pinpoint names.</summary>
public enum PinpointKind
{
    /// <summary>A preambular paragraph, cited by its position ("third preambular paragraph").</summary>
    Preamble,

    /// <summary>A numbered paragraph or an item in one ("para. 4 (a) (ii)").</summary>
    Paragraph,

    /// <summary>A footnote ("footnote 2").</summary>
    Footnote,

    /// <summary>A heading: by its printed number when it has one ("sect. III"), else by position ("heading 3").</summary>
    Heading,
}

/// <summary>
/// A paragraph of a work as citations name it, read from its anchor (and, when the portal holds the
/// text, from the provision's kind and printed number): <c>op4a.ii</c> is paragraph 4 (a) (ii),
/// <c>pp3</c> the third preambular paragraph, <c>annex-op3</c> paragraph 3 of the annex.
/// </summary>
/// <param name="Anchor">The anchor as in the portal's URLs.</param>
/// <param name="Kind">What the anchor names.</param>
/// <param name="Section">Where numbering restarts, as printed ("annex", "annex II", "art. 4"), or null.</param>
/// <param name="Labels">A paragraph's number and item labels (<c>["4", "a", "ii"]</c>), a footnote's or heading's number.</param>
/// <param name="Position">A preambular paragraph's or unnumbered heading's position (1-based); 0 otherwise.</param>
public sealed partial record Pinpoint(string Anchor, PinpointKind Kind, string? Section, IReadOnlyList<string> Labels, int Position)
{
    /// <summary>
    /// Reads <paramref name="anchor"/>; <paramref name="kind"/> and <paramref name="printedNumber"/> are the
    /// provision's when the text is held (they tell a heading from a paragraph). Null when the anchor names
    /// nothing a citation can point at.
    /// </summary>
    public static Pinpoint? Parse(string anchor, ProvisionKind? kind = null, string? printedNumber = null)
    {
        if (!ProvisionAnchor.IsValid(anchor))
        {
            return null;
        }

        var (prefix, local) = ProvisionAnchor.SplitSection(anchor);
        var section = prefix is null ? null : SectionName(prefix);
        if (local.StartsWith(ProvisionAnchor.PreamblePrefix, StringComparison.Ordinal))
        {
            return new Pinpoint(anchor, PinpointKind.Preamble, section, [], int.Parse(local[2..], CultureInfo.InvariantCulture));
        }

        if (local.StartsWith(ProvisionAnchor.FootnotePrefix, StringComparison.Ordinal))
        {
            return new Pinpoint(anchor, PinpointKind.Footnote, section, [local[2..]], 0);
        }

        var body = local[ProvisionAnchor.OperativePrefix.Length..];
        var heading = HeadingPosition().Match(body);
        if (kind == ProvisionKind.Heading || heading.Success)
        {
            var number = printedNumber?.Trim().TrimEnd('.');
            return !string.IsNullOrEmpty(number)
                ? new Pinpoint(anchor, PinpointKind.Heading, section, [number], 0)
                : heading.Success
                    ? new Pinpoint(anchor, PinpointKind.Heading, section, [], int.Parse(heading.Groups[1].Value, CultureInfo.InvariantCulture))
                    : null;
        }

        // A paragraph anchored by position (an item with no numbered parent) is cited by its printed label.
        var labels = ParagraphLabels(body) ?? (string.IsNullOrWhiteSpace(printedNumber) ? null : [printedNumber.Trim()]);
        return labels is null ? null : new Pinpoint(anchor, PinpointKind.Paragraph, section, labels, 0);
    }

    /// <summary>
    /// "1.6" stays one number; item letters and numerals are labels of their own:
    /// <c>4a.ii</c> → 4, a, ii; <c>1.6a</c> → 1.6, a. Null for a positional anchor (<c>opx1</c>, <c>oppp2.a</c>).
    /// </summary>
    private static List<string>? ParagraphLabels(string body)
    {
        var match = ParagraphPattern().Match(body);
        if (!match.Success)
        {
            return null;
        }

        List<string> labels = [match.Groups["number"].Value];
        if (match.Groups["letter"].Success)
        {
            labels.Add(match.Groups["letter"].Value);
        }

        labels.AddRange(match.Groups["item"].Captures.Select(c => c.Value));
        return labels;
    }

    /// <summary>"annex" → annex, "annex2"/"annexii" → annex II, "art4" → art. 4; other prefixes as they are.</summary>
    private static string SectionName(string prefix)
    {
        var annex = AnnexPrefix().Match(prefix);
        if (annex.Success)
        {
            var number = annex.Groups[1].Value;
            return number.Length == 0 ? "annex" : "annex " + RomanNumeral(number);
        }

        var article = ArticlePrefix().Match(prefix);
        return article.Success ? "art. " + article.Groups[1].Value : prefix;
    }

    /// <summary>Annexes are numbered in Roman numerals; an anchor may carry either form.</summary>
    private static string RomanNumeral(string number)
    {
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > 39)
        {
            return number.ToUpperInvariant();
        }

        string[] tens = ["", "X", "XX", "XXX"];
        string[] ones = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"];
        return tens[value / 10] + ones[value % 10];
    }

    [GeneratedRegex(@"^h(\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPosition();

    [GeneratedRegex(@"^(?<number>\d+(?:\.\d+)*)(?<letter>[a-z])?(?:\.(?<item>[a-z]+|\d+))*$", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphPattern();

    [GeneratedRegex(@"^annex(\d+|[ivx]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AnnexPrefix();

    [GeneratedRegex(@"^art(\d+[a-z]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticlePrefix();
}
