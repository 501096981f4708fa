namespace NormsPortal.Web.Security.Email;

/// <summary>
/// The SMTP server the portal sends account mail through (section "Smtp"): e-mail confirmation and
/// password reset. Without a host the portal sends no mail and offers no reset by mail. The password
/// comes from configuration (an environment variable or a secret store), never from a committed file.
/// </summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Smtp";

    /// <summary>The server's name or address; mail is off while it is empty.</summary>
    public string? Host { get; init; }

    /// <summary>587 (submission with STARTTLS) by default; 465 means TLS from the first byte.</summary>
    public int Port { get; init; } = 587;

    /// <summary>The account to authenticate as; no authentication when empty.</summary>
    public string? UserName { get; init; }

    public string? Password { get; init; }

    /// <summary>The sender address, as <c>portal@example.org</c> or <c>NormsPortal &lt;portal@example.org&gt;</c>.</summary>
    public string? From { get; init; }

    /// <summary>Encrypt the connection (on by default); off only for a relay on the same host or network.</summary>
    public bool UseTls { get; init; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}
