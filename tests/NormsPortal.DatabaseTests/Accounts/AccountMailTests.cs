using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.Web.Security.Email;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>
/// Account mail goes through a real SMTP server (one on loopback, started by the test) when
/// Smtp:Host is set; without it the portal sends nothing and says so to the account pages.
/// </summary>
public sealed class AccountMailTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly TimeSpan s_mailWait = TimeSpan.FromSeconds(30);

    [Theory, DatabaseData]
    public async Task Sender_WithSmtpConfigured_DeliversALinkMailWithTheLinkDecodedInItsText(DatabaseKind kind)
    {
        await using var smtp = LocalSmtpServer.Start();
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString, settings: smtp.PortalSettings());
        var sender = portal.Services.GetRequiredService<IEmailSender<PortalUser>>();

        await sender.SendPasswordResetLinkAsync(new PortalUser(), "reader@example.org", "http://localhost/account/reset-password?code=a%2Bb&amp;email=reader");
        var mail = await smtp.NextMessageToAsync("reader@example.org", s_mailWait, Cancel);

        Assert.True(portal.Services.GetRequiredService<MailAvailability>().CanSendMail);
        Assert.Equal("Reset your NormsPortal password", mail.Subject);
        Assert.Equal("portal@normsportal.test", mail.From.Mailboxes.Single().Address);
        Assert.Contains("http://localhost/account/reset-password?code=a%2Bb&email=reader", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"http://localhost/account/reset-password?code=a%2Bb&amp;email=reader\"", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task WithoutSmtpHost_MailIsNotAvailable_AndNoSmtpSenderIsRegistered(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);

        Assert.False(portal.Services.GetRequiredService<MailAvailability>().CanSendMail);
        Assert.False(portal.Services.GetService<IEmailSender<PortalUser>>() is SmtpEmailSender);
    }
}
