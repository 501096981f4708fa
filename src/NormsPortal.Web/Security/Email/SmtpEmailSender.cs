using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using MimeKit;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Security.Email;

/// <summary>
/// Sends Identity's account mail (confirmation, password reset) through the configured SMTP server
/// with MailKit, one connection per message. Links and codes carry tokens: they are never logged.
/// </summary>
internal sealed partial class SmtpEmailSender(IOptions<SmtpOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender<PortalUser>
{
    private readonly SmtpOptions _smtp = options.Value;

    public Task SendConfirmationLinkAsync(PortalUser user, string email, string confirmationLink) =>
        SendAsync("confirmation", AccountMail.WithLink(
            Sender(), email, "Confirm your NormsPortal account",
            "Confirm the address of your NormsPortal account by opening this link:", confirmationLink));

    public Task SendPasswordResetLinkAsync(PortalUser user, string email, string resetLink) =>
        SendAsync("password reset", AccountMail.WithLink(
            Sender(), email, "Reset your NormsPortal password",
            "Choose a new password for your NormsPortal account by opening this link:", resetLink));

    public Task SendPasswordResetCodeAsync(PortalUser user, string email, string resetCode) =>
        SendAsync("password reset code", AccountMail.WithCode(
            Sender(), email, "Reset your NormsPortal password",
            "Use this code to choose a new password for your NormsPortal account:", resetCode));

    private MailboxAddress Sender() => MailboxAddress.Parse(_smtp.From ?? throw new InvalidOperationException("Smtp:From is not set."));

    private async Task SendAsync(string kind, MimeMessage message)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(_smtp.Host ?? throw new InvalidOperationException("Smtp:Host is not set."), _smtp.Port, Security());
        if (!string.IsNullOrEmpty(_smtp.UserName))
        {
            await client.AuthenticateAsync(_smtp.UserName, _smtp.Password ?? "");
        }

        await client.SendAsync(message);
        await client.DisconnectAsync(quit: true);
        LogSent(logger, kind, _smtp.Host);
    }

    /// <summary>Port 465 speaks TLS at once; any other port upgrades with STARTTLS, and fails rather than send in clear.</summary>
    private SecureSocketOptions Security() => !_smtp.UseTls
        ? SecureSocketOptions.None
        : _smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent the {MailKind} mail through {SmtpHost}")]
    private static partial void LogSent(ILogger logger, string mailKind, string? smtpHost);
}
