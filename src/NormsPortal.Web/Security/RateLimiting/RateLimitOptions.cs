namespace NormsPortal.Web.Security.RateLimiting;

/// <summary>
/// How many account POSTs one client address may send (section "RateLimits"): registrations
/// (<c>RateLimits:Register</c>, 10 an hour) and sign-in attempts with their neighbours, two-factor
/// codes and password resets (<c>RateLimits:SignIn</c>, 10 a minute). Pages and API count together.
/// </summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    public RateLimitWindow Register { get; init; } = new() { PermitLimit = 10, Window = TimeSpan.FromHours(1) };

    public RateLimitWindow SignIn { get; init; } = new() { PermitLimit = 10, Window = TimeSpan.FromMinutes(1) };
}

/// <summary>At most <see cref="PermitLimit"/> requests in each <see cref="Window"/> (<c>hh:mm:ss</c>).</summary>
public sealed class RateLimitWindow
{
    public int PermitLimit { get; init; }

    public TimeSpan Window { get; init; }

    public bool IsValid => PermitLimit >= 1 && Window > TimeSpan.Zero;
}
