using System.ComponentModel.DataAnnotations;

namespace NormsPortal.Web.Security;

/// <summary>
/// How long a sign-in lasts (section <c>Accounts</c>). The browser's cookie slides: it expires after
/// <see cref="CookieLifetime"/> without use. API clients get short access tokens and renew them with
/// the refresh token, so a revoked account stops working within <see cref="AccessTokenLifetime"/>.
/// </summary>
public sealed class AccountOptions
{
    public const string SectionName = "Accounts";

    /// <summary>The longest an access token may live (ASVS asks for short-lived tokens).</summary>
    public static readonly TimeSpan MaximumAccessTokenLifetime = TimeSpan.FromMinutes(15);

    [Range(typeof(TimeSpan), "00:05:00", "90.00:00:00")]
    public TimeSpan CookieLifetime { get; set; } = TimeSpan.FromDays(14);

    [Range(typeof(TimeSpan), "00:01:00", "00:15:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = MaximumAccessTokenLifetime;

    [Range(typeof(TimeSpan), "00:15:00", "90.00:00:00")]
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(14);
}
