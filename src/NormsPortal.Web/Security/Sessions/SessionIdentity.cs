using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace NormsPortal.Web.Security.Sessions;

/// <summary>
/// What a signed-in principal says about its session: the session id (claim <see cref="ClaimType"/>,
/// added at sign-in), the user and the security stamp it was issued with.
/// </summary>
public sealed record SessionIdentity(Guid SessionId, string UserId, string? SecurityStamp)
{
    public const string ClaimType = "normsportal:session";

    /// <summary>
    /// The session of <paramref name="principal"/>'s Identity sign-in, or null when it has none (anonymous,
    /// or only the short-lived cookie between password and two-factor code, which is not a sign-in).
    /// </summary>
    public static SessionIdentity? Of(ClaimsPrincipal? principal, ClaimsIdentityOptions claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var identity = SignedInIdentity(principal);
        return identity is not null
            && Guid.TryParse(identity.FindFirst(ClaimType)?.Value, out var sessionId)
            && identity.FindFirst(claims.UserIdClaimType)?.Value is { Length: > 0 } userId
                ? new SessionIdentity(sessionId, userId, identity.FindFirst(claims.SecurityStampClaimType)?.Value)
                : null;
    }

    /// <summary>
    /// The identity an Identity sign-in made, by cookie or bearer token: Identity's principal factory
    /// names it after the application scheme whichever scheme carries it.
    /// </summary>
    public static ClaimsIdentity? SignedInIdentity(ClaimsPrincipal? principal) =>
        principal?.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == IdentityConstants.ApplicationScheme);
}
