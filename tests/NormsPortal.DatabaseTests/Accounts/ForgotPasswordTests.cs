using System.Net;
using System.Text.RegularExpressions;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport.Accounts;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>
/// The forgot-password page: with SMTP (a real server on loopback) it mails a link to the
/// reset-password page that sets a new password, and answers an unknown address in the same words;
/// without SMTP it is not offered.
/// </summary>
public sealed partial class ForgotPasswordTests
{
    private const string PagePath = "/account/forgot-password";

    private static readonly TimeSpan s_mailWait = TimeSpan.FromSeconds(30);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task ForgotPassword_MailsALink_WhosePageSetsANewPassword(DatabaseKind kind)
    {
        await using var smtp = LocalSmtpServer.Start();
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString, settings: smtp.PortalSettings());
        using var client = portal.CreateHttpsClient();
        var email = TestPasswords.NewEmail();
        await AccountForms.RegisterAsync(client, email, TestPasswords.New());

        using (var asked = await AskForLinkAsync(client, email))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        var mail = await smtp.NextMessageToAsync(email, s_mailWait, Cancel);
        var link = new Uri(Link().Match(mail.TextBody ?? "").Value);
        Assert.Equal("/account/reset-password", link.AbsolutePath);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query);
        var newPassword = TestPasswords.New();
        using var reset = await AccountForms.PostAsync(client, link.PathAndQuery, "reset-password", new Dictionary<string, string>
        {
            ["Input.Email"] = query["email"].ToString(),
            ["Input.Code"] = query["code"].ToString(),
            ["Input.Password"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        });
        using var login = await client.LoginAsync(email, newPassword);

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    [Theory, DatabaseData]
    public async Task ForgotPassword_UnknownAddress_GetsTheSameAnswer_AndNoMail(DatabaseKind kind)
    {
        await using var smtp = LocalSmtpServer.Start();
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString, settings: smtp.PortalSettings());
        using var client = portal.CreateHttpsClient();
        var (known, unknown) = (TestPasswords.NewEmail(), TestPasswords.NewEmail("nobody"));
        await AccountForms.RegisterAsync(client, known, TestPasswords.New());

        using var forUnknown = await AskForLinkAsync(client, unknown);
        using var forKnown = await AskForLinkAsync(client, known);

        Assert.Equal(HttpStatusCode.OK, forUnknown.StatusCode);
        var knownAnswer = Answer(await forKnown.Content.ReadAsStringAsync(Cancel), known);
        Assert.NotEmpty(knownAnswer);
        Assert.Equal(knownAnswer, Answer(await forUnknown.Content.ReadAsStringAsync(Cancel), unknown));
        await smtp.NextMessageToAsync(known, s_mailWait, Cancel);
        // Each request sends its mail before it answers: none to the unknown address can be on its way.
        await Assert.ThrowsAsync<TimeoutException>(() => smtp.NextMessageToAsync(unknown, TimeSpan.FromSeconds(1), Cancel));
    }

    [Theory, DatabaseData]
    public async Task WithoutSmtp_ThePageOffersNoForm_AndSignInDoesNotLinkToIt(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var client = portal.CreateHttpsClient();

        var page = await client.GetStringAsync(new Uri(PagePath, UriKind.Relative), Cancel);
        var signIn = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative), Cancel);

        Assert.Contains("cannot send a reset link", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Input.Email\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain(PagePath, signIn, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> AskForLinkAsync(HttpClient client, string email) =>
        AccountForms.PostAsync(client, PagePath, "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });

    /// <summary>The page's message with the address it repeats taken out.</summary>
    private static string Answer(string html, string email) =>
        Message().Match(html).Value.Replace(email, "(address)", StringComparison.Ordinal);

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    [GeneratedRegex(@"If \S+ belongs to an account[^<]*")]
    private static partial Regex Message();
}
