using NormsPortal.Data.Vocabulary;
using NormsPortal.Web.Features;

namespace NormsPortal.Web.Components.Documents;

/// <summary>Addresses the document page links to: itself in a language, a paragraph, the comparison page.</summary>
public static class DocumentLinks
{
    /// <summary><c>/documents/A/RES/77/36?lang=fr#op2</c>; English, the default, needs no <c>lang</c>.</summary>
    public static string Page(string symbol, string? language = null, string? anchor = null, string? with = null)
    {
        var query = new List<string>(2);
        if (language is { Length: > 0 } && language != Languages.English)
        {
            query.Add("lang=" + Uri.EscapeDataString(language));
        }

        if (with is { Length: > 0 })
        {
            // Side by side always names the first language, so the pair reads the same in any order.
            if (query.Count == 0)
            {
                query.Add("lang=en");
            }

            query.Add("with=" + Uri.EscapeDataString(with));
        }

        var path = DocumentUrls.For(symbol);
        var withQuery = query.Count == 0 ? path : path + "?" + string.Join('&', query);
        return string.IsNullOrEmpty(anchor) ? withQuery : withQuery + "#" + anchor;
    }
}
