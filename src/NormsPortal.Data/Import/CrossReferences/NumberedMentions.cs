using System.Globalization;
using System.Text.RegularExpressions;

namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>
/// Resolutions and decisions named by number after a noun: "resolution 70/237", "decision 72/512",
/// "Security Council resolution 1373 (2001)", and every number of a list such as "resolutions 36/103 of
/// 9 December 1981, 43/78 H of 7 December 1988 … and 71/28 of 5 December 2016". A bare number with no
/// noun before it ("70/174") is never a reference: without the noun it could as well be a report.
/// </summary>
internal static class NumberedMentions
{
    /// <summary>How far before a noun the extractor looks for the body that issued it.</summary>
    private const int IssuerWindow = 160;

    public static IEnumerable<ExtractedReference> Find(string text, NumberedMentionWords words, Issuer citingBody)
    {
        foreach (Match noun in words.Noun.Matches(text))
        {
            var category = DocumentCategories.OfNoun(noun.Value);
            var kind = category == DocumentCategory.Decision ? ReferenceKind.Decision : ReferenceKind.Resolution;
            var (namedBefore, firstStart) = IssuerBefore(text, noun.Index, words);
            var (items, namedAfter) = ReadList(text, noun.Index + noun.Length, words);

            // A body named after the numbers ("… of the Human Rights Council") is the more specific.
            var named = namedAfter ?? namedBefore;
            if (named == Issuer.Other)
            {
                continue;
            }

            // Unnamed, a list belongs to the body its dates point to; an undated number goes with the list,
            // a number whose date fits neither the Assembly nor the Council is another body's.
            var listBody = items.Select(item => item.Year is { } year ? DocumentNumbers.BodyByDate(item.Number, year) : null)
                .FirstOrDefault(body => body is Issuer.GeneralAssembly or Issuer.HumanRightsCouncil) ?? citingBody;
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var unnamed = (item.Year is { } year ? DocumentNumbers.BodyByDate(item.Number, year) : null) ?? listBody;
                var target = DocumentNumbers.Symbol(item.Number, named, unnamed, category);
                if (target is null)
                {
                    continue;
                }

                // The first number carries the words before it ("Human Rights Council resolutions 20/8").
                var number = item.Number.Groups["number"];
                var start = i == 0 ? firstStart : number.Index;
                var end = number.Index + number.Length;
                yield return new ExtractedReference(start, end - start, text[start..end], target, null, kind);

                // "53/243 A and B": the further parts of the same resolution.
                foreach (var part in item.MoreParts)
                {
                    var partTarget = target[..^1] + part.Value;
                    yield return new ExtractedReference(part.Index, part.Length, part.Value, partTarget, null, kind);
                }
            }
        }
    }

    /// <summary>The numbers after a noun, each with its date's year, and the body named among them.</summary>
    private static (List<ListItem> Items, Issuer? NamedAfter) ReadList(string text, int position, NumberedMentionWords words)
    {
        // "las resoluciones de la Asamblea General 74/247 y 75/282": the body between noun and numbers.
        Issuer? named = null;
        position = SkipIssuer(words.IssuerAfter, text, position, ref named);

        var items = new List<ListItem>();
        while (DocumentNumbers.NumberAt().Match(text, position) is { Success: true } number)
        {
            position = number.Index + number.Length;
            var moreParts = new List<Group>();
            if (number.Groups["part"].Success)
            {
                while (DocumentNumbers.MorePartsAt().Match(text, position) is { Success: true } part)
                {
                    moreParts.Add(part.Groups["part"]);
                    position = part.Index + part.Length;
                }
            }

            position = Skip(words.ItemDetails, text, position);
            position = SkipIssuer(words.IssuerAfter, text, position, ref named);
            var date = words.DateAfter.Match(text, position);
            int? year = null;
            if (date.Success)
            {
                year = int.Parse(date.Groups["year"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
                position = date.Index + date.Length;
            }

            position = SkipIssuer(words.IssuerAfter, text, position, ref named);
            position = Skip(words.ItemDetails, text, position);
            items.Add(new ListItem(number, year, moreParts));

            position = Skip(words.Description, text, position);
            var separator = words.ListSeparator.Match(text, position);
            if (!separator.Success)
            {
                break;
            }

            position = separator.Index + separator.Length;
        }

        return (items, named);
    }

    /// <summary>The body named before the noun, and where the first reference's words start.</summary>
    private static (Issuer? Issuer, int Start) IssuerBefore(string text, int nounStart, NumberedMentionWords words)
    {
        if (words.IssuerBefore is null)
        {
            return (null, nounStart);
        }

        var windowStart = Math.Max(0, nounStart - IssuerWindow);
        var known = words.IssuerBefore.Match(text, windowStart, nounStart - windowStart);
        if (known.Groups["either"].Success)
        {
            // "General Assembly and Security Council resolutions 70/262 and 2282 (2016)": each number's shape tells.
            return (null, known.Index);
        }

        if (known.Success)
        {
            // "the Human Rights Council, in its resolution 20/8": the body is not part of the mention's words.
            var start = known.Groups["via"].Success || known.Groups["councilReport"].Success ? nounStart : known.Index;
            return (DocumentIssuers.FromGroups(known), start);
        }

        return words.OtherBodyBefore?.Match(text, windowStart, nounStart - windowStart).Success == true
            ? (Issuer.Other, nounStart)
            : (null, nounStart);
    }

    private static int Skip(Regex words, string text, int position)
    {
        var match = words.Match(text, position);
        return match.Success ? match.Index + match.Length : position;
    }

    private static int SkipIssuer(Regex issuerWords, string text, int position, ref Issuer? named)
    {
        var match = issuerWords.Match(text, position);
        if (!match.Success)
        {
            return position;
        }

        named ??= DocumentIssuers.FromGroups(match);
        return match.Index + match.Length;
    }

    private sealed record ListItem(Match Number, int? Year, List<Group> MoreParts);
}
