using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Schema;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.Web.Security;
using NormsPortal.Web.Security.SecondFactor;

namespace NormsPortal.DatabaseTests.Admin;

/// <summary>
/// The authorisation matrix of curation: every page under /admin and every admin endpoint of the app's endpoint
/// table, every verb, for anonymous, researcher, an admin whose session was signed in with a password only (also
/// after enrolling), and an admin signed in with a second factor.
/// </summary>
public sealed class AdminAccessTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task EveryCurationRouteInTheEndpointTable_EveryVerb_AnswersEachKindOfUser_AsThePolicySays(DatabaseKind kind)
    {
        await using var site = await AdminSite.StartAsync(kind);
        await using (var db = site.Database.CreateContext())
        {
            db.Works.Add(SampleGraph.Work());
            await db.SaveChangesAsync(Cancel);
        }

        var target = await site.CreateAccountAsync("target");
        var researcherAccount = await site.CreateAccountAsync("researcher");
        var passwordAdminAccount = await site.CreateAccountAsync("password-admin", admin: true);
        var adminAccount = await site.CreateAccountAsync("admin", admin: true, twoFactor: true);
        // Each kind of user, by bearer token at the API and by cookie on the pages; the password-only admin enrols
        // after signing in, and its sessions stay password-only.
        var api = new Dictionary<UserKind, HttpClient>
        {
            [UserKind.Anonymous] = site.Client(),
            [UserKind.Researcher] = await site.SignInAsync(researcherAccount, SecondFactor.None),
            [UserKind.PasswordOnlyAdmin] = await site.SignInAsync(passwordAdminAccount, SecondFactor.None),
            [UserKind.Admin] = await site.SignInAsync(adminAccount, SecondFactor.AuthenticatorCode),
        };
        var pages = new Dictionary<UserKind, HttpClient>
        {
            [UserKind.Anonymous] = api[UserKind.Anonymous],
            [UserKind.Researcher] = await site.SignInAsync(researcherAccount, SecondFactor.None, cookie: true),
            [UserKind.PasswordOnlyAdmin] = await site.SignInAsync(passwordAdminAccount, SecondFactor.None, cookie: true),
            [UserKind.Admin] = await site.SignInAsync(adminAccount, SecondFactor.RecoveryCode, cookie: true),
        };
        await EnrolKeepingTheSessionsAsync(site, passwordAdminAccount.Id);
        using var created = await api[UserKind.Admin].PostAsJsonAsync("/api/v1/annotations",
            new { target = new { symbol = SampleGraph.Symbol }, body = "A draft for the matrix", status = "draft" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        // The items a route's parameters name, by the resource before them; any other parameter gets a value its
        // constraint accepts (an item the handler may not find: the policy answers first all the same).
        var ids = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["users"] = target.Id,
            ["annotations"] = (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetInt32().ToString(CultureInfo.InvariantCulture),
            ["revisions"] = "1",
            ["norms"] = "1.6",
        };

        // Read from the app's own endpoint table: every page under /admin and every route with an admin endpoint,
        // so a route added later is in the matrix without being listed here.
        var routes = EndpointTable.Routes(site.Portal.Services,
            e => e.RoutePattern.RawText!.StartsWith(AdminPagePrefix, StringComparison.Ordinal) || EndpointTable.Requires(e, PortalPolicies.Admin));
        string[] known = ["/admin", "/admin/users", "/admin/audit", "/api/v1/users", "/api/v1/audit", "/api/v1/annotations/{id:int}", "/admin/norms", "/api/v1/norms/{number}/links/{id:int}"];
        Assert.True(known.All(route => routes.ContainsKey(route) || routes.ContainsKey(route + "/")), string.Join(", ", routes.Keys));
        var wrong = new List<string>();
        foreach (var (route, mapped) in routes)
        {
            var path = mapped.PathWith(ids);
            var isPage = route.StartsWith(AdminPagePrefix, StringComparison.Ordinal);
            foreach (var verb in EndpointTable.Verbs)
            {
                var endpoint = mapped.EndpointFor(verb);
                if (isPage && endpoint is not null && !EndpointTable.Requires(endpoint, PortalPolicies.Admin))
                {
                    wrong.Add($"{verb} {route} is a curation page without the admin policy");
                }

                foreach (var (user, client) in isPage ? pages : api)
                {
                    using var response = await EndpointTable.SendRawAsync(client, verb, path, Cancel);
                    var answer = await AnswerAsync(response);
                    var expected = endpoint is null ? "405, or 404 for a read"
                        : !EndpointTable.Requires(endpoint, PortalPolicies.Admin) ? "a public answer, not a 500"
                        : Expected(user, isPage);
                    var right = endpoint is null ? EndpointTable.IsRefusedVerb(verb, response.StatusCode)
                        : !EndpointTable.Requires(endpoint, PortalPolicies.Admin) ? (int)response.StatusCode < 500
                        : IsAsThePolicySays(user, isPage, response, answer);
                    if (!right)
                    {
                        wrong.Add($"{verb} {path} as {user}: expected {expected}, got {answer}");
                    }
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));

        // A refreshed bearer token keeps its session, and the session keeps its second factor.
        await site.RefreshAsync(api[UserKind.Admin]);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(api[UserKind.Admin], HttpMethod.Get, "/api/v1/users"));
        // Every admin page leads a password-only admin to a page that says why and offers enrolment or a fresh sign-in.
        foreach (var page in routes.Keys.Where(r => r.StartsWith(AdminPagePrefix, StringComparison.Ordinal) && !r.Contains('{', StringComparison.Ordinal)))
        {
            var secondFactor = await RedirectAsync(pages[UserKind.PasswordOnlyAdmin], page);
            var explained = await pages[UserKind.PasswordOnlyAdmin].GetStringAsync(secondFactor, Cancel);
            Assert.Contains("data-testid=\"second-factor-needed\"", explained, StringComparison.Ordinal);
            Assert.Contains("href=\"/account/manage/two-factor\"", explained, StringComparison.Ordinal);
            Assert.Contains($"action=\"{IdentityConfiguration.LogoutPath}\"", explained, StringComparison.Ordinal);
        }
    }

    private const string AdminPagePrefix = "/admin";

    private enum UserKind
    {
        Anonymous,
        Researcher,
        PasswordOnlyAdmin,
        Admin,
    }

    private static string Expected(UserKind user, bool isPage) => (user, isPage) switch
    {
        (UserKind.Anonymous, false) => "401",
        (UserKind.Anonymous, true) => "a redirect to /account/login",
        (UserKind.Researcher, false) => "403",
        (UserKind.Researcher, true) => "a redirect to /account/access-denied",
        (UserKind.PasswordOnlyAdmin, false) => $"403 ProblemDetails \"{SecondFactorAnswers.ProblemTitle}\"",
        (UserKind.PasswordOnlyAdmin, true) => "a redirect to /account/access-denied?reason=second-factor",
        _ => isPage ? "the page (200 for a read)" : "the endpoint's own answer: not 401, 403 or a 500",
    };

    private static bool IsAsThePolicySays(UserKind user, bool isPage, HttpResponseMessage response, string answer)
    {
        var status = response.StatusCode;
        var location = response.Headers.Location is { } to ? new Uri(new Uri("https://localhost"), to) : null;
        var deniedFor2Fa = location?.Query.Contains($"reason={SecondFactorAnswers.Reason}", StringComparison.Ordinal) == true;
        return (user, isPage) switch
        {
            (UserKind.Anonymous, false) => status == HttpStatusCode.Unauthorized,
            (UserKind.Anonymous, true) => status == HttpStatusCode.Redirect && location!.AbsolutePath == "/account/login",
            (UserKind.Researcher, false) => status == HttpStatusCode.Forbidden,
            (UserKind.Researcher, true) => status == HttpStatusCode.Redirect && location!.AbsolutePath == "/account/access-denied" && !deniedFor2Fa,
            // HEAD has no body to read the title from: GET of the same endpoint shows it.
            (UserKind.PasswordOnlyAdmin, false) => status == HttpStatusCode.Forbidden
                && (response.RequestMessage!.Method == HttpMethod.Head || (response.Content.Headers.ContentType?.MediaType == "application/problem+json"
                    && answer.Contains(SecondFactorAnswers.ProblemTitle, StringComparison.Ordinal))),
            (UserKind.PasswordOnlyAdmin, true) => status == HttpStatusCode.Redirect && location!.AbsolutePath == "/account/access-denied" && deniedFor2Fa,
            _ => status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden) && (int)status < 500
                && !(location?.AbsolutePath is "/account/login" or "/account/access-denied")
                && (!isPage || response.RequestMessage!.Method.Method is not ("GET" or "HEAD") || status == HttpStatusCode.OK),
        };
    }

    private static async Task<string> AnswerAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Cancel);
        return $"{(int)response.StatusCode} {response.Headers.Location} {body[..Math.Min(body.Length, 300)]}";
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
