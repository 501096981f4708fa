using System.Globalization;

namespace NormsPortal.Data.Search.Analysis;

/// <summary>
/// The runs of letters, digits and marks in a token, which become its terms; a run must hold a
/// letter or digit (a lone combining mark is not a term).
/// </summary>
internal static class TermRuns
{
    public static List<(int Start, int Length)> Of(string token)
    {
        var runs = new List<(int, int)>(1);
        var start = -1;
        var hasLetterOrDigit = false;
        for (var i = 0; i < token.Length; i++)
        {
            var pair = char.IsHighSurrogate(token[i]) && i + 1 < token.Length && char.IsLowSurrogate(token[i + 1]);
            var category = CharUnicodeInfo.GetUnicodeCategory(token, i);
            var isLetterOrDigit = IsLetterOrDigit(category);
            if (isLetterOrDigit || IsMark(category))
            {
                if (start < 0)
                {
                    start = i;
                    hasLetterOrDigit = false;
                }
                hasLetterOrDigit |= isLetterOrDigit;
            }
            else
            {
                End(runs, start, i, hasLetterOrDigit);
                start = -1;
            }
            if (pair)
            {
                i++;
            }
        }
        End(runs, start, token.Length, hasLetterOrDigit);
        return runs;
    }

    private static void End(List<(int, int)> runs, int start, int end, bool hasLetterOrDigit)
    {
        if (start >= 0 && hasLetterOrDigit)
        {
            runs.Add((start, end - start));
        }
    }

    private static bool IsLetterOrDigit(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;

    private static bool IsMark(UnicodeCategory category) =>
        category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
