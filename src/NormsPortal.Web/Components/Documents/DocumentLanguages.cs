namespace NormsPortal.Web.Components.Documents;

/// <summary>The six official languages as a reader picks them: each by its own name, with its writing direction.</summary>
public static class DocumentLanguages
{
    private static readonly Dictionary<string, (string Native, string English)> _names = new(StringComparer.Ordinal)
    {
        ["ar"] = ("العربية", "Arabic"),
        ["zh"] = ("中文", "Chinese"),
        ["en"] = ("English", "English"),
        ["fr"] = ("Français", "French"),
        ["ru"] = ("Русский", "Russian"),
        ["es"] = ("Español", "Spanish"),
    };

    /// <summary>The language's name in itself ("Français"), or the code when unknown.</summary>
    public static string NativeName(string code) => _names.TryGetValue(code, out var names) ? names.Native : code;

    /// <summary>The language's name in English ("French"), for the English interface around the text.</summary>
    public static string EnglishName(string code) => _names.TryGetValue(code, out var names) ? names.English : code;

    /// <summary>The <c>dir</c> attribute for text in the language: Arabic is written right to left.</summary>
    public static string Direction(string code) => code == "ar" ? "rtl" : "ltr";
}
