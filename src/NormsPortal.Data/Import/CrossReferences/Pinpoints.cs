using System.Text.RegularExpressions;
using NormsPortal.Data.Anchors;

namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>
/// Paragraph pinpoints: "paragraph 3 above", "paragraphs 5 and 6 of the present resolution",
/// "paragraph 3 of that resolution", "paragraph 13 (f) of the report", "paragraph 2 of resolution 70/237",
/// "resolution 70/237, paragraph 2", "A/75/394, para. 17", "Ibid., para. 5". Each paragraph number is a
/// reference of its own, with the anchor of that paragraph; the document's own mention ("resolution
/// 70/237") stays a separate reference to the whole document. A range ("paragraphs 2 to 4") links its ends.
/// </summary>
internal static partial class Pinpoints
{
    private const string AnnexSection = "annex";

    /// <summary>The pinpoints in <paramref name="text"/>, given the <paramref name="documents"/> it mentions (in text order).</summary>
    public static IEnumerable<ExtractedReference> Find(
        string text, PinpointWords words, IReadOnlyList<ExtractedReference> documents, ReferenceContext context)
    {
        foreach (Match noun in words.Noun.Matches(text))
        {
            var labels = new List<Group>();
            var position = noun.Index + noun.Length;
            while (LabelAt().Match(text, position) is { Success: true } label)
            {
                labels.Add(label.Groups["label"]);
                position = label.Index + label.Length;
                var separator = words.LabelSeparator.Match(text, position);
                if (!separator.Success)
                {
                    break;
                }

                position = separator.Index + separator.Length;
            }

            if (labels.Count == 0)
            {
                continue;
            }

            var lastLabelEnd = labels[^1].Index + labels[^1].Length;
            var target = Target(text, noun.Index, words.Tail.Match(text, lastLabelEnd), documents, context);
            if (target is null)
            {
                continue;
            }

            for (var i = 0; i < labels.Count; i++)
            {
                var anchor = Anchor(labels[i].Value, target.Value.Section);
                if (anchor is null)
                {
                    continue;
                }

                var start = i == 0 ? noun.Index : labels[i].Index;
                var end = labels[i].Index + labels[i].Length;
                yield return new ExtractedReference(start, end - start, text[start..end], target.Value.Symbol, anchor, target.Value.Kind);
            }
        }
    }

    /// <summary>
    /// The anchor of a printed paragraph label in a section: "13 (f)" → <c>op13f</c>,
    /// "4 (a) (ii)" → <c>op4a.ii</c>, "1.6" → <c>op1.6</c>, "3" in the annex → <c>annex-op3</c>.
    /// </summary>
    public static string? Anchor(string label, string? section)
    {
        var parts = LabelParts().Match(label);
        if (!parts.Success)
        {
            return null;
        }

        var anchor = ProvisionAnchor.Operative(parts.Groups["number"].Value, section);
        foreach (Capture item in parts.Groups["item"].Captures)
        {
            anchor = ProvisionAnchor.Item(anchor, item.Value);
        }

        return ProvisionAnchor.IsValid(anchor) ? anchor : null;
    }

    private static (string Symbol, string? Section, ReferenceKind Kind)? Target(
        string text, int nounStart, Match tail, IReadOnlyList<ExtractedReference> documents, ReferenceContext context)
    {
        var annex = tail.Groups["annex"].Success ? AnnexSection : null;
        if (tail.Groups["here"].Success)
        {
            return (context.CitingSymbol, context.CitingSection, ReferenceKind.OwnParagraph);
        }

        if (tail.Groups["selfNoun"].Success)
        {
            var section = IsAnnexNoun(tail.Groups["selfNoun"].Value) ? AnnexSection : annex;
            return (context.CitingSymbol, section, ReferenceKind.OwnParagraph);
        }

        if (tail.Groups["thatNoun"].Success)
        {
            var category = DocumentCategories.OfNoun(tail.Groups["thatNoun"].Value);
            var named = documents.LastOrDefault(d => d.End <= nounStart && DocumentCategories.Of(d.TargetSymbol) == category)?.TargetSymbol
                ?? context.LastNamed(category);
            return named is null ? null : (named, annex, ReferenceKind.Paragraph);
        }

        // "paragraph 2 of [its] resolution 70/237": the mention must start where the tail's words end.
        if (tail.Groups["explicit"].Success)
        {
            var tailEnd = tail.Index + tail.Length;
            var following = documents.FirstOrDefault(d => d.Start == tailEnd);
            if (following is not null)
            {
                return (following.TargetSymbol, annex, ReferenceKind.Paragraph);
            }
        }

        // "resolution 70/237, paragraph 2", "A/75/394, para. 17", "Ibid., para. 5".
        var preceding = documents.LastOrDefault(d => d.End <= nounStart);
        return preceding is not null && OnlyComma().IsMatch(text.AsSpan(preceding.End, nounStart - preceding.End))
            ? (preceding.TargetSymbol, null, ReferenceKind.Paragraph)
            : null;
    }

    private static bool IsAnnexNoun(string noun) =>
        noun.StartsWith("anne", StringComparison.OrdinalIgnoreCase) || noun.StartsWith("anex", StringComparison.OrdinalIgnoreCase);

    /// <summary>A paragraph number after a pinpoint noun: "3", "1.6", "13 (f)", "4 (a) (ii)", Spanish "1 a)".</summary>
    [GeneratedRegex(@"\G\s+(?<label>\d{1,3}(?:\.\d{1,3})*(?:[\u0020\u00A0]?\(?[a-z]{1,5}\))*)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex LabelAt();

    [GeneratedRegex(@"^(?<number>\d{1,3}(?:\.\d{1,3})*)(?:[\u0020\u00A0]?(?<item>\(?[a-z]{1,5}\)))*$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelParts();

    [GeneratedRegex(@"^\s*,\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex OnlyComma();
}
