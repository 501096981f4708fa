using NormsPortal.Web.Api;

namespace NormsPortal.Web.Security.RateLimiting;

/// <summary>
/// The account addresses whose POSTs are limited, pages and API alike: a static form posts to its
/// own page's address, and Identity's API endpoints sit under /api/v1/auth.
/// </summary>
internal static class RateLimitedAccountPaths
{
    private const string Auth = ApiRoutes.Version1 + "/auth";

    private static readonly HashSet<string> s_register = new(StringComparer.OrdinalIgnoreCase)
    {
        "/account/register",
        Auth + "/register",
    };

    private static readonly HashSet<string> s_signIn = new(StringComparer.OrdinalIgnoreCase)
    {
        "/account/login",
        "/account/login-2fa",
        "/account/login-with-recovery-code",
        "/account/forgot-password",
        "/account/reset-password",
        "/account/resend-email-confirmation",
        Auth + "/login",
        Auth + "/forgotPassword",
        Auth + "/resetPassword",
        Auth + "/resendConfirmationEmail",
    };

    public static bool IsRegistration(PathString path) => s_register.Contains(Normalised(path));

    public static bool IsSignIn(PathString path) => s_signIn.Contains(Normalised(path));

    private static string Normalised(PathString path) => (path.Value ?? "").TrimEnd('/');
}
