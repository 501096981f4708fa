using System.Globalization;
using System.Text;

namespace NormsPortal.Data.Search.Query;

/// <summary>
/// Text rules the parser and the formatter share: how raw input is cleaned, where a token's word
/// starts and ends, and how a word is put in its canonical form.
/// </summary>
internal static class QueryText
{
    /// <summary>
    /// Makes any input safe to scan: at most <see cref="SearchQueryLimits.MaxInputLength"/> characters,
    /// no lone surrogates (which normalisation rejects), control characters as spaces, invisible format
    /// characters removed, NFKC (so full-width and compatibility forms read as their plain letters), and
    /// typographic double quotes as <c>"</c>.
    /// </summary>
    public static string Clean(string input, out bool shortened)
    {
        // A generous first cut bounds the work on huge inputs; normalisation may grow the text a little.
        shortened = input.Length > SearchQueryLimits.MaxInputLength * 2;
        var raw = shortened ? input[..(SearchQueryLimits.MaxInputLength * 2)] : input;

        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
            {
                builder.Append(c).Append(raw[++i]);
                continue;
            }
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.Format:
                    break;
                case UnicodeCategory.Control:
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(IsTypographicQuote(c) ? '"' : c);
                    break;
            }
        }

        var text = builder.ToString().Normalize(NormalizationForm.FormKC);
        if (text.Length > SearchQueryLimits.MaxInputLength)
        {
            shortened = true;
            text = Cut(text, SearchQueryLimits.MaxInputLength);
        }
        return text;
    }

    /// <summary>The first <paramref name="length"/> characters at most, never splitting a surrogate pair.</summary>
    public static string Cut(string text, int length)
    {
        if (text.Length <= length)
        {
            return text;
        }
        return char.IsHighSurrogate(text[length - 1]) ? text[..(length - 1)] : text[..length];
    }

    /// <summary>
    /// A token without the punctuation around it: it starts with a letter or digit and ends with a
    /// letter, digit, mark or (when <paramref name="keepStars"/>) the prefix star. Empty when the
    /// token holds no letter or digit.
    /// </summary>
    public static string Trim(string token, bool keepStars)
    {
        var start = 0;
        while (start < token.Length && !IsWordStart(token, start))
        {
            start++;
        }
        var end = token.Length;
        while (end > start && !IsWordEnd(token, end - 1, keepStars))
        {
            end--;
        }
        return token[start..end];
    }

    /// <summary>A word in canonical form: lower-case, at most <see cref="SearchQueryLimits.MaxWordLength"/> characters, trimmed.</summary>
    public static string CanonicalWord(string trimmed, out bool shortened)
    {
        var word = trimmed.ToLowerInvariant();
        shortened = word.Length > SearchQueryLimits.MaxWordLength;
        return shortened ? Trim(Cut(word, SearchQueryLimits.MaxWordLength), keepStars: false) : word;
    }

    private static bool IsWordStart(string text, int index) => IsLetterOrDigit(Category(text, index));

    private static bool IsWordEnd(string text, int index, bool keepStars)
    {
        if (keepStars && text[index] == '*')
        {
            return true;
        }
        var category = Category(text, index);
        return IsLetterOrDigit(category) || IsMark(category);
    }

    /// <summary>The category of the code point at or around <paramref name="index"/> (both halves of a surrogate pair give the pair's).</summary>
    private static UnicodeCategory Category(string text, int index) =>
        char.IsLowSurrogate(text[index]) && index > 0 && char.IsHighSurrogate(text[index - 1])
            ? CharUnicodeInfo.GetUnicodeCategory(text, index - 1)
            : CharUnicodeInfo.GetUnicodeCategory(text, index);

    private static bool IsLetterOrDigit(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool IsTypographicQuote(char c) => c is '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033';
}
