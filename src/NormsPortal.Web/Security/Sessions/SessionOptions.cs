namespace NormsPortal.Web.Security.Sessions;

/// <summary>
/// How long a sign-in lasts (section "Sessions"), by cookie or bearer token alike. The defaults are
/// OWASP ASVS 4.0.3 level 2's (3.3.2): 30 minutes without use, 12 hours in all. An open page counts
/// as use: its circuit checks the session every minute.
/// </summary>
public sealed class SessionOptions
{
    public const string SectionName = "Sessions";

    /// <summary>
    /// The longest a check may be answered from memory. A session ended through any instance is forgotten by every
    /// instance as soon as it hears of it (<see cref="UserSessions"/>); one ended behind the portal's back (straight in
    /// the database) stops working within this.
    /// </summary>
    public static readonly TimeSpan LongestCheckInterval = TimeSpan.FromSeconds(60);

    /// <summary>A session unused this long has ended.</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>A session has ended this long after its sign-in, however active.</summary>
    public TimeSpan AbsoluteLifetime { get; init; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How long an instance trusts what it last read of a session (and its user's security stamp)
    /// before reading it again: at most <see cref="LongestCheckInterval"/>; zero reads it on every request.
    /// </summary>
    public TimeSpan CheckInterval { get; init; } = LongestCheckInterval;

    public bool IsValid =>
        IdleTimeout > TimeSpan.Zero && AbsoluteLifetime > TimeSpan.Zero
        && CheckInterval >= TimeSpan.Zero && CheckInterval <= LongestCheckInterval;
}
