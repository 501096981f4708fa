namespace NormsPortal.Benchmarks.Library;

/// <summary>
/// The cookies a browser keeps for the portal: sent with every request, replaced by whatever the portal sets and
/// dropped when it deletes them. That matters for the sign-in cookie: the portal checks its security stamp again
/// every minute and then issues a renewed cookie; a client that kept sending the first cookie would have the stamp
/// checked (and a cookie issued) on every request after the first minute, which no browser does. Kept by hand rather
/// than in a <see cref="System.Net.CookieContainer"/>, which keeps Secure cookies from a plain-HTTP loopback address.
/// Safe for the concurrent requests of one client, as a browser's tabs share their cookies.
/// </summary>
internal sealed class BrowserCookies() : DelegatingHandler(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false })
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    /// <summary>Whether the portal has set any cookie that is still kept.</summary>
    public bool Any
    {
        get
        {
            lock (_lock)
            {
                return _cookies.Count > 0;
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_cookies.Count > 0)
            {
                request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(cookie => $"{cookie.Key}={cookie.Value}")));
            }
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            lock (_lock)
            {
                foreach (var setCookie in setCookies)
                {
                    Keep(setCookie);
                }
            }
        }

        return response;
    }

    private void Keep(string setCookie)
    {
        var pair = setCookie.Split(';', 2)[0];
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return;
        }

        var (name, value) = (pair[..equals].Trim(), pair[(equals + 1)..].Trim());
        // ASP.NET Core deletes a cookie by setting it empty and expired in 1970.
        if (value.Length == 0 || setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
        {
            _cookies.Remove(name);
        }
        else
        {
            _cookies[name] = value;
        }
    }
}
