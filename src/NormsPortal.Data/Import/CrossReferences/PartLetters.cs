namespace NormsPortal.Data.Import.CrossReferences;

/// <summary>
/// The part letter printed after a resolution number ("43/78 H") when a hyperlink stops before it.
/// The letter is Latin in most languages, sometimes its Cyrillic look-alike in Russian ("43/78 Н"),
/// glued to 号 in Chinese ("43/78 H号") and spelled out in Arabic, in abjad order ("43/78 حاء" = H).
/// </summary>
internal static class PartLetters
{
    // Cyrillic capitals that print like the Latin part letters.
    private const string CyrillicLookAlikes = "АВСЕНКМОРТХ";
    private const string LatinEquivalents = "ABCEHKMOPTX";

    // The Arabic letter names in abjad order: the n-th is the n-th Latin letter.
    private static readonly string[] ArabicNames =
    [
        "ألف", "باء", "جيم", "دال", "هاء", "واو", "زاي", "حاء", "طاء", "ياء", "كاف", "لام", "ميم",
        "نون", "سين", "عين", "فاء", "صاد", "قاف", "راء", "شين", "تاء", "ثاء", "خاء", "ذال", "ضاد",
    ];

    /// <summary>
    /// Reads a part letter at <paramref name="position"/> (after at most one space) and returns it as
    /// a Latin capital, with the position just after it; null when none stands there.
    /// </summary>
    public static (char Letter, int End)? ReadAt(string text, int position)
    {
        if (position < text.Length && text[position] is ' ' or '\u00A0')
        {
            position++;
        }

        if (position >= text.Length)
        {
            return null;
        }

        var latin = AsLatinCapital(text[position]);
        if (latin is not null && EndsWord(text, position + 1))
        {
            return (latin.Value, position + 1);
        }

        for (var i = 0; i < ArabicNames.Length; i++)
        {
            var name = ArabicNames[i];
            if (string.CompareOrdinal(text, position, name, 0, name.Length) == 0
                && (position + name.Length == text.Length || !IsArabicLetter(text[position + name.Length])))
            {
                return ((char)('A' + i), position + name.Length);
            }
        }

        return null;
    }

    private static char? AsLatinCapital(char c)
    {
        if (char.IsAsciiLetterUpper(c))
        {
            return c;
        }

        var lookAlike = CyrillicLookAlikes.IndexOf(c, StringComparison.Ordinal);
        return lookAlike < 0 ? null : LatinEquivalents[lookAlike];
    }

    // "H of", "H,", "H号" end the letter; "HRC", "H/…" or "H-…" do not.
    private static bool EndsWord(string text, int position)
    {
        if (position >= text.Length)
        {
            return true;
        }

        var next = text[position];
        return !(char.IsAsciiLetterOrDigit(next) || IsCyrillic(next) || next is '/' or '-' or '\u2011');
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u064A';
}
