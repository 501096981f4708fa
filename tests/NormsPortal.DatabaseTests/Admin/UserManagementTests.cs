using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features.Accounts;

namespace NormsPortal.DatabaseTests.Admin;

/// <summary>Admins manage accounts through <c>/api/v1/users</c>; each action is in the audit log, with its actor, and the log reads back by its filters.</summary>
public sealed class UserManagementTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task EachAction_TakesEffect_IsAuditedWithItsActor_AndTheLastAdminAndOwnAccountAreKept(DatabaseKind kind)
    {
        await using var site = await AdminSite.StartAsync(kind);
        var adminAccount = await site.CreateAccountAsync("admin", admin: true, twoFactor: true);
        var admin = await site.SignInAsync(adminAccount, SecondFactor.AuthenticatorCode);
        var target = await site.CreateAccountAsync("target");
        var targetClient = await site.SignInAsync(target, SecondFactor.None);
        var user = $"/api/v1/users/{target.Id}";

        Assert.True((await SendJsonAsync(admin, HttpMethod.Post, user + "/admin")).GetProperty("isAdmin").GetBoolean());
        Assert.False((await SendJsonAsync(admin, HttpMethod.Delete, user + "/admin")).GetProperty("isAdmin").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(admin, HttpMethod.Delete, $"/api/v1/users/{adminAccount.Id}/admin"));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(admin, HttpMethod.Post, $"/api/v1/users/{adminAccount.Id}/lock"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(admin, HttpMethod.Post, "/api/v1/users/no-such-account/lock"));
        Assert.True((await SendJsonAsync(admin, HttpMethod.Post, user + "/lock")).GetProperty("isLockedOut").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(targetClient, HttpMethod.Get, "/api/v1/me/bookmarks"));
        Assert.False((await SendJsonAsync(admin, HttpMethod.Delete, user + "/lock")).GetProperty("isLockedOut").GetBoolean());
        var signedInAgain = await site.SignInAsync(target, SecondFactor.None);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(signedInAgain, HttpMethod.Get, "/api/v1/me/bookmarks"));
        await SendJsonAsync(admin, HttpMethod.Post, user + "/sign-out");
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(signedInAgain, HttpMethod.Get, "/api/v1/me/bookmarks"));

        var log = await SendJsonAsync(admin, HttpMethod.Get, $"/api/v1/audit?target=user/{target.Id}");
        var entries = log.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(
            ["user.signed-out", "user.unlocked", "user.locked", "user.admin-revoked", "user.admin-granted"],
            entries.Select(e => e.GetProperty("action").GetString()));
        Assert.All(entries, e => Assert.Equal((adminAccount.Id, adminAccount.Email),
            (e.GetProperty("actorId").GetString(), e.GetProperty("actorEmail").GetString())));
        var granted = entries[^1];
        Assert.False(granted.GetProperty("before").GetProperty("isAdmin").GetBoolean());
        Assert.True(granted.GetProperty("after").GetProperty("isAdmin").GetBoolean());

        Assert.Equal(1, await TotalAsync(admin, "/api/v1/audit?action=user.locked"));
        Assert.Equal(5, await TotalAsync(admin, "/api/v1/audit?action=user&target=user"));
        Assert.Equal(5, await TotalAsync(admin, $"/api/v1/audit?user={Uri.EscapeDataString(adminAccount.Email.ToUpperInvariant())}"));
        Assert.Equal(0, await TotalAsync(admin, $"/api/v1/audit?user={target.Id}"));
        var today = DateTime.UtcNow.Date;
        Assert.Equal(5, await TotalAsync(admin, $"/api/v1/audit?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}"));
        Assert.Equal(0, await TotalAsync(admin, $"/api/v1/audit?from={today.AddDays(1):yyyy-MM-dd}"));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(admin, HttpMethod.Get, "/api/v1/audit?from=yesterday"));
        Assert.Equal(HttpStatusCode.BadRequest, await StatusAsync(admin, HttpMethod.Get, "/api/v1/audit?pageSize=0"));

        var found = await SendJsonAsync(admin, HttpMethod.Get, $"/api/v1/users?q={Uri.EscapeDataString(target.Email[..8].ToUpperInvariant())}");
        Assert.Contains(found.GetProperty("items").EnumerateArray(), u => u.GetProperty("id").GetString() == target.Id);
    }

    [Theory, DatabaseData]
    public async Task AuditEntries_SurviveTheirActorsDeletion_AndTheAppCannotChangeOrDeleteThem(DatabaseKind kind)
    {
        await using var site = await AdminSite.StartAsync(kind);
        var actor = await site.CreateAccountAsync("actor", admin: true, twoFactor: true);
        var target = await site.CreateAccountAsync("target");
        await SendJsonAsync(await site.SignInAsync(actor, SecondFactor.AuthenticatorCode), HttpMethod.Post, $"/api/v1/users/{target.Id}/lock");

        using (var scope = site.Portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            Assert.True((await users.DeleteAsync((await users.FindByIdAsync(actor.Id))!)).Succeeded);
        }

        await using (var db = site.Database.CreateContext())
        {
            var entry = await db.AuditLog.SingleAsync(Cancel);
            Assert.Equal((actor.Id, actor.Email, "user.locked"), (entry.ActorId, entry.ActorEmail, entry.Action));
            entry.Action = "user.unlocked";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Cancel));
        }

        await using (var db = site.Database.CreateContext())
        {
            db.AuditLog.Remove(await db.AuditLog.SingleAsync(Cancel));
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
        }

        await using (var db = site.Database.CreateContext())
        {
            Assert.Equal("user.locked", (await db.AuditLog.SingleAsync(Cancel)).Action);
        }
    }

    [Theory, DatabaseData]
    public async Task ResetTwoFactorCommand_TurnsItOff_EndsTheSessions_AndIsAuditedAsTheOperators(DatabaseKind kind)
    {
        await using var site = await AdminSite.StartAsync(kind);
        var admin = await site.CreateAccountAsync("admin", admin: true, twoFactor: true);
        var client = await site.SignInAsync(admin, SecondFactor.AuthenticatorCode);
        var output = new StringWriter();

        var exitCode = await AccountCommands.RunAsync(site.Portal.Services, ["reset-2fa", "--email", admin.Email], TextReader.Null, output, Cancel);

        Assert.True(exitCode == 0, output.ToString());
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(client, HttpMethod.Get, "/api/v1/users"));
        using (var scope = site.Portal.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var user = (await users.FindByIdAsync(admin.Id))!;
            Assert.False(user.TwoFactorEnabled);
            Assert.Equal(0, await users.CountRecoveryCodesAsync(user));
        }

        await using (var db = site.Database.CreateContext())
        {
            var entry = await db.AuditLog.SingleAsync(Cancel);
            Assert.Equal(("user.two-factor-reset", $"user/{admin.Id}", null), (entry.Action, entry.Target, entry.ActorId));
        }

        Assert.Equal(1, await AccountCommands.RunAsync(site.Portal.Services, ["reset-2fa", "--email", "nobody@example.org"], TextReader.Null, output, Cancel));
        Assert.Equal(2, await AccountCommands.RunAsync(site.Portal.Services, ["reset-2fa"], TextReader.Null, output, Cancel));
    }

    private static async Task<int> TotalAsync(HttpClient client, string path) =>
        (await SendJsonAsync(client, HttpMethod.Get, path)).GetProperty("total").GetInt32();

    private static async Task<JsonElement> SendJsonAsync(HttpClient client, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        using var response = await client.SendAsync(request, Cancel);
        Assert.True(response.IsSuccessStatusCode, $"{method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Cancel)}");
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        using var response = await client.SendAsync(request, Cancel);
        return response.StatusCode;
    }
}
