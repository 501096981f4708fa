using System.Text;
using System.Text.RegularExpressions;

namespace NormsPortal.Data.Import.UnText;

/// <summary>
/// Joins a word the PDF extraction split with a space ("o f" → "of", "consul tative" →
/// "consultative"). Two neighbouring words are joined when the joined form is a word and the two
/// parts are not both words, so real pairs ("a part", "some times", "in formation") stay apart.
/// The second part must be lower-case: a split inside a word never starts a capital. A lone
/// capital letter names something ("resolution 48/75 L and", "option D in") and is left alone.
/// </summary>
public static partial class SplitWords
{
    public static RepairedText Join(string text, Vocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var tokens = Token().Matches(text);
        var repairs = new List<TextRepair>();
        var output = new StringBuilder(text.Length);
        var copied = 0;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var left = tokens[i];
            var right = tokens[i + 1];
            var separatedByOneSpace = right.Index == left.Index + left.Length + 1 && text[left.Index + left.Length] == ' ';
            if (!separatedByOneSpace || !IsSplitWord(left.Value, right.Value, vocabulary, out var joined))
            {
                continue;
            }

            output.Append(text, copied, left.Index + left.Length - copied);
            copied = right.Index;
            repairs.Add(new TextRepair(UnTextMessageCodes.SplitWord, $"{TextExcerpt.Quote(left.Value + " " + right.Value)} joined into {TextExcerpt.Quote(joined)}"));
            i++;
        }

        output.Append(text, copied, text.Length - copied);
        return new RepairedText(output.ToString(), repairs);
    }

    private static bool IsSplitWord(string leftToken, string rightToken, Vocabulary vocabulary, out string joined)
    {
        joined = "";
        var left = LeftPart().Match(leftToken);
        var right = RightPart().Match(rightToken);
        if (!left.Success || !right.Success)
        {
            return false;
        }

        var leftWord = left.Groups["word"].Value;
        var rightWord = right.Groups["word"].Value;
        if (leftWord.Length == 1 && char.IsUpper(leftWord[0]))
        {
            return false;
        }

        var candidate = leftWord + rightWord;
        if (!vocabulary.IsWord(candidate) || (vocabulary.IsWord(leftWord) && vocabulary.IsWord(rightWord)))
        {
            return false;
        }

        joined = candidate;
        return true;
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Token();

    // The first part: letters only, perhaps after an opening bracket or quotation mark.
    [GeneratedRegex(@"^[(\[“‘""]*(?<word>\p{L}+)$")]
    private static partial Regex LeftPart();

    // The second part: lower-case letters only, perhaps followed by punctuation.
    [GeneratedRegex(@"^(?<word>\p{Ll}+)[,;:.!?)\]”’""]*$")]
    private static partial Regex RightPart();
}
