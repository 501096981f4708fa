namespace NormsPortal.Data.Vocabulary;

/// <summary>
/// The six official languages of the United Nations, listed once: the pages, the facets, the API, search and the
/// importers all take the set of languages, their names and their writing direction from here. Tables that hold
/// genuinely language-specific data (a search analyser, the words of a cross-reference) key off these codes.
/// </summary>
public static class Languages
{
    public const string Arabic = "ar";
    public const string Chinese = "zh";
    public const string English = "en";
    public const string French = "fr";
    public const string Russian = "ru";
    public const string Spanish = "es";

    /// <summary>
    /// The six in the UN's order (alphabetical in English). The search index stores a language's position in this
    /// list in the ids of its entries (<c>SearchEntryKey</c>): append, never reorder.
    /// </summary>
    public static IReadOnlyList<OfficialLanguage> All { get; } =
    [
        new(Arabic, "Arabic", "العربية", IsRightToLeft: true, ["ara"]),
        new(Chinese, "Chinese", "中文", IsRightToLeft: false, ["zho", "chi"]),
        new(English, "English", "English", IsRightToLeft: false, ["eng"]),
        new(French, "French", "Français", IsRightToLeft: false, ["fra", "fre"]),
        new(Russian, "Russian", "Русский", IsRightToLeft: false, ["rus"]),
        new(Spanish, "Spanish", "Español", IsRightToLeft: false, ["spa"]),
    ];

    /// <summary>The codes of <see cref="All"/>, in the same order.</summary>
    public static IReadOnlyList<string> Official { get; } = [.. All.Select(l => l.Code)];

    public static bool IsOfficial(string? code) => Find(code) is not null;

    /// <summary>What the pages and the API say of a language code that is not one of the six, in the same words everywhere.</summary>
    public static string UnknownMessage(string? written) => $"Unknown language '{written}'. Use one of: {string.Join(", ", Official)}.";

    /// <summary>The official language with two-letter code <paramref name="code"/> (exactly, in lower case), or null.</summary>
    public static OfficialLanguage? Find(string? code) => All.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.Ordinal));

    /// <summary>The language's name in English ("French"); the code itself for any other language.</summary>
    public static string EnglishName(string code) => Find(code)?.EnglishName ?? code;

    /// <summary>The language's name in itself ("Français"); the code itself for any other language.</summary>
    public static string NativeName(string code) => Find(code)?.NativeName ?? code;

    /// <summary>The HTML <c>dir</c> of text in the language: <c>rtl</c> for Arabic, <c>ltr</c> otherwise.</summary>
    public static string Direction(string code) => Find(code)?.Direction ?? "ltr";

    public static bool IsRightToLeft(string code) => Find(code)?.IsRightToLeft ?? false;

    /// <summary>
    /// The portal's code for a language code as documents write it: two letters (<c>fr</c>) or three (<c>fra</c>,
    /// <c>fre</c>), in any case; null for a language that is not one of the six.
    /// </summary>
    public static string? CodeOf(string? written)
    {
        if (written is null)
        {
            return null;
        }

        var code = written.Trim().ToLowerInvariant();
        return All.FirstOrDefault(l => l.Code == code || l.ThreeLetterCodes.Contains(code))?.Code;
    }
}
