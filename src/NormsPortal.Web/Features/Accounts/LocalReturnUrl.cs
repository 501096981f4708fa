namespace NormsPortal.Web.Features.Accounts;

/// <summary>Where to go after signing in or out: only a path on this site, never another site (no open redirect).</summary>
public static class LocalReturnUrl
{
    public static string OrHome(string? returnUrl) =>
        IsLocal(returnUrl) ? returnUrl! : "/";

    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Contains('\\', StringComparison.Ordinal)
        && Uri.IsWellFormedUriString(url, UriKind.Relative);
}
