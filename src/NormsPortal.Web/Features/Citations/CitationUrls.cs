using Microsoft.AspNetCore.WebUtilities;
using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.Citations;

/// <summary>
/// The citation API's addresses: <c>/api/v1/documents/A/RES/73/27/citation?anchor=op1.6&amp;format=bibtex</c>.
/// Slashes of the symbol stay slashes, as in the document's own address.
/// </summary>
public static class CitationUrls
{
    public const string Suffix = "/citation";

    public static string For(string symbol, string? anchor, CitationFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var path = ApiRoutes.Version1 + "/documents/" + string.Join('/', symbol.Split('/').Select(Uri.EscapeDataString)) + Suffix;
        var query = new Dictionary<string, string?>();
        if (!string.IsNullOrEmpty(anchor))
        {
            query["anchor"] = anchor;
        }

        if (format is { } f)
        {
            query["format"] = f.ToName();
        }

        return QueryHelpers.AddQueryString(path, query);
    }
}
