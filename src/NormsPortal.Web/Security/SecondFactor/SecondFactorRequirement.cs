using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NormsPortal.Web.Security.Sessions;

namespace NormsPortal.Web.Security.SecondFactor;

/// <summary>
/// Part of <see cref="PortalPolicies.Admin"/>: this session, not only the account, proved a second
/// factor (an authenticator code, a recovery code or a passkey). Read from the session record, which
/// a renewed cookie and a refreshed bearer token share with the sign-in. An admin who enrolled after
/// signing in with a password still has a password-only session, and is refused until they sign in again.
/// </summary>
public sealed class SecondFactorRequirement : IAuthorizationRequirement;

/// <summary>Checks <see cref="SecondFactorRequirement"/>; its failure is what <see cref="SecondFactorAnswers"/> explains.</summary>
internal sealed class SecondFactorHandler(
    UserSessions sessions,
    IOptionsMonitor<AdminOptions> admin,
    IOptions<IdentityOptions> identity)
    : AuthorizationHandler<SecondFactorRequirement>
{
    public const string FailureMessage = "This session was not signed in with a second factor.";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, SecondFactorRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!admin.CurrentValue.RequireTwoFactor)
        {
            context.Succeed(requirement);
            return;
        }

        if (SessionIdentity.Of(context.User, identity.Value.ClaimsIdentity) is { } session
            && AuthenticationMethods.ProvesSecondFactor(await sessions.SignInMethodAsync(session)))
        {
            context.Succeed(requirement);
            return;
        }

        context.Fail(new AuthorizationFailureReason(this, FailureMessage));
    }

    /// <summary>Whether <paramref name="failure"/> is (also) this requirement's: the only one that a fresh sign-in can mend.</summary>
    public static bool IsCauseOf(AuthorizationFailure? failure) =>
        failure is not null && failure.FailureReasons.Any(reason => reason.Handler is SecondFactorHandler);
}
