using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// The form posts of the account pages that are not pages themselves: signing out, which must clear
/// the cookie in a plain HTTP response.
/// </summary>
public static class AccountFormEndpoints
{
    public static IEndpointRouteBuilder MapAccountFormEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Security.IdentityConfiguration.LogoutPath, LogOutAsync);
        return endpoints;
    }

    private static async Task<RedirectHttpResult> LogOutAsync(
        SignInManager<PortalUser> signInManager,
        [FromForm] string? returnUrl)
    {
        await signInManager.SignOutAsync();
        return TypedResults.LocalRedirect(LocalReturnUrl.OrHome(returnUrl));
    }
}
