namespace NormsPortal.Web.Components.Documents;

/// <summary>The kinds of work (as the API names them) in words.</summary>
public static class DocumentKinds
{
    public static string Label(string kind) => kind switch
    {
        "ga-resolution" => "General Assembly resolution",
        "ga-decision" => "General Assembly decision",
        "draft-resolution" => "Draft resolution",
        "report" => "Report",
        "hrc-resolution" => "Human Rights Council resolution",
        "sc-resolution" => "Security Council resolution",
        "meeting-record" => "Meeting record",
        _ => "Document",
    };
}
