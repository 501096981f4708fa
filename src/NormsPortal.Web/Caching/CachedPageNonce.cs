using System.Text;
using NormsPortal.Web.Security;

namespace NormsPortal.Web.Caching;

/// <summary>
/// The Content-Security-Policy nonce in a cached page. The page is rendered with a placeholder of a nonce's length in
/// its place, and every response, from the cache or not, has it replaced by that response's own nonce on the way out
/// (<see cref="NonceRewritingStream"/>), so no two responses share one.
/// </summary>
public static class CachedPageNonce
{
    /// <summary>The length of <see cref="ContentSecurityPolicy.GetNonce"/>'s nonces: 18 bytes in base64.</summary>
    private const string Placeholder = "cachedPageNoncePlacehold";

    private static readonly byte[] s_placeholderAttribute = Encoding.ASCII.GetBytes(Attribute(Placeholder));

    /// <summary>The placeholder's attribute as rendered: only a nonce attribute is ever rewritten.</summary>
    public static ReadOnlySpan<byte> PlaceholderAttribute => s_placeholderAttribute;

    /// <summary>The nonce to write into the markup: the placeholder on a shared page, the request's own elsewhere.</summary>
    public static string ForMarkup(HttpContext context) =>
        SharedPageRequest.Is(context) ? Placeholder : ContentSecurityPolicy.GetNonce(context);

    /// <summary>The nonce attribute of this response, the same length as <see cref="PlaceholderAttribute"/>.</summary>
    public static byte[] AttributeFor(string nonce)
    {
        var attribute = Encoding.ASCII.GetBytes(Attribute(nonce));
        if (attribute.Length != PlaceholderAttribute.Length)
        {
            throw new InvalidOperationException($"A nonce is {Placeholder.Length} characters long; '{nonce}' is not.");
        }

        return attribute;
    }

    private static string Attribute(string nonce) => $"nonce=\"{nonce}\"";
}
