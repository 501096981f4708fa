namespace NormsPortal.Web.Features;

/// <summary>
/// The portal's addresses for works and paragraphs: <c>/documents/A/RES/73/27#op1.6</c>. Slashes
/// stay slashes (they are part of UN symbols and of the URL's readability); spaces are escaped.
/// </summary>
public static class DocumentUrls
{
    public static string For(string symbol, string? anchor = null)
    {
        var path = "/documents/" + string.Join('/', symbol.Split('/').Select(Uri.EscapeDataString));
        return string.IsNullOrEmpty(anchor) ? path : path + "#" + anchor;
    }
}
