using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>
/// The form posts of the account pages that are not pages themselves: signing out, which must clear
/// the cookie in a plain HTTP response, and downloading one's data, which answers a file.
/// </summary>
public static class AccountFormEndpoints
{
    public const string DownloadDataPath = "/account/manage/data/download";

    public static IEndpointRouteBuilder MapAccountFormEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // The app bar's sign-out button is on cached pages too, without a token: see SignOutRequestFilter.
        endpoints.MapPost(Security.IdentityConfiguration.LogoutPath, LogOutAsync)
            .DisableAntiforgery()
            .AddEndpointFilter<Security.Antiforgery.SignOutRequestFilter>();
        endpoints.MapPost(DownloadDataPath, DownloadDataAsync).RequireAuthorization();
        return endpoints;
    }

    private static async Task<Results<FileContentHttpResult, ChallengeHttpResult>> DownloadDataAsync(
        HttpContext context,
        UserManager<PortalUser> users,
        PersonalDataExport export)
    {
        var user = await users.GetUserAsync(context.User);
        if (user is null)
        {
            return TypedResults.Challenge();
        }

        var json = await export.ExportAsync(user, context.RequestAborted);
        return TypedResults.File(json, "application/json", "normsportal-my-data.json");
    }

    private static async Task<RedirectHttpResult> LogOutAsync(
        SignInManager<PortalUser> signInManager,
        [FromForm] string? returnUrl)
    {
        await signInManager.SignOutAsync();
        return TypedResults.LocalRedirect(LocalReturnUrl.OrHome(returnUrl));
    }
}
