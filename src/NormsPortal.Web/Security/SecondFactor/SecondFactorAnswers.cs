using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using NormsPortal.Web.Api;

namespace NormsPortal.Web.Security.SecondFactor;

/// <summary>
/// Says why an admin was refused when the cause is a password-only session: the API answers 403 with
/// a ProblemDetails that says a second factor is needed, a page sends the browser to the access-denied
/// page, which leads to enrolment or to a fresh sign-in. Every other answer is the framework's own.
/// </summary>
internal sealed class SecondFactorAnswers : IAuthorizationMiddlewareResultHandler
{
    public const string ProblemTitle = "A second factor is needed";
    public const string ProblemDetail =
        "Admin actions need a session signed in with a second factor: sign in again with an authenticator code, a recovery code or a passkey (set up two-factor authentication first if the account has none).";

    /// <summary>The access-denied page's query value that shows the second-factor explanation.</summary>
    public const string Reason = "second-factor";

    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        // An explicit failure leaves the failed requirements unlisted: an admin refused by the second-factor check
        // is refused for it alone (a researcher fails it too, but the role first).
        if (!authorizeResult.Forbidden || !SecondFactorHandler.IsCauseOf(authorizeResult.AuthorizationFailure)
            || !context.User.IsInRole(PortalRoles.Admin))
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        if (ApiRoutes.IsApiPath(context.Request.Path))
        {
            await TypedResults.Problem(title: ProblemTitle, detail: ProblemDetail, statusCode: StatusCodes.Status403Forbidden)
                .ExecuteAsync(context);
            return;
        }

        var returnUrl = context.Request.PathBase + context.Request.Path + context.Request.QueryString;
        context.Response.Redirect(
            $"{IdentityConfiguration.AccessDeniedPath}?reason={Reason}&returnUrl={Uri.EscapeDataString(returnUrl)}");
    }
}
