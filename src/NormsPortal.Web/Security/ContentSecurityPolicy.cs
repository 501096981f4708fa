using System.Security.Cryptography;

namespace NormsPortal.Web.Security;

/// <summary>
/// The portal's Content-Security-Policy, with a fresh nonce for each request. Scripts load only
/// from the portal itself, plus the few inline scripts that carry the request's nonce (Blazor's
/// import map, the Scalar API reference). Styles allow inline because Blazor and MudBlazor's
/// components set style attributes (the theme itself is a stylesheet of the portal's own).
/// Blazor Server's WebSocket is covered by connect-src 'self'.
/// </summary>
public static class ContentSecurityPolicy
{
    private const string NonceItemKey = "NormsPortal.CspNonce";

    /// <summary>The nonce of this request's policy, made on first use.</summary>
    public static string GetNonce(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items[NonceItemKey] is not string nonce)
        {
            nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
            context.Items[NonceItemKey] = nonce;
        }

        return nonce;
    }

    public static string Build(string nonce) =>
        string.Join("; ",
            "default-src 'self'",
            $"script-src 'self' 'nonce-{nonce}'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");
}
