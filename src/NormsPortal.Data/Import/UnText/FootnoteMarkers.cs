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
/// <item>digits glued to a year or a span of years: "20152" is 2015 and footnote 2, "2021–20252" 2021–2025 and footnote 2;</item>
/// <item>digits glued to a word, or to punctuation after a word, year or symbol: "General,1", "States2", "77/37,4";</item>
/// <item>a number standing alone after a year, or after a comma closing a word or symbol: "2013 3", "report, 2".</item>
/// </list>
/// Every candidate must be a footnote the document has and fit the citation order (see
/// <see cref="FootnoteCitations"/>). Numbers that belong to the text are left: digits of a
/// symbol ("A/70/174", "Corr.1"), a day before a month ("5 December"), a number after a word
/// ("paragraph 3", "No. 5", "of 2"), counts in a list ("1 P-4, 2 P-3"), and acronyms ("G20").
/// </summary>
public static partial class FootnoteMarkers
{
    // Abbreviations a number follows after a full stop ("No.5", "Corr.1", "para.4").
    private static readonly HashSet<string> _abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "rev", "corr", "add", "amend", "vol", "para", "paras", "chap", "sect", "art", "suppl",
        "res", "dec", "pv", "pp", "p", "op", "fig",
    };

    // Words that follow a count or a day rather than a marker: "5 December", "1 billion", "1 was injured".
    private static readonly HashSet<string> _wordsAfterNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "per", "percent", "%", "hundred", "thousand", "million", "billion", "trillion",
        "was", "were", "is", "are", "has", "have", "had", "of", "out",
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
            var glued = GluedMarker(core);
            if (glued is (string kept, int number) && citations.CanCite(number))
            {
                // Keep what the digits were glued to; the marker stands right after it.
                output.Append(text, copied, token.Index + kept.Length - copied);
                markers.Add(new FootnoteMarker(output.Length, number));
                copied = token.Index + core.Length;
                citations.Cite(number);
                repairs.Add(new TextRepair(UnTextMessageCodes.GluedFootnote,
                    $"{TextExcerpt.Quote(core)} read as {TextExcerpt.Quote(kept)} with footnote {number}"));
                continue;
            }

            if (i > 0 && SpacedMarker(core, tokens[i - 1].Value, TokenAt(tokens, i + 1), TokenAt(tokens, i + 2)) is { } spaced
                && !CountsEarlierInSentence(tokens, i) && citations.CanCite(spaced))
            {
                // Drop the space before the marker as well: it stands right after the previous word.
                var previousEnd = tokens[i - 1].Index + tokens[i - 1].Length;
                output.Append(text, copied, previousEnd - copied);
                markers.Add(new FootnoteMarker(output.Length, spaced));
                copied = token.Index + core.Length;
                citations.Cite(spaced);
                repairs.Add(new TextRepair(UnTextMessageCodes.SpacedFootnote,
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
        if (kept.Contains('/', StringComparison.Ordinal))
        {
            // A symbol takes a marker only after punctuation ("77/37,4"); "Rev.1" is part of it.
            return kept[^1] is ',' or ';' or ':' or ')' or '”' or '’' ? (kept, number) : null;
        }

        if (YearWithPunctuation().IsMatch(kept))
        {
            return (kept, number);
        }

        if (kept.Any(char.IsDigit))
        {
            return null;
        }

        // "States2" and "report.2", but not "G20", "CO2" or "resolution XIII.1": digits after a
        // capital letter, an acronym or a roman numeral belong to it.
        var lastWord = LastWord().Match(kept).Value;
        var endsInWord = char.IsLetter(kept[^1]) || kept[^1] == '.';
        if (endsInWord && (lastWord.Length < 2 || !lastWord.Any(char.IsLower)))
        {
            return null;
        }

        if (kept[^1] == '.' && _abbreviations.Contains(lastWord))
        {
            return null;
        }

        return (kept, number);
    }

    /// <summary>
    /// A number standing alone right after a year ("2013 3") or after punctuation closing a word or
    /// a symbol ("report, 2", "77/37, 4"). A number after a bare word is a count or a reference
    /// ("subprogramme 1", "category 2", "paragraph 3"), and one followed by more figures or by a
    /// verb is an item of a list of counts ("1 P-3, 2 P-4", "1 in 5", "none were killed, 1 was injured").
    /// </summary>
    private static int? SpacedMarker(string core, string previous, string? next, string? afterNext)
    {
        if (!SmallNumber().IsMatch(core))
        {
            return null;
        }

        if (next is not null && (char.IsDigit(next[0]) || _wordsAfterNumbers.Contains(TrailingPunctuation().Replace(next, ""))))
        {
            return null;
        }

        if (Year().IsMatch(previous))
        {
            return ParseNumber(core);
        }

        var afterWordOrSymbol = WordThenPunctuation().IsMatch(previous)
            ? !previous.Any(char.IsDigit)
            : previous.Contains('/', StringComparison.Ordinal) && previous[^1] is ',' or ';';
        var figuresFollow = (next?.Any(char.IsDigit) ?? false) || (afterNext?.Any(char.IsDigit) ?? false);
        return afterWordOrSymbol && !figuresFollow ? ParseNumber(core) : null;
    }

    /// <summary>
    /// Whether a count ("1 Safety Officer", "170 Member States") stands earlier in the sentence of
    /// token <paramref name="index"/> (back to a full stop or colon): then a number after a comma
    /// is the next count of a list ("…, 1 Information Technology Assistant"), not a marker. A day
    /// before a month is no count.
    /// </summary>
    private static bool CountsEarlierInSentence(MatchCollection tokens, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var token = tokens[i].Value;
            if (token[^1] is '.' or ':')
            {
                return false;
            }

            var following = tokens[i + 1].Value;
            if (Count().IsMatch(token) && char.IsLetter(following[0]) && !_wordsAfterNumbers.Contains(TrailingPunctuation().Replace(following, "")))
            {
                return true;
            }
        }

        return false;
    }

    private static string? TokenAt(MatchCollection tokens, int index) => index < tokens.Count ? tokens[index].Value : null;

    private static int ParseNumber(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    // One closing punctuation mark after a marker: "20152," stays "2015,".
    [GeneratedRegex(@"[,;:.]$")]
    private static partial Regex TrailingPunctuation();

    // A year, or a span of years ("2021–2025"), perhaps after an opening bracket or quotation mark.
    private const string YearPattern = @"[(“‘""]?(?:(?:19|20)\d\d[–-])?(?:19|20)\d\d";

    [GeneratedRegex("^(?<kept>" + YearPattern + @")(?<marker>\d{1,2})$")]
    private static partial Regex YearWithMarker();

    [GeneratedRegex(@"^(?<kept>.*[\p{L},;:.”’)\]])(?<marker>\d{1,2})$")]
    private static partial Regex TextWithMarker();

    [GeneratedRegex("^" + YearPattern + "[,;:.”’)]$")]
    private static partial Regex YearWithPunctuation();

    [GeneratedRegex("^" + YearPattern + "$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^\d{1,2}$")]
    private static partial Regex SmallNumber();

    [GeneratedRegex(@"^\(?\d{1,3}$")]
    private static partial Regex Count();

    // A word followed by a comma or semicolon, or by a closing quotation mark or bracket: "report,", "security”", "(ICTs)".
    [GeneratedRegex(@"\p{L}(?:[”’)\]]+[,;]?|[,;])$")]
    private static partial Regex WordThenPunctuation();

    [GeneratedRegex(@"\p{L}+(?=\P{L}*$)")]
    private static partial Regex LastWord();
}
