using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// The two addresses the passkey script (wwwroot/js/passkey-submit.js) fetches WebAuthn options from,
/// as the Identity template has them: creation options for a signed-in account adding a passkey, and
/// request options for the sign-in page. Each remembers its ceremony in a short-lived cookie that the
/// form post completing it reads. Both need the page's antiforgery token in the header, so another
/// site cannot start a ceremony in the reader's browser.
/// </summary>
public static class PasskeyEndpoints
{
    public const string CreationOptionsPath = "/account/passkey-creation-options";
    public const string RequestOptionsPath = "/account/passkey-request-options";

    public static IEndpointRouteBuilder MapPasskeyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(CreationOptionsPath, CreationOptionsAsync).RequireAuthorization().ExcludeFromDescription();
        endpoints.MapPost(RequestOptionsPath, RequestOptionsAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult, ChallengeHttpResult>> CreationOptionsAsync(
        HttpContext context,
        IAntiforgery antiforgery,
        UserManager<PortalUser> users,
        PasskeySetup passkeys)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return MissingAntiforgeryToken();
        }

        var user = await users.GetUserAsync(context.User);
        return user is null
            ? TypedResults.Challenge()
            : TypedResults.Content(await passkeys.CreationOptionsAsync(user), "application/json");
    }

    /// <summary>
    /// Options for any passkey of this site (a discoverable credential). The template narrows them to
    /// the typed address's passkeys; that would tell anyone which addresses have an account with one.
    /// </summary>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> RequestOptionsAsync(
        HttpContext context,
        IAntiforgery antiforgery,
        SignInManager<PortalUser> signIn)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return MissingAntiforgeryToken();
        }

        return TypedResults.Content(await signIn.MakePasskeyRequestOptionsAsync(user: null), "application/json");
    }

    private static ProblemHttpResult MissingAntiforgeryToken() => TypedResults.Problem(
        title: "The antiforgery token is missing or not valid",
        detail: "Passkey options are fetched by the portal's own pages, with their antiforgery token in the request header.",
        statusCode: StatusCodes.Status400BadRequest);
}
