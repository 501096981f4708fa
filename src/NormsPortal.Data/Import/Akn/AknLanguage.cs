namespace NormsPortal.Data.Import.Akn;

/// <summary>The language codes of <c>FRBRlanguage</c> (ISO 639-2) as the portal's two-letter codes.</summary>
internal static class AknLanguage
{
    public static string? ToPortalCode(string? frbrLanguage) => frbrLanguage?.Trim().ToLowerInvariant() switch
    {
        "eng" or "en" => "en",
        "fra" or "fre" or "fr" => "fr",
        "spa" or "es" => "es",
        "rus" or "ru" => "ru",
        "zho" or "chi" or "zh" => "zh",
        "ara" or "ar" => "ar",
        _ => null,
    };
}
