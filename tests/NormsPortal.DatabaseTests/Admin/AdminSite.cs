using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Accounts;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport.Accounts;
using NormsPortal.Web.Features.Accounts;
using NormsPortal.Web.Security;
using NormsPortal.Web.Security.Antiforgery;

namespace NormsPortal.DatabaseTests.Admin;

/// <summary>
/// A portal over its own database with accounts made directly (no registration limits) and signed in
/// for real through <c>/api/v1/auth/login</c>: by password, or with an authenticator or recovery code.
/// </summary>
internal sealed class AdminSite : IAsyncDisposable
{
    private static readonly Dictionary<string, string> s_settings = new()
    {
        // Rate limits have their own tests; here they only need to stay out of the way.
        ["RateLimits:SignIn:PermitLimit"] = "10000",
    };

    private readonly TestDatabase? _database;
    private readonly List<HttpClient> _clients = [];
    private readonly Dictionary<HttpClient, string> _refreshTokens = [];

    private AdminSite(string provider, string connectionString, TestDatabase? database)
    {
        _database = database;
        Portal = new PortalFactory(provider, connectionString, settings: s_settings);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public PortalFactory Portal { get; }

    public TestDatabase Database => _database ?? throw new InvalidOperationException("This site runs over a database the test made itself.");

    public static async Task<AdminSite> StartAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        return new(database.Provider.Name, database.ConnectionString, database);
    }

    /// <summary>A site over a database of the test's own (a server it starts and stops); the app migrates it at start.</summary>
    public static AdminSite Over(string provider, string connectionString) => new(provider, connectionString, null);

    /// <summary>An account (an admin when <paramref name="admin"/>), with a second factor when <paramref name="twoFactor"/>.</summary>
    public async Task<Account> CreateAccountAsync(string who, bool admin = false, bool twoFactor = false)
    {
        using var scope = Portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var (email, password) = (TestPasswords.NewEmail(who), TestPasswords.New());
        var user = new PortalUser { UserName = email, Email = email };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        if (admin)
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            if (!await roles.RoleExistsAsync(PortalRoles.Admin))
            {
                Assert.True((await roles.CreateAsync(new IdentityRole(PortalRoles.Admin))).Succeeded);
            }

            Assert.True((await users.AddToRoleAsync(user, PortalRoles.Admin)).Succeeded);
        }

        byte[]? key = null;
        List<string> recoveryCodes = [];
        if (twoFactor)
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = Totp.DecodeBase32((await users.GetAuthenticatorKeyAsync(user))!);
            Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
            recoveryCodes = [.. (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 4))!];
        }

        return new Account(user.Id, email, password, key, recoveryCodes);
    }

    /// <summary>
    /// A client signed in as <paramref name="account"/>: by bearer token, or by cookie (with the page's
    /// antiforgery token for writes); with its authenticator code, a recovery code, or the password alone.
    /// </summary>
    public async Task<HttpClient> SignInAsync(Account account, SecondFactor factor, bool cookie = false)
    {
        var client = Client();
        object body = factor switch
        {
            SecondFactor.AuthenticatorCode => new { email = account.Email, password = account.Password, twoFactorCode = account.CurrentCode() },
            SecondFactor.RecoveryCode => new { email = account.Email, password = account.Password, twoFactorRecoveryCode = account.TakeRecoveryCode() },
            _ => new { email = account.Email, password = account.Password },
        };
        using var login = await client.PostAsJsonAsync($"/api/v1/auth/login{(cookie ? "?useCookies=true" : "")}", body, Cancel);
        Assert.True(login.StatusCode == HttpStatusCode.OK, await login.Content.ReadAsStringAsync(Cancel));
        if (cookie)
        {
            client.DefaultRequestHeaders.Add(ApiAntiforgery.HeaderName, await AntiforgeryPage.TokenAsync(client, "/library"));
        }
        else
        {
            var tokens = await login.Content.ReadFromJsonAsync<JsonElement>(Cancel);
            client.DefaultRequestHeaders.Authorization = new("Bearer", tokens.GetProperty("accessToken").GetString());
            _refreshTokens[client] = tokens.GetProperty("refreshToken").GetString()!;
        }

        return client;
    }

    /// <summary>Renews a bearer client's access token with its refresh token, as an API client does when it expires.</summary>
    public async Task RefreshAsync(HttpClient client)
    {
        var refreshToken = _refreshTokens[client];
        using var refreshed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken }, Cancel);
        Assert.True(refreshed.StatusCode == HttpStatusCode.OK, await refreshed.Content.ReadAsStringAsync(Cancel));
        var tokens = await refreshed.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        client.DefaultRequestHeaders.Authorization = new("Bearer", tokens.GetProperty("accessToken").GetString());
    }

    /// <summary>A client that is not signed in.</summary>
    public HttpClient Client()
    {
        var client = Portal.CreateHttpsClient();
        _clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        _clients.ForEach(c => c.Dispose());
        await Portal.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

internal enum SecondFactor
{
    None,
    AuthenticatorCode,
    RecoveryCode,
}

/// <summary>A test account: its id, address and password, and its authenticator key and recovery codes when it has a second factor.</summary>
internal sealed record Account(string Id, string Email, string Password, byte[]? AuthenticatorKey, List<string> RecoveryCodes)
{
    public string CurrentCode() =>
        Totp.Compute(AuthenticatorKey!, Totp.StepAt(DateTimeOffset.UtcNow)).ToString("D6", CultureInfo.InvariantCulture);

    public string TakeRecoveryCode()
    {
        var code = RecoveryCodes[0];
        RecoveryCodes.RemoveAt(0);
        return code;
    }
}
