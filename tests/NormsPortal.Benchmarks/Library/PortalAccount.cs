using System.Net.Http.Json;
using System.Text.Json;

namespace NormsPortal.Benchmarks.Library;

/// <summary>
/// A researcher's account on the portal under test, made and signed in through the real account API
/// (<c>/api/v1/auth/register</c> and <c>login</c>): a client with the bearer token a script uses, and one with
/// the sign-in cookie a browser gets, kept and renewed as a browser keeps it (<see cref="BrowserCookies"/>).
/// </summary>
internal static class PortalAccount
{
    /// <summary>A new account's address and password: made up for this run, never stored.</summary>
    public static (string Email, string Password) New() => ($"bench-{Guid.NewGuid():N}@example.org", $"benchmark passphrase {Guid.NewGuid():N}");

    public static async Task RegisterAsync(Uri portal, string email, string password, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = portal };
        using var response = await http.PostAsJsonAsync(new Uri("api/v1/auth/register", UriKind.Relative), new { email, password }, cancellationToken);
        await EnsureAsync(response, "register", cancellationToken);
    }

    /// <summary>A client that sends the bearer token of a new sign-in.</summary>
    public static async Task<HttpClient> BearerClientAsync(Uri portal, string email, string password, CancellationToken cancellationToken)
    {
        var http = new HttpClient { BaseAddress = portal, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.PostAsJsonAsync(new Uri("api/v1/auth/login", UriKind.Relative), new { email, password }, cancellationToken);
        await EnsureAsync(response, "login", cancellationToken);
        var tokens = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        http.DefaultRequestHeaders.Authorization = new("Bearer", tokens.GetProperty("accessToken").GetString());
        return http;
    }

    /// <summary>A client that sends the sign-in cookies of a new cookie sign-in, as a browser does.</summary>
    public static async Task<HttpClient> CookieClientAsync(Uri portal, string email, string password, CancellationToken cancellationToken)
    {
        var cookies = new BrowserCookies();
        var http = new HttpClient(cookies) { BaseAddress = portal, Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.PostAsJsonAsync(new Uri("api/v1/auth/login?useCookies=true", UriKind.Relative), new { email, password }, cancellationToken);
        await EnsureAsync(response, "cookie login", cancellationToken);
        if (!cookies.Any)
        {
            throw new InvalidOperationException("The cookie login set no cookie.");
        }

        return http;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"The {what} answered HTTP {(int)response.StatusCode}: {body[..Math.Min(body.Length, 300)]}");
        }
    }
}
