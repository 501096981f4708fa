using NormsPortal.Web.Features.Norms;

namespace NormsPortal.Web.Features.NotFound;

/// <summary>What a reader asked for that the portal does not have: a norm, a document or another address.</summary>
public enum NotFoundRequestKind
{
    /// <summary>An address that is neither a norm nor a document.</summary>
    Page,

    /// <summary>A norm by number, e.g. <c>/norms/1.99</c> or <c>1.99</c>.</summary>
    Norm,

    /// <summary>A document by symbol, e.g. <c>/documents/A/RES/99/999</c> or <c>A/RES/99/999</c>.</summary>
    Document,
}

/// <summary>
/// The thing a reader asked for, read from what a page passes: an address (it starts with a slash:
/// <c>/norms/1.99</c>, <c>/documents/A/RES/99/999</c>), a norm number (<c>1.99</c>) or a symbol.
/// </summary>
/// <param name="Kind">What the reader was looking for.</param>
/// <param name="Value">The norm number, the symbol or the address, as the reader wrote it (unescaped).</param>
public sealed record NotFoundRequest(NotFoundRequestKind Kind, string Value)
{
    private const string NormsPrefix = "/norms/";
    private const string DocumentsPrefix = "/documents/";

    /// <summary>Reads <paramref name="requested"/>; a query string or fragment on an address is ignored.</summary>
    public static NotFoundRequest Parse(string? requested)
    {
        var text = (requested ?? "").Trim();
        if (!text.StartsWith('/'))
        {
            return NormNumber.IsWellFormed(text)
                ? new NotFoundRequest(NotFoundRequestKind.Norm, text)
                : new NotFoundRequest(NotFoundRequestKind.Document, text);
        }

        var end = text.IndexOfAny(['?', '#']);
        var path = Unescape(end < 0 ? text : text[..end]);
        if (path.StartsWith(NormsPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return new NotFoundRequest(NotFoundRequestKind.Norm, path[NormsPrefix.Length..].Trim('/'));
        }

        return path.StartsWith(DocumentsPrefix, StringComparison.OrdinalIgnoreCase)
            ? new NotFoundRequest(NotFoundRequestKind.Document, path[DocumentsPrefix.Length..].Trim('/'))
            : new NotFoundRequest(NotFoundRequestKind.Page, path);
    }

    // A malformed escape (a lone "%") is kept as written rather than failing the 404 page itself.
    private static string Unescape(string path)
    {
        try
        {
            return Uri.UnescapeDataString(path);
        }
        catch (UriFormatException)
        {
            return path;
        }
    }
}
