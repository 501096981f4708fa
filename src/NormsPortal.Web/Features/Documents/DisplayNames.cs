namespace NormsPortal.Web.Features.Documents;

/// <summary>Kind names and language codes in words, for pages.</summary>
public static class DisplayNames
{
    /// <summary>"General Assembly resolution" for <c>ga-resolution</c>; see WorkKindNames.</summary>
    public static string OfKind(string kind) => kind switch
    {
        "ga-resolution" => "General Assembly resolution",
        "ga-decision" => "General Assembly decision",
        "draft-resolution" => "Draft resolution",
        "report" => "Report",
        "hrc-resolution" => "Human Rights Council resolution",
        "sc-resolution" => "Security Council resolution",
        "meeting-record" => "Meeting record",
        _ => "Other document",
    };

    /// <summary>The English name of one of the UN's six languages; the code itself for any other.</summary>
    public static string OfLanguage(string code) => code switch
    {
        "ar" => "Arabic",
        "zh" => "Chinese",
        "en" => "English",
        "fr" => "French",
        "ru" => "Russian",
        "es" => "Spanish",
        _ => code,
    };
}
