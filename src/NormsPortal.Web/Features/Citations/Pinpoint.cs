using System.Globalization;
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
public sealed record Pinpoint(string Anchor, PinpointKind Kind, string? Section, IReadOnlyList<string> Labels, int Position)
{
    /// <summary>
    /// Reads <paramref name="anchor"/> with the anchor grammar; <paramref name="kind"/> and <paramref name="printedNumber"/>
    /// are the provision's when the text is held (they tell a heading from a paragraph). Null when the anchor names
    /// nothing a citation can point at (the enacting formula is not a paragraph).
    /// </summary>
    public static Pinpoint? Parse(string anchor, ProvisionKind? kind = null, string? printedNumber = null)
    {
        if (!ParsedAnchor.TryParse(anchor, out var parsed))
        {
            return null;
        }

        var section = parsed.Section is null ? null : SectionName(parsed.Section);
        switch (parsed.Kind)
        {
            case AnchorKind.Formula:
                return null;
            case AnchorKind.Preamble:
                return new Pinpoint(anchor, PinpointKind.Preamble, section, [], parsed.Position);
            case AnchorKind.Footnote:
                return new Pinpoint(anchor, PinpointKind.Footnote, section, [parsed.Number], 0);
        }

        var isHeading = parsed.Kind == AnchorKind.Heading && parsed.Items.Count == 0;
        if (kind == ProvisionKind.Heading || isHeading)
        {
            var number = printedNumber?.Trim().TrimEnd('.');
            return !string.IsNullOrEmpty(number)
                ? new Pinpoint(anchor, PinpointKind.Heading, section, [number], 0)
                : isHeading
                    ? new Pinpoint(anchor, PinpointKind.Heading, section, [], parsed.Position)
                    : null;
        }

        // "1.6" stays one number; item letters and numerals are labels of their own (4a.ii → 4, a, ii).
        // A paragraph anchored by position (an item with no numbered parent, or under a heading) is cited by its printed label.
        IReadOnlyList<string>? labels = parsed is { Kind: AnchorKind.Paragraph, IsByPosition: false }
            ? [parsed.Number, .. parsed.Items]
            : string.IsNullOrWhiteSpace(printedNumber) ? null : [printedNumber.Trim()];
        return labels is null ? null : new Pinpoint(anchor, PinpointKind.Paragraph, section, labels, 0);
    }

    /// <summary>"annex" → annex, "annex2"/"annexii" → annex II, "art4" → art. 4; other prefixes as they are.</summary>
    private static string SectionName(string prefix)
    {
        var (name, number) = ParsedAnchor.ReadSection(prefix);
        return name switch
        {
            "annex" => number.Length == 0 ? "annex" : "annex " + RomanNumeral(number),
            "art" when number.Length > 0 => "art. " + number,
            _ => prefix,
        };
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
}
