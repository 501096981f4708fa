using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace NormsPortal.Web.Features.Accounts;

/// <summary>The address of the reset-password page for one account and one reset token (Base64Url-encoded).</summary>
public static class ResetPasswordLink
{
    public const string Path = "/account/reset-password";

    public static string PathFor(string email, string encodedToken) =>
        QueryHelpers.AddQueryString(Path, new Dictionary<string, string?> { ["email"] = email, ["code"] = encodedToken });

    /// <summary>The page's address for a token as Identity made it: Base64Url-encoded, so it survives a query string and a mail.</summary>
    public static string PathForToken(string email, string token) =>
        PathFor(email, WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token)));
}
