using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport.Accounts;
using NormsPortal.Web.Security.Sessions;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>
/// Every sign-in is a session on the server that can be ended: by signing out (that session only),
/// by a password change or a lockout (the others), by an admin (all), and a token or cookie of an
/// ended session stops working within the check interval, on every instance.
/// </summary>
public sealed class SessionTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Sessions read from the database on every request, so a test never waits for a cache.</summary>
    private static readonly Dictionary<string, string> s_checkEveryRequest = new() { ["Sessions:CheckInterval"] = "00:00:00" };

    [Theory, DatabaseData]
    public async Task SignIn_StartsASessionRecord_WithUserAgentAndClientAddress(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString, settings: s_checkEveryRequest);
        using var client = portal.CreateHttpsClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd("SessionTests/1.0");
        var email = TestPasswords.NewEmail();

        await client.RegisterWithTokensAsync(email, TestPasswords.New());

        await using var db = database.CreateContext();
        var session = await db.UserSessions.SingleAsync(s => s.User!.Email == email, Cancel);
        Assert.Equal("SessionTests/1.0", session.UserAgent);
        Assert.Null(session.RevokedAt);
        Assert.True(session.ExpiresAt > session.CreatedAt);
    }

    [Theory, DatabaseData]
    public async Task Logout_EndsOnlyTheCallersSession(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString, settings: s_checkEveryRequest);
        using var client = portal.CreateHttpsClient();
        var (email, password) = (TestPasswords.NewEmail(), TestPasswords.New());
        var (first, _) = await client.RegisterWithTokensAsync(email, password);
        var second = await LoginForTokenAsync(client, email, password);

        using var logout = await SendWithBearerAsync(client, HttpMethod.Post, "/api/v1/auth/logout", first);
        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);

        using var ended = await client.GetWithBearerAsync("/api/v1/auth/manage/info", first);
        using var other = await client.GetWithBearerAsync("/api/v1/auth/manage/info", second);
        Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Theory, DatabaseData]
    public async Task PasswordChange_EndsTheOtherSessionsAtOnce_ThoughThisInstanceRemembersTheirLastCheck(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        // The default check interval: what this instance read of a session it trusts for up to 60 s.
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var client = portal.CreateHttpsClient();
        var (email, password) = (TestPasswords.NewEmail(), TestPasswords.New());
        var (changing, _) = await client.RegisterWithTokensAsync(email, password);
        var other = await LoginForTokenAsync(client, email, password);
        using (var remembered = await client.GetWithBearerAsync("/api/v1/auth/manage/info", other))
        {
            Assert.Equal(HttpStatusCode.OK, remembered.StatusCode);
        }

        using var change = await SendWithBearerAsync(client, HttpMethod.Post, "/api/v1/auth/manage/info", changing,
            new { oldPassword = password, newPassword = TestPasswords.New() });
        Assert.Equal(HttpStatusCode.OK, change.StatusCode);

        using var after = await client.GetWithBearerAsync("/api/v1/auth/manage/info", other);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        await using var db = database.CreateContext();
        Assert.Contains(await db.UserSessions.Where(s => s.User!.Email == email).ToListAsync(Cancel),
            s => s.RevokedReason == SessionEndReasons.SecurityChanged);
    }

    [Theory, DatabaseData]
    public async Task EndedSession_ItsBearerTokenGets401WithinTheCheckInterval_AndItsRefreshTokenIsRefused(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString,
            settings: new Dictionary<string, string> { ["Sessions:CheckInterval"] = "00:00:01" });
        using var client = portal.CreateHttpsClient();
        var email = TestPasswords.NewEmail();
        var (access, refresh) = await client.RegisterWithTokensAsync(email, TestPasswords.New());
        using (var live = await client.GetWithBearerAsync("/api/v1/auth/manage/info", access))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        // Ended on "another instance": straight in the database, so this instance only learns it by reading again.
        await using (var db = database.CreateContext())
        {
            await db.UserSessions.Where(s => s.User!.Email == email)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, DateTime.UtcNow), Cancel);
        }

        await Task.Delay(TimeSpan.FromSeconds(1.5), Cancel);
        using var ended = await client.GetWithBearerAsync("/api/v1/auth/manage/info", access);
        using var refreshed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh }, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, refreshed.StatusCode);
    }

    [Theory, DatabaseData]
    public async Task Refresh_OfALiveSession_KeepsTheSession(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString, settings: s_checkEveryRequest);
        using var client = portal.CreateHttpsClient();
        var email = TestPasswords.NewEmail();
        var (_, refresh) = await client.RegisterWithTokensAsync(email, TestPasswords.New());

        using var refreshed = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = refresh }, Cancel);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var access = (await refreshed.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("accessToken").GetString()!;
        using var info = await client.GetWithBearerAsync("/api/v1/auth/manage/info", access);

        Assert.Equal(HttpStatusCode.OK, info.StatusCode);
        await using var db = database.CreateContext();
        Assert.Single(await db.UserSessions.Where(s => s.User!.Email == email).ToListAsync(Cancel));
    }

    [Theory, DatabaseData]
    public async Task ForcedSignOut_EndsEverySessionOfTheUser_AndNoOtherUsers(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString, settings: s_checkEveryRequest);
        using var client = portal.CreateHttpsClient();
        var (email, password) = (TestPasswords.NewEmail(), TestPasswords.New());
        var (first, _) = await client.RegisterWithTokensAsync(email, password);
        var second = await LoginForTokenAsync(client, email, password);
        var (bystander, _) = await client.RegisterWithTokensAsync(TestPasswords.NewEmail("bystander"), TestPasswords.New());
        await using var db = database.CreateContext();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Cancel);

        var ended = await portal.Services.GetRequiredService<UserSessions>().EndAllAsync(userId, SessionEndReasons.EndedByAdmin, cancellationToken: Cancel);

        Assert.Equal(2, ended);
        foreach (var token in new[] { first, second })
        {
            using var refused = await client.GetWithBearerAsync("/api/v1/auth/manage/info", token);
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        using var unaffected = await client.GetWithBearerAsync("/api/v1/auth/manage/info", bystander);
        Assert.Equal(HttpStatusCode.OK, unaffected.StatusCode);
    }

    [Theory, DatabaseData]
    public async Task Lockout_EndsTheUsersSessions(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString, settings: s_checkEveryRequest);
        using var client = portal.CreateHttpsClient();
        var email = TestPasswords.NewEmail();
        var (access, _) = await client.RegisterWithTokensAsync(email, TestPasswords.New());

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var failed = await client.LoginAsync(email, TestPasswords.New());
            Assert.Equal(HttpStatusCode.Unauthorized, failed.StatusCode);
        }

        using var refused = await client.GetWithBearerAsync("/api/v1/auth/manage/info", access);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    private static async Task<string> LoginForTokenAsync(HttpClient client, string email, string password)
    {
        using var login = await client.LoginAsync(email, password);
        login.EnsureSuccessStatusCode();
        return (await login.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("accessToken").GetString()!;
    }

    private static async Task<HttpResponseMessage> SendWithBearerAsync(HttpClient client, HttpMethod method, string path, string accessToken, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", accessToken);
        return await client.SendAsync(request, Cancel);
    }
}
