using System.Net;
using MimeKit;

namespace NormsPortal.Web.Security.Email;

/// <summary>The wording of the portal's account mail, in plain text and HTML.</summary>
internal static class AccountMail
{
    /// <summary>
    /// A message with one link. Identity hands the link over HTML-encoded (it was made for an HTML
    /// body), so the plain-text part decodes it and the HTML part uses it as given.
    /// </summary>
    public static MimeMessage WithLink(MailboxAddress from, string to, string subject, string introduction, string encodedLink)
    {
        var link = WebUtility.HtmlDecode(encodedLink);
        var body = new BodyBuilder
        {
            TextBody = $"{introduction}\n\n{link}\n\nIf you did not ask for this, ignore this message.\n\nNormsPortal",
            HtmlBody = $"<p>{WebUtility.HtmlEncode(introduction)}</p><p><a href=\"{encodedLink}\">{encodedLink}</a></p>"
                + "<p>If you did not ask for this, ignore this message.</p><p>NormsPortal</p>",
        };
        return Message(from, to, subject, body);
    }

    /// <summary>A message with a code to type, for scripts that reset a password through the API.</summary>
    public static MimeMessage WithCode(MailboxAddress from, string to, string subject, string introduction, string code)
    {
        var body = new BodyBuilder
        {
            TextBody = $"{introduction}\n\n{code}\n\nIf you did not ask for this, ignore this message.\n\nNormsPortal",
        };
        return Message(from, to, subject, body);
    }

    private static MimeMessage Message(MailboxAddress from, string to, string subject, BodyBuilder body)
    {
        var message = new MimeMessage { Subject = subject, Body = body.ToMessageBody() };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(to));
        return message;
    }
}
