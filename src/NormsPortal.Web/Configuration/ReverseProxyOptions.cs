namespace NormsPortal.Web.Configuration;

/// <summary>
/// How the portal runs behind a reverse proxy (section "ReverseProxy" of appsettings.json).
/// The proxy terminates TLS and passes the client's address and scheme in X-Forwarded-For and
/// X-Forwarded-Proto; the portal believes those headers only from the proxies listed here
/// (loopback is always trusted).
/// </summary>
public sealed class ReverseProxyOptions
{
    public const string SectionName = "ReverseProxy";

    /// <summary>IP addresses of trusted proxies, e.g. "10.0.0.5".</summary>
    public IList<string> KnownProxies { get; init; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation, e.g. "172.16.0.0/12" for a container network.</summary>
    public IList<string> KnownNetworks { get; init; } = [];

    /// <summary>
    /// Redirect plain HTTP to HTTPS in the portal itself. Off by default: the proxy usually does it.
    /// </summary>
    public bool UseHttpsRedirection { get; init; }
}
