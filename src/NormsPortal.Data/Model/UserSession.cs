namespace NormsPortal.Data.Model;

/// <summary>
/// One sign-in of a user, by cookie or bearer token, kept on the server so that it can be ended:
/// its id travels in the cookie or token as a claim, and a request whose session has ended or
/// expired is anonymous. Rows go with their user.
/// </summary>
public sealed class UserSession
{
    public const int UserAgentLength = 512;
    public const int ClientAddressLength = 64;
    public const int EndReasonLength = 32;
    public const int SignInMethodLength = 16;

    public Guid Id { get; set; }

    public required string UserId { get; set; }

    public PortalUser? User { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When a request last used the session (updated at most once per check interval).</summary>
    public DateTime LastSeenAt { get; set; }

    /// <summary>The absolute end: the session is over then, however active.</summary>
    public DateTime ExpiresAt { get; set; }

    /// <summary>
    /// How the user proved who they were when the session started, as an <c>amr</c> value (RFC 8176:
    /// <c>pwd</c>, <c>mfa</c>, …): kept with the session, so a renewed cookie or a refreshed bearer
    /// token, which do not carry the sign-in's claims, still answer whether a second factor was used.
    /// </summary>
    public string? SignInMethod { get; set; }

    public string? UserAgent { get; set; }

    public string? ClientAddress { get; set; }

    /// <summary>When the session was ended before it expired (sign-out, password change, an admin …).</summary>
    public DateTime? RevokedAt { get; set; }

    /// <summary>Why it was ended, in a word or two ("signed out", "password changed").</summary>
    public string? RevokedReason { get; set; }

    /// <summary>Not ended, not past its absolute end, and used within <paramref name="idleTimeout"/>.</summary>
    public bool IsActiveAt(DateTime now, TimeSpan idleTimeout) =>
        RevokedAt is null && now < ExpiresAt && now - LastSeenAt < idleTimeout;
}
