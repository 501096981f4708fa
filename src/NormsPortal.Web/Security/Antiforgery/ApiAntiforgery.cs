namespace NormsPortal.Web.Security.Antiforgery;

/// <summary>
/// The header a script sends its antiforgery token in when it writes to the API with the browser's
/// cookie, and where a page puts that token for its scripts: <c>&lt;meta name="antiforgery-token"&gt;</c>,
/// rendered for signed-in readers (<c>AntiforgeryTokenMeta</c>).
/// </summary>
public static class ApiAntiforgery
{
    public const string HeaderName = "X-CSRF-TOKEN";

    public const string MetaName = "antiforgery-token";
}
