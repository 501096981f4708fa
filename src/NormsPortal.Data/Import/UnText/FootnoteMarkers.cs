using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NormsPortal.Data.Import.UnText;

/// <summary>A footnote marker found in a text: where it stood in the cleaned text, and the footnote.</summary>
public sealed record FootnoteMarker(int Offset, int Number);

/// <summary>A text with its footnote markers taken out, where they stood, and the repairs reported.</summary>
public sealed record FootnoteExtraction(string Text, IReadOnlyList<FootnoteMarker> Markers, IReadOnlyList<TextRepair> Repairs);

/// <summary>
/// Finds the footnote markers a PDF extraction left as plain digits and takes them out of the text.
/// A superscript "2" after "2015" comes out as "20152"; after "report," as "report, 2"; after
/// "Secretary-General," as "Secretary-General,1". The forms read are:
/// <list type="bullet">
/// <item>digits glued to a year: "20152" is 2015 and footnote 2;</item>
/// <item>digits glued to a word or to punctuation after a word: "General,1", "States2";</item>
/// <item>a number standing alone after a year or a word: "2013 3", "report, 2".</item>
/// </list>
/// Every candidate must be a footnote the document has and fit the citation order (see
/// <see cref="FootnoteCitations"/>). Numbers that belong to the text are left: anything in a
/// symbol ("A/70/174", "Corr.1"), a day before a month ("5 December"), a number after a word that
/// takes one ("paragraph 3", "No. 5"), after a function word ("of 2"), or after another number.
/// </summary>
public static partial class FootnoteMarkers
{
    // Words a real number follows: what it counts or numbers, and the small words before quantities.
    private static readonly HashSet<string> _wordsBeforeNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        "paragraph", "paragraphs", "para", "paras", "resolution", "resolutions", "decision", "decisions",
        "item", "items", "no", "nos", "number", "numbers", "chapter", "chapters", "chap", "section", "sections",
        "sect", "annex", "annexes", "article", "articles", "art", "rule", "rules", "page", "pages", "part", "parts",
        "principle", "principles", "recommendation", "recommendations", "goal", "goals", "target", "targets",
        "volume", "vol", "table", "figure", "session", "supplement", "step", "level", "phase", "option", "options",
        "footnote", "footnotes", "note", "notes", "protocol", "indicator", "indicators", "objective", "objectives",
        "conclusion", "conclusions", "a", "an", "the", "of", "on", "in", "at", "by", "from", "to", "and", "or",
        "than", "with", "for", "between", "about", "some", "all", "over", "under", "only", "its", "their", "these",
        "those", "first", "last", "next", "each", "every", "per", "within", "after", "before", "since", "until",
        "during", "among", "nearly", "approximately", "almost", "around", "least", "most", "into", "upon", "plus",
        "minus", "including", "are", "is", "were", "was", "be", "been", "which", "that", "just", "up",
    };

    // Abbreviations a number follows after a full stop ("No. 53", "Corr.1", "para. 4").
    private static readonly HashSet<string> _abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "rev", "corr", "add", "amend", "vol", "para", "paras", "chap", "sect", "art", "suppl",
        "res", "dec", "pv", "pp", "p", "op", "fig",
    };

    private static readonly HashSet<string> _wordsAfterDays = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "per", "percent", "%",
    };

    public static FootnoteExtraction Extract(string text, FootnoteCitations citations)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(citations);
        var tokens = Token().Matches(text);
        var output = new StringBuilder(text.Length);
        var markers = new List<FootnoteMarker>();
        var repairs = new List<TextRepair>();
        var copied = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            var core = TrailingPunctuation().Replace(token.Value, "");
            if (core.Contains('/', StringComparison.Ordinal))
            {
                continue;
            }

            var glued = GluedMarker(core);
            if (glued is (string kept, int number) && citations.CanCite(number))
            {
                // Keep what the digits were glued to; the marker stands right after it.
                output.Append(text, copied, token.Index + kept.Length - copied);
                markers.Add(new FootnoteMarker(output.Length, number));
                copied = token.Index + core.Length;
                citations.Cite(number);
                repairs.Add(new TextRepair(RepairCodes.GluedFootnote,
                    $"{TextExcerpt.Quote(core)} read as {TextExcerpt.Quote(kept)} with footnote {number}"));
                continue;
            }

            if (i > 0 && SpacedMarker(core, tokens[i - 1].Value, i + 1 < tokens.Count ? tokens[i + 1].Value : null) is { } spaced
                && citations.CanCite(spaced))
            {
                // Drop the space before the marker as well: it stands right after the previous word.
                var previousEnd = tokens[i - 1].Index + tokens[i - 1].Length;
                if (previousEnd < copied)
                {
                    continue;
                }

                output.Append(text, copied, previousEnd - copied);
                markers.Add(new FootnoteMarker(output.Length, spaced));
                copied = token.Index + core.Length;
                citations.Cite(spaced);
                repairs.Add(new TextRepair(RepairCodes.SpacedFootnote,
                    $"{TextExcerpt.Quote(tokens[i - 1].Value + " " + core)} read as {TextExcerpt.Quote(tokens[i - 1].Value)} with footnote {spaced}"));
            }
        }

        output.Append(text, copied, text.Length - copied);
        return new FootnoteExtraction(output.ToString(), markers, repairs);
    }

    /// <summary>Digits glued to a year, a word or punctuation: what to keep and the footnote number.</summary>
    private static (string Kept, int Number)? GluedMarker(string core)
    {
        var year = YearWithMarker().Match(core);
        if (year.Success)
        {
            return (year.Groups["kept"].Value, ParseNumber(year.Groups["marker"].Value));
        }

        var glued = TextWithMarker().Match(core);
        if (!glued.Success)
        {
            return null;
        }

        var kept = glued.Groups["kept"].Value;
        var number = ParseNumber(glued.Groups["marker"].Value);
        if (YearWithPunctuation().IsMatch(kept))
        {
            return (kept, number);
        }

        if (kept.Any(char.IsDigit))
        {
            return null;
        }

        var lastWord = LastWord().Match(kept).Value;
        if (char.IsLetter(kept[^1]))
        {
            // "States2" but not "G20" or "CO2": an acronym or a single letter carries real digits.
            return lastWord.Length >= 2 && lastWord.Any(char.IsLower) ? (kept, number) : null;
        }

        if (kept[^1] == '.' && (lastWord.Length < 2 || _abbreviations.Contains(lastWord)))
        {
            return null;
        }

        return (kept, number);
    }

    /// <summary>A number standing alone after a year or a word, where a number does not belong.</summary>
    private static int? SpacedMarker(string core, string previous, string? next)
    {
        if (!SmallNumber().IsMatch(core))
        {
            return null;
        }

        if (next is not null && (char.IsDigit(next[0]) || _wordsAfterDays.Contains(TrailingPunctuation().Replace(next, ""))))
        {
            return null;
        }

        if (!Year().IsMatch(previous))
        {
            var word = LastWord().Match(previous).Value;
            var endsWell = WordThenPunctuation().IsMatch(previous) && !previous.Any(char.IsDigit) && !previous.Contains('/', StringComparison.Ordinal);
            var isAbbreviation = previous.EndsWith('.') && (word.Length < 2 || _abbreviations.Contains(word));
            if (!endsWell || isAbbreviation || _wordsBeforeNumbers.Contains(word))
            {
                return null;
            }
        }

        return ParseNumber(core);
    }

    private static int ParseNumber(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    // One closing punctuation mark after a marker: "20152," stays "2015,".
    [GeneratedRegex(@"[,;:.]$")]
    private static partial Regex TrailingPunctuation();

    [GeneratedRegex(@"^(?<kept>[(“‘""]?(?:19|20)\d\d)(?<marker>\d{1,2})$")]
    private static partial Regex YearWithMarker();

    [GeneratedRegex(@"^(?<kept>.*[\p{L},;:.”’)\]])(?<marker>\d{1,2})$")]
    private static partial Regex TextWithMarker();

    [GeneratedRegex(@"^[(“‘""]?(?:19|20)\d\d[,;:.”’)]$")]
    private static partial Regex YearWithPunctuation();

    [GeneratedRegex(@"^[(“‘""]?(?:19|20)\d\d$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex SmallNumber();

    // A word, perhaps followed by closing punctuation: "report,", "security”", "(ICTs)".
    [GeneratedRegex(@"\p{L}[”’)\]]*[,;:.]?[”’)\]]*$")]
    private static partial Regex WordThenPunctuation();

    [GeneratedRegex(@"\p{L}+(?=\P{L}*$)")]
    private static partial Regex LastWord();
}
