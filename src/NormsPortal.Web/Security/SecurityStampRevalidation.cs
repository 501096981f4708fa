using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NormsPortal.Web.Security.Sessions;

namespace NormsPortal.Web.Security;

/// <summary>
/// The circuit's <see cref="AuthenticationStateProvider"/>: every minute it checks the signed-in
/// user's session (<see cref="UserSessions"/>: the record, the user's security stamp and lockout), so
/// a password change, a removed role or an ended session also ends what an open tab shows.
/// </summary>
internal sealed class SecurityStampRevalidation(
    ILoggerFactory loggerFactory,
    UserSessions sessions,
    IOptions<IdentityOptions> options)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override TimeSpan RevalidationInterval => Interval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(
        AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        SessionIdentity.Of(authenticationState.User, options.Value.ClaimsIdentity) is { } session
        && await sessions.IsCurrentAsync(session, cancellationToken: cancellationToken);
}
