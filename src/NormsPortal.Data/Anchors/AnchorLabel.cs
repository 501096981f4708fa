using System.Globalization;

namespace NormsPortal.Data.Anchors;

/// <summary>
/// An anchor in words, for readers who see only the anchor: the full form for accessible names,
/// "cited by" lists and votes (<c>op4a.ii</c> → "paragraph 4 (a) (ii)", <c>pp3</c> → "preambular
/// paragraph 3", <c>annex-op3</c> → "annex, paragraph 3"), the abbreviated form for lists and headings
/// (<c>op1.6</c> → "para. 1.6"). An anchor outside the grammar is shown as it is. Citations in a
/// style (UN, Bluebook, OSCOLA) are the Citations feature's, built on the same <see cref="ParsedAnchor"/>.
/// </summary>
public static class AnchorLabel
{
    /// <summary>"paragraph 4 (a) (ii)", "preambular paragraph 3", "footnote 2", "heading 3", "annex, paragraph 3", "enacting formula".</summary>
    public static string InFull(string anchor) => Describe(anchor, paragraph: "paragraph");

    /// <summary>"para. 1.6", "preambular para. 3", "footnote 2", "heading 3", "annex, para. 3", "enacting formula".</summary>
    public static string Abbreviated(string anchor) => Describe(anchor, paragraph: "para.");

    /// <summary>The UN way to name a paragraph of a document in running text: "A/RES/73/27, para. 1.6".</summary>
    public static string Reference(string symbol, string anchor) => symbol + ", " + Abbreviated(anchor);

    /// <summary>A label to start a line or a sentence: "Paragraph 4 (a)", "Annex, paragraph 3".</summary>
    public static string Capitalised(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label.Length == 0 ? label : char.ToUpperInvariant(label[0]) + label[1..];
    }

    /// <summary>The words for a section prefix: <c>annex</c> → "annex", <c>annex2</c> → "annex 2", <c>art4</c> → "article 4".</summary>
    public static string Section(string section)
    {
        var (name, number) = ParsedAnchor.ReadSection(section);
        var words = name switch
        {
            "art" => "article",
            "sec" => "section",
            var other => other,
        };
        return number.Length == 0 ? words : words + " " + number;
    }

    /// <summary>A paragraph's number and items as printed: "4 (a) (ii)", "1.6 (a)"; "(a)" for an item by position.</summary>
    public static string PrintedNumber(ParsedAnchor anchor)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        var items = anchor.Items.Select(item => "(" + item + ")");
        return string.Join(' ', anchor.Number.Length == 0 ? items : items.Prepend(anchor.Number));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Describe(string anchor, string paragraph)
    {
        ArgumentNullException.ThrowIfNull(anchor);
        if (!ParsedAnchor.TryParse(anchor, out var parsed))
        {
            return anchor;
        }

        var local = parsed.Kind switch
        {
            AnchorKind.Formula => "enacting formula",
            AnchorKind.Preamble => $"preambular {paragraph} {parsed.Designation}",
            AnchorKind.Footnote => "footnote " + parsed.Designation,
            AnchorKind.Heading when parsed.Items.Count > 0 => $"heading {Number(parsed.Position)}, item {PrintedNumber(parsed)}",
            AnchorKind.Heading => "heading " + Number(parsed.Position),
            _ => $"{paragraph} {PrintedNumber(parsed)}",
        };
        return parsed.Section is null ? local : Section(parsed.Section) + ", " + local;
    }
}
