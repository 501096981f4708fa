using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Admin;

/// <summary>
/// The authorisation matrix of the admin endpoints and pages: anonymous, researcher, an admin whose
/// session was signed in with a password only (also after enrolling), and an admin signed in with a second factor.
/// </summary>
public sealed class AdminAccessTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task EveryAdminEndpointAndPage_AnswersEachKindOfUser_AsThePolicySays(DatabaseKind kind)
    {
        await using var site = await AdminSite.StartAsync(kind);
        var target = await site.CreateAccountAsync("target");
        var researcherAccount = await site.CreateAccountAsync("researcher");
        var researcher = await site.SignInAsync(researcherAccount, SecondFactor.None);
        var researcherBrowser = await site.SignInAsync(researcherAccount, SecondFactor.None, cookie: true);
        var passwordAdminAccount = await site.CreateAccountAsync("password-admin", admin: true);
        var passwordOnly = await site.SignInAsync(passwordAdminAccount, SecondFactor.None);
        var passwordOnlyBrowser = await site.SignInAsync(passwordAdminAccount, SecondFactor.None, cookie: true);
        await EnrolKeepingTheSessionsAsync(site, passwordAdminAccount.Id);
        var adminAccount = await site.CreateAccountAsync("admin", admin: true, twoFactor: true);
        var admin = await site.SignInAsync(adminAccount, SecondFactor.AuthenticatorCode);
        var adminBrowser = await site.SignInAsync(adminAccount, SecondFactor.RecoveryCode, cookie: true);
        var anonymous = site.Client();

        (HttpMethod Method, string Path)[] endpoints =
        [
            (HttpMethod.Get, "/api/v1/users"),
            (HttpMethod.Get, $"/api/v1/users/{target.Id}"),
            (HttpMethod.Post, $"/api/v1/users/{target.Id}/admin"),
            (HttpMethod.Delete, $"/api/v1/users/{target.Id}/admin"),
            (HttpMethod.Post, $"/api/v1/users/{target.Id}/lock"),
            (HttpMethod.Delete, $"/api/v1/users/{target.Id}/lock"),
            (HttpMethod.Post, $"/api/v1/users/{target.Id}/sign-out"),
            (HttpMethod.Get, "/api/v1/audit"),
        ];
        foreach (var (method, path) in endpoints)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(anonymous, method, path));
            Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(researcher, method, path));
            using var refused = await SendAsync(passwordOnly, method, path);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Cancel);
            Assert.Contains("second factor", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
            using var allowed = await SendAsync(admin, method, path);
            Assert.True(allowed.IsSuccessStatusCode, $"{method} {path} answered the admin {(int)allowed.StatusCode}");
        }

        // A refreshed bearer token keeps its session, and the session keeps its second factor.
        await site.RefreshAsync(admin);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(admin, HttpMethod.Get, "/api/v1/users"));

        foreach (var page in new[] { "/admin/users", "/admin/audit" })
        {
            Assert.Equal("/account/login", (await RedirectAsync(anonymous, page)).AbsolutePath);
            var denied = await RedirectAsync(researcherBrowser, page);
            Assert.Equal(("/account/access-denied", false), (denied.AbsolutePath, denied.Query.Contains("second-factor", StringComparison.Ordinal)));
            var secondFactor = await RedirectAsync(passwordOnlyBrowser, page);
            Assert.Equal(("/account/access-denied", true), (secondFactor.AbsolutePath, secondFactor.Query.Contains("reason=second-factor", StringComparison.Ordinal)));
            var explained = await passwordOnlyBrowser.GetStringAsync(secondFactor, Cancel);
            Assert.Contains("data-testid=\"second-factor-needed\"", explained, StringComparison.Ordinal);
            Assert.Contains("/account/manage/two-factor", explained, StringComparison.Ordinal);
            using var shown = await adminBrowser.GetAsync(new Uri(page, UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        }
    }

    /// <summary>Turns on two-factor sign-in as the enrolment page does, without ending the account's sessions.</summary>
    private static async Task EnrolKeepingTheSessionsAsync(AdminSite site, string userId)
    {
        using var scope = site.Portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = (await users.FindByIdAsync(userId))!;
        user.TwoFactorEnabled = true;
        Assert.True((await users.UpdateAsync(user)).Succeeded);
    }

    private static async Task<Uri> RedirectAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return new Uri(new Uri("https://localhost"), response.Headers.Location!);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path)
    {
        using var request = new HttpRequestMessage(method, path);
        return await client.SendAsync(request, Cancel);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, HttpMethod method, string path)
    {
        using var response = await SendAsync(client, method, path);
        return response.StatusCode;
    }
}
