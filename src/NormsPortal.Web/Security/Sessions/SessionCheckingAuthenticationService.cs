using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NormsPortal.Web.Caching;

namespace NormsPortal.Web.Security.Sessions;

/// <summary>
/// Checks the session of every authentication, whichever scheme (cookie or bearer token) carried it,
/// the authorization's own included: a sign-in whose session has ended, expired or lost its security
/// stamp, or that has no session at all, fails to authenticate, so pages send the browser to sign in
/// and the API answers 401.
/// A request for a shared page (<see cref="SharedPageRequest"/>) is not authenticated at all: its page is the
/// public's, whoever asks, so decrypting the sign-in cookie and checking its session would only be thrown away.
/// The circuit the page opens is authenticated, and its session checked, as every other request is.
/// </summary>
internal sealed class SessionCheckingAuthenticationService(
    IAuthenticationSchemeProvider schemes,
    IAuthenticationHandlerProvider handlers,
    IClaimsTransformation transform,
    IOptions<AuthenticationOptions> options,
    UserSessions sessions,
    IOptions<IdentityOptions> identity)
    : AuthenticationService(schemes, handlers, transform, options)
{
    public override async Task<AuthenticateResult> AuthenticateAsync(HttpContext context, string? scheme)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (SharedPageRequest.Is(context))
        {
            return AuthenticateResult.NoResult();
        }

        var result = await base.AuthenticateAsync(context, scheme);
        if (!result.Succeeded || SessionIdentity.SignedInIdentity(result.Principal) is null)
        {
            return result;
        }

        return SessionIdentity.Of(result.Principal, identity.Value.ClaimsIdentity) is { } session
            && await sessions.IsCurrentAsync(session, cancellationToken: context.RequestAborted)
                ? result
                : AuthenticateResult.Fail("The session has ended.");
    }
}
