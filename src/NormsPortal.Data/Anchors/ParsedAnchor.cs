using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace NormsPortal.Data.Anchors;

/// <summary>
/// An anchor read by the one grammar (see <see cref="ProvisionAnchor"/>): its section prefix, what it
/// names and the rest of it. <see cref="ToString"/> writes it back exactly as it was read, so
/// <c>Parse(a).ToString() == a</c> for every valid anchor; the numbers and labels are read from
/// <see cref="Designation"/> on demand.
/// </summary>
/// <param name="Section">Where numbering restarts (<c>annex</c>, <c>annex2</c>, <c>art4</c>), or null in the main text.</param>
/// <param name="Kind">What the anchor names.</param>
/// <param name="Designation">
/// What follows the kind's prefix: <c>3</c> of <c>pp3</c>, <c>4a.ii</c> of <c>op4a.ii</c>,
/// <c>3a</c> of <c>oph3a</c>, <c>2</c> of <c>fn2</c>; empty for the formula.
/// </param>
public sealed partial record ParsedAnchor(string? Section, AnchorKind Kind, string Designation)
{
    /// <summary>The anchor read, or null when it does not follow the grammar.</summary>
    public static ParsedAnchor? Parse(string? anchor)
    {
        var match = anchor is null ? null : AnchorPattern().Match(anchor);
        if (match is not { Success: true })
        {
            return null;
        }

        var section = match.Groups["section"] is { Success: true } prefix ? prefix.Value : null;
        var (kind, designation) =
            match.Groups["formula"].Success ? (AnchorKind.Formula, "")
            : match.Groups["pp"].Success ? (AnchorKind.Preamble, match.Groups["pp"].Value)
            : match.Groups["fn"].Success ? (AnchorKind.Footnote, match.Groups["fn"].Value)
            : match.Groups["heading"].Success ? (AnchorKind.Heading, match.Groups["heading"].Value)
            : (AnchorKind.Paragraph, match.Groups["op"].Value);
        return new ParsedAnchor(section, kind, designation);
    }

    /// <summary>Reads <paramref name="anchor"/>; false when it does not follow the grammar.</summary>
    public static bool TryParse(string? anchor, [NotNullWhen(true)] out ParsedAnchor? parsed)
    {
        parsed = Parse(anchor);
        return parsed is not null;
    }

    /// <summary>A preambular paragraph's or a heading's position (1-based); 0 for the other kinds.</summary>
    public int Position => Kind switch
    {
        AnchorKind.Preamble => int.Parse(Designation, CultureInfo.InvariantCulture),
        AnchorKind.Heading => int.Parse(LeadingDigits().Match(Designation).Value, CultureInfo.InvariantCulture),
        _ => 0,
    };

    /// <summary>
    /// A paragraph's printed number (<c>1.6</c> of <c>op1.6a</c>), empty for an item anchored by position
    /// (<c>opa</c>, <c>opx1b</c>); a footnote's number; empty for the other kinds.
    /// </summary>
    public string Number => Kind switch
    {
        AnchorKind.Paragraph => ParagraphParts().Match(Designation).Groups["number"].Value,
        AnchorKind.Footnote => Designation,
        _ => "",
    };

    /// <summary>
    /// The item labels below a paragraph's number or a heading: <c>op4a.ii</c> → a, ii; <c>op1.6a</c> → a;
    /// <c>oph3a</c> → a; <c>opx1b</c> → b (<c>x1</c> only tells one unnumbered list from another).
    /// </summary>
    public IReadOnlyList<string> Items
    {
        get
        {
            var rest = Kind switch
            {
                AnchorKind.Paragraph => Designation,
                AnchorKind.Heading => Designation[LeadingDigits().Match(Designation).Length..],
                _ => "",
            };
            var parts = ParagraphParts().Match(rest);
            List<string> items = parts.Groups["first"].Success ? [parts.Groups["first"].Value] : [];
            items.AddRange(parts.Groups["item"].Captures.Select(c => c.Value));
            return items;
        }
    }

    /// <summary>A paragraph with no printed number: an item of an unnumbered paragraph, cited by its printed label.</summary>
    public bool IsByPosition => Kind == AnchorKind.Paragraph && Number.Length == 0;

    /// <summary>
    /// A section prefix's name and number: <c>annex</c> → (annex, ""), <c>annex2</c> → (annex, 2),
    /// <c>annexiv</c> → (annex, iv), <c>art4a</c> → (art, 4a); a prefix of other letters is all name.
    /// </summary>
    public static (string Name, string Number) ReadSection(string section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var match = SectionParts().Match(section);
        return match.Success ? (match.Groups["name"].Value, match.Groups["number"].Value) : (section, "");
    }

    /// <summary>The anchor, exactly as read.</summary>
    public override string ToString()
    {
        var local = Kind switch
        {
            AnchorKind.Formula => ProvisionAnchor.Formula,
            AnchorKind.Preamble => ProvisionAnchor.PreamblePrefix + Designation,
            AnchorKind.Footnote => ProvisionAnchor.FootnotePrefix + Designation,
            AnchorKind.Heading => ProvisionAnchor.HeadingPrefix + Designation,
            _ => ProvisionAnchor.OperativePrefix + Designation,
        };
        return Section is null ? local : Section + "-" + local;
    }

    // The whole grammar. "oph" before "op": h is never a printed paragraph number.
    [GeneratedRegex(
        @"^(?:(?<section>[a-z0-9]+)-)?(?:(?<formula>formula)|pp(?<pp>[0-9]+)|fn(?<fn>[0-9a-z]+)|oph(?<heading>[0-9]+(?:[a-z][0-9a-z]*)?(?:\.[0-9a-z]+)*)|op(?<op>[0-9a-z]+(?:\.[0-9a-z]+)*))$",
        RegexOptions.CultureInvariant)]
    private static partial Regex AnchorPattern();

    // A paragraph's designation: a printed number (1, 1.6) or a list's position (x1: the first list
    // under no paragraph; p12: under the twelfth unnumbered paragraph), then item labels.
    [GeneratedRegex(@"^(?:(?<number>[0-9]+(?:\.[0-9]+)*)|(?<list>[xp][0-9]+))?(?<first>[a-z][0-9a-z]*)?(?:\.(?<item>[0-9a-z]+))*$", RegexOptions.CultureInvariant)]
    private static partial Regex ParagraphParts();

    // Annexes may be numbered in Roman numerals in the anchor too (annexiv).
    [GeneratedRegex("^(?<name>annex|[a-z]+?)(?<number>[0-9]+[a-z]?|(?<=annex)[ivxl]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex SectionParts();

    [GeneratedRegex("^[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingDigits();
}
