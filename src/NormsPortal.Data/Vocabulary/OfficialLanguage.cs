namespace NormsPortal.Data.Vocabulary;

/// <summary>One of the six official languages of the United Nations (see <see cref="Languages"/>).</summary>
/// <param name="Code">The two-letter code (ISO 639-1) the portal uses everywhere: addresses, the API, the database.</param>
/// <param name="EnglishName">Its name in English ("French"), for the English interface around the texts.</param>
/// <param name="NativeName">Its name in itself ("Français"), as a reader picks the language of a text.</param>
/// <param name="IsRightToLeft">Whether the language is written right to left (Arabic).</param>
/// <param name="ThreeLetterCodes">
/// Its three-letter codes (ISO 639-2, the terminology form and, where it differs, the bibliographic one), as
/// Akoma Ntoso's <c>FRBRlanguage</c> gives them.
/// </param>
public sealed record OfficialLanguage(
    string Code,
    string EnglishName,
    string NativeName,
    bool IsRightToLeft,
    IReadOnlyList<string> ThreeLetterCodes)
{
    /// <summary>The HTML <c>dir</c> of text in the language: <c>rtl</c> or <c>ltr</c>.</summary>
    public string Direction => IsRightToLeft ? "rtl" : "ltr";
}
