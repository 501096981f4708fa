using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Security.Sessions;

/// <summary>
/// Identity's sign-in manager with server-side sessions (<see cref="UserSessions"/>), the base of the
/// portal's (<c>PortalSignInManager</c>, which adds the security log). Every sign-in,
/// by cookie or bearer token, starts a session whose id the principal carries as a claim; a refreshed
/// sign-in (after a password change, a cookie's security-stamp check, a token refresh) keeps the
/// session it had, and only while that session is live; sign-out ends it.
/// </summary>
public abstract class SessionSignInManager(
    UserManager<PortalUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation,
    UserSessions sessions)
    : SignInManager<PortalUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>The session the principals this manager makes in this request carry; a new one when none is carried.</summary>
    private Guid? _session;

    /// <summary>How the sign-in under way proved who the user is (<see cref="AuthenticationMethods"/>), recorded with a session it starts.</summary>
    private string? _signInMethod;

    /// <summary>A refreshed sign-in (after a password change on this browser) keeps this browser's session while it is live.</summary>
    public override async Task RefreshSignInAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (SessionIdentity.Of(Context.User, Options.ClaimsIdentity) is { } current
            && current.UserId == user.Id && await sessions.IsCurrentAsync(current, fresh: true))
        {
            _session = current.SessionId;
        }

        await base.RefreshSignInAsync(user);
    }

    /// <summary>
    /// Every sign-in with a new principal passes here with the method it used (Identity's <c>amr</c>
    /// claim), which the session it starts keeps: the portal's passkey sign-in passes
    /// <see cref="AuthenticationMethods.Passkey"/> where Identity's would pass a password's.
    /// </summary>
    public override Task SignInWithClaimsAsync(PortalUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        ArgumentNullException.ThrowIfNull(additionalClaims);
        _signInMethod ??= additionalClaims.FirstOrDefault(c => c.Type == AuthenticationMethods.ClaimType)?.Value;
        return base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }

    /// <summary>
    /// Every sign-in makes its principal here, whatever the path (password, second factor, passkey,
    /// cookie or bearer token), so this is where a session starts when the principal carries none.
    /// </summary>
    public override async Task<ClaimsPrincipal> CreateUserPrincipalAsync(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var principal = await base.CreateUserPrincipalAsync(user);
        _session ??= await sessions.StartAsync(
            user.Id, _signInMethod, Context.Request.Headers.UserAgent.ToString(), Context.Connection.RemoteIpAddress?.ToString());
        principal.Identities.First().AddClaim(new Claim(SessionIdentity.ClaimType, _session.Value.ToString()));
        return principal;
    }

    /// <summary>
    /// Used where a sign-in is renewed from an older principal (the cookie's periodic check, the bearer
    /// token refresh): besides the stamp, the principal's session must be live, and the renewed
    /// principal keeps it.
    /// </summary>
    public override async Task<PortalUser?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        if (user is null || SessionIdentity.Of(principal, Options.ClaimsIdentity) is not { } session
            || session.UserId != user.Id || !await sessions.IsCurrentAsync(session, fresh: true))
        {
            return null;
        }

        _session = session.SessionId;
        return user;
    }

    public override async Task SignOutAsync()
    {
        if (SessionIdentity.Of(Context.User, Options.ClaimsIdentity) is { } session)
        {
            await sessions.EndAsync(session.UserId, session.SessionId, SessionEndReasons.SignedOut);
        }

        await base.SignOutAsync();
    }
}
