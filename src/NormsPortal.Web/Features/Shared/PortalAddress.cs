using NormsPortal.Web.Features.Accounts;

namespace NormsPortal.Web.Features;

/// <summary>
/// The portal's public address, for links that leave it whole (mailed links, exported permalinks):
/// <c>Accounts:PublicUrl</c> when set, else the address the request came to.
/// </summary>
public static class PortalAddress
{
    /// <summary>The address without a trailing slash, e.g. <c>https://normsportal.example.org</c>.</summary>
    public static string Of(IConfiguration configuration, HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(request);
        return configuration[AccountCommands.PublicUrlKey]?.TrimEnd('/') ?? $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
