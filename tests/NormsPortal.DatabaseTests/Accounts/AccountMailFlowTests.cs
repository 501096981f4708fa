using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport.Accounts;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>
/// With an SMTP server configured (a real one on loopback), registering sends a confirmation mail
/// whose link confirms the address, and a forgotten password sends a code that sets a new one.
/// </summary>
public sealed partial class AccountMailFlowTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly TimeSpan s_mailWait = TimeSpan.FromSeconds(30);

    [Theory, DatabaseData]
    public async Task Register_SendsAConfirmationMail_WhoseLinkConfirmsTheAddress(DatabaseKind kind)
    {
        await using var smtp = LocalSmtpServer.Start();
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString, settings: smtp.PortalSettings());
        using var client = portal.CreateHttpsClient();
        var email = TestPasswords.NewEmail();

        using (var registered = await client.RegisterAsync(email, TestPasswords.New()))
        {
            registered.EnsureSuccessStatusCode();
        }

        var mail = await smtp.NextMessageToAsync(email, s_mailWait, Cancel);
        var link = new Uri(Link().Match(mail.TextBody ?? "").Value);
        using var confirmed = await client.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        await using var db = database.CreateContext();
        Assert.True(await db.Users.Where(u => u.Email == email).Select(u => u.EmailConfirmed).SingleAsync(Cancel));
    }

    [Theory, DatabaseData]
    public async Task ForgotPassword_SendsACode_ThatSetsANewPassword(DatabaseKind kind)
    {
        await using var smtp = LocalSmtpServer.Start();
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString, settings: smtp.PortalSettings());
        using var client = portal.CreateHttpsClient();
        var email = TestPasswords.NewEmail();
        await client.RegisterWithTokensAsync(email, TestPasswords.New());
        await ConfirmAsync(client, await smtp.NextMessageToAsync(email, s_mailWait, Cancel));

        using (var forgot = await client.PostAsJsonAsync("/api/v1/auth/forgotPassword", new { email }, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, forgot.StatusCode);
        }

        var mail = await smtp.NextMessageToAsync(email, s_mailWait, Cancel);
        var code = ResetCode().Match(mail.TextBody ?? "").Groups["code"].Value;
        var newPassword = TestPasswords.New();
        using var reset = await client.PostAsJsonAsync("/api/v1/auth/resetPassword", new { email, resetCode = code, newPassword }, Cancel);
        using var login = await client.LoginAsync(email, newPassword);

        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
    }

    /// <summary>Identity sends reset codes only to confirmed addresses.</summary>
    private static async Task ConfirmAsync(HttpClient client, MimeKit.MimeMessage confirmation)
    {
        var link = new Uri(Link().Match(confirmation.TextBody ?? "").Value);
        using var confirmed = await client.GetAsync(new Uri(link.PathAndQuery, UriKind.Relative), Cancel);
        confirmed.EnsureSuccessStatusCode();
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();

    [GeneratedRegex(@"password for your NormsPortal account:\s+(?<code>\S+)")]
    private static partial Regex ResetCode();
}
