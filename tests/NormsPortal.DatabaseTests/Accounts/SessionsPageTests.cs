using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport.Accounts;
using NormsPortal.Web.Security.Sessions;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>
/// The sessions page (<c>/account/manage/sessions</c>), a static server-rendered form, over the real app: it
/// lists the signed-in user's sessions, and its form ends one, whose cookie stops working at once.
/// </summary>
public sealed partial class SessionsPageTests
{
    private const string SessionsPage = "/account/manage/sessions";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task SessionsPage_ListsTheUsersSessions_AndEndsTheOneChosen(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var here = portal.CreateHttpsClient();
        using var elsewhere = portal.CreateHttpsClient();
        using var bystander = portal.CreateHttpsClient();
        var (email, password) = (TestPasswords.NewEmail(), TestPasswords.New());
        (await here.RegisterAsync(email, password)).EnsureSuccessStatusCode();
        (await here.LoginAsync(email, password, useCookies: true)).EnsureSuccessStatusCode();
        (await elsewhere.LoginAsync(email, password, useCookies: true)).EnsureSuccessStatusCode();
        var (otherEmail, otherPassword) = (TestPasswords.NewEmail("bystander"), TestPasswords.New());
        (await bystander.RegisterAsync(otherEmail, otherPassword)).EnsureSuccessStatusCode();
        (await bystander.LoginAsync(otherEmail, otherPassword, useCookies: true)).EnsureSuccessStatusCode();
        Guid[] sessions;
        await using (var db = database.CreateContext())
        {
            sessions = [.. (await db.UserSessions.Where(s => s.User!.Email == email).ToListAsync(Cancel)).OrderBy(s => s.CreatedAt).Select(s => s.Id)];
        }

        var page = await here.GetStringAsync(new Uri(SessionsPage, UriKind.Relative), Cancel);
        Assert.Equal(sessions.Order(), ListedSessions().Matches(page).Select(m => Guid.Parse(m.Groups["id"].Value)).Order());
        Assert.Single(ThisBrowser().Matches(page));

        using var end = await here.PostAsync(new Uri(SessionsPage, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "end-session",
            ["__RequestVerificationToken"] = FormToken().Match(page).Groups["token"].Value,
            ["SessionId"] = sessions[1].ToString(),
        }), Cancel);
        var after = await end.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, end.StatusCode);
        Assert.Contains("The session was ended.", after, StringComparison.Ordinal);
        Assert.Contains($"data-session=\"{sessions[1]}\" data-active=\"false\"", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync(new Uri("/api/v1/auth/manage/info", UriKind.Relative), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync(new Uri("/api/v1/auth/manage/info", UriKind.Relative), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bystander.GetAsync(new Uri("/api/v1/auth/manage/info", UriKind.Relative), Cancel)).StatusCode);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(SessionEndReasons.EndedByUser, (await db.UserSessions.SingleAsync(s => s.Id == sessions[1], Cancel)).RevokedReason);
        }
    }

    [GeneratedRegex("""data-session="(?<id>[0-9a-f-]{36})" """)]
    private static partial Regex ListedSessions();

    [GeneratedRegex(@"\(this browser\)")]
    private static partial Regex ThisBrowser();

    [GeneratedRegex(@"name=""__RequestVerificationToken""[^>]*value=""(?<token>[^""]+)""")]
    private static partial Regex FormToken();
}
