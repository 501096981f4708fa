using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>
/// A client of the portal in memory over HTTPS (the sign-in cookie is Secure outside development),
/// with cookies kept and redirects shown rather than followed, and the account API's calls.
/// </summary>
internal static class AccountApiClient
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static HttpClient CreateHttpsClient(this WebApplicationFactory<Program> portal) =>
        portal.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
        });

    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient client, string email, string password) =>
        client.PostAsJsonAsync("/api/v1/auth/register", new { email, password }, Cancel);

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string email, string password, bool useCookies = false) =>
        client.PostAsJsonAsync($"/api/v1/auth/login{(useCookies ? "?useCookies=true" : "")}", new { email, password }, Cancel);

    /// <summary>Registers and signs in by API; the bearer and refresh tokens it got.</summary>
    public static async Task<(string AccessToken, string RefreshToken)> RegisterWithTokensAsync(this HttpClient client, string email, string password)
    {
        using var registered = await client.RegisterAsync(email, password);
        registered.EnsureSuccessStatusCode();
        using var login = await client.LoginAsync(email, password);
        login.EnsureSuccessStatusCode();
        var tokens = await login.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return (tokens.GetProperty("accessToken").GetString()!, tokens.GetProperty("refreshToken").GetString()!);
    }

    public static async Task<HttpResponseMessage> GetWithBearerAsync(this HttpClient client, string path, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", accessToken);
        return await client.SendAsync(request, Cancel);
    }
}
