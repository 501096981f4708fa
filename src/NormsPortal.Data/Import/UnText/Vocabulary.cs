using System.Globalization;
using System.Text.RegularExpressions;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Import.UnText;

/// <summary>
/// The words the split-word repair trusts for one document: the <see cref="EnglishLexicon"/> for
/// English texts, plus every word the document itself uses at least twice (a fragment of a split
/// word occurs once, where the split is; names and terms of art recur).
/// </summary>
public sealed partial class Vocabulary
{
    private readonly bool _useEnglishLexicon;
    private readonly HashSet<string> _documentWords;

    private Vocabulary(bool useEnglishLexicon, HashSet<string> documentWords)
    {
        _useEnglishLexicon = useEnglishLexicon;
        _documentWords = documentWords;
    }

    /// <summary>The vocabulary for a text in <paramref name="language"/> (a two-letter code).</summary>
    public static Vocabulary ForDocument(string language, string documentText)
    {
        ArgumentNullException.ThrowIfNull(documentText);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match match in Word().Matches(documentText))
        {
            if (match.Length >= 2)
            {
                var word = Lower(match.Value);
                counts[word] = counts.GetValueOrDefault(word) + 1;
            }
        }

        var recurring = counts.Where(pair => pair.Value >= 2).Select(pair => pair.Key).ToHashSet(StringComparer.Ordinal);
        return new Vocabulary(IsEnglish(language), recurring);
    }

    /// <summary>Whether <paramref name="word"/> (letters, any case) is a word of this vocabulary.</summary>
    public bool IsWord(string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        var lower = Lower(word);
        if (lower.Length == 1)
        {
            // English has two one-letter words; for other languages ("o" is Spanish "or") any
            // letter may be one, which keeps the repair from joining there.
            return !_useEnglishLexicon || lower is "a" or "i";
        }

        return (_useEnglishLexicon && EnglishLexicon.Contains(lower)) || _documentWords.Contains(lower);
    }

    internal static bool IsEnglish(string language) => string.Equals(language, Languages.English, StringComparison.OrdinalIgnoreCase);

    private static string Lower(string word) => word.ToLower(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L}+(?![\p{L}\p{N}])")]
    private static partial Regex Word();
}
