namespace NormsPortal.Web.Features.Compare;

/// <summary>
/// The address of a comparison: <c>/compare?a=A/RES/77/36&amp;b=A/RES/78/237</c> (and <c>&amp;lang=fr</c>,
/// <c>&amp;view=side-by-side</c>). Slashes stay slashes, as in document addresses, so the address reads like the symbols.
/// </summary>
public static class CompareUrls
{
    public const string Path = "/compare";

    /// <summary>The <c>view</c> parameter's value for <see cref="CompareView.SideBySide"/>; inline is the default, left out.</summary>
    public const string SideBySide = "side-by-side";

    public static string For(string first, string second, string? language = null, CompareView view = CompareView.Inline)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var url = $"{Path}?a={Escape(first)}&b={Escape(second)}";
        if (!string.IsNullOrEmpty(language))
        {
            url += "&lang=" + Uri.EscapeDataString(language);
        }

        return view == CompareView.SideBySide ? url + "&view=" + SideBySide : url;
    }

    /// <summary>The view a <c>view</c> parameter asks for: side by side when it says so, else inline.</summary>
    public static CompareView ParseView(string? value) =>
        string.Equals(value?.Trim(), SideBySide, StringComparison.OrdinalIgnoreCase) ? CompareView.SideBySide : CompareView.Inline;

    private static string Escape(string symbol) => string.Join('/', symbol.Split('/').Select(Uri.EscapeDataString));
}
