using Microsoft.Extensions.Options;

namespace NormsPortal.Web.Security.Email;

/// <summary>
/// Whether the portal can send account mail. The account pages ask it before they offer a password
/// reset by mail or a confirmation link; without SMTP, registration still works and reset is not offered.
/// </summary>
public sealed class MailAvailability(IOptions<SmtpOptions> options)
{
    public bool CanSendMail { get; } = options.Value.IsConfigured;
}
