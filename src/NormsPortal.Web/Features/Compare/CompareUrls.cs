namespace NormsPortal.Web.Features.Compare;

/// <summary>
/// The address of a comparison: <c>/compare?a=A/RES/77/36&amp;b=A/RES/78/237</c> (and <c>&amp;lang=fr</c>).
/// Slashes stay slashes, as in document addresses, so the address reads like the symbols.
/// </summary>
public static class CompareUrls
{
    public const string Path = "/compare";

    public static string For(string first, string second, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var url = $"{Path}?a={Escape(first)}&b={Escape(second)}";
        return string.IsNullOrEmpty(language) ? url : url + "&lang=" + Uri.EscapeDataString(language);
    }

    private static string Escape(string symbol) => string.Join('/', symbol.Split('/').Select(Uri.EscapeDataString));
}
