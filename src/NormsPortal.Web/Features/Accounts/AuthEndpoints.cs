using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using NormsPortal.Data.Model;
using NormsPortal.Web.Api;
using NormsPortal.Web.Security.Antiforgery;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// Sign-in for scripts and reference-manager plugins under <c>/api/v1/auth</c>: Identity's own API
/// (<c>register</c>, <c>login</c> with a cookie or a bearer token, <c>refresh</c>, <c>manage/info</c>,
/// <c>manage/2fa</c> …) and <c>logout</c>. Outside the public API group: these answers are never shared
/// across origins.
/// </summary>
public static class AuthEndpoints
{
    public const string Prefix = ApiRoutes.Version1 + "/auth";

    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var auth = endpoints.MapGroup(Prefix).WithTags("Accounts").RequireAntiforgeryForCookieWrites();
        auth.MapIdentityApi<PortalUser>().Add(endpoint =>
        {
            var pattern = (endpoint as RouteEndpointBuilder)?.RoutePattern.RawText ?? "";
            if (pattern.EndsWith("/register", StringComparison.Ordinal))
            {
                endpoint.FilterFactories.Add((_, next) => context => AuthAnswers.HideExistingAccountsAsync(context, next));
            }
            else if (pattern.EndsWith("/login", StringComparison.Ordinal))
            {
                endpoint.FilterFactories.Add((_, next) => context => AuthAnswers.SayOnlyFailedAsync(context, next));
            }
        });
        auth.MapPost("/logout", LogOutAsync)
            .RequireAuthorization()
            .WithSummary("Ends the caller's own session")
            .WithDescription("Signs the browser's cookie out. A bearer token's session ends as well.");
        return endpoints;
    }

    private static async Task<NoContent> LogOutAsync(SignInManager<PortalUser> signInManager)
    {
        await signInManager.SignOutAsync();
        return TypedResults.NoContent();
    }
}
