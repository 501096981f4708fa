using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using MudBlazor;
using NormsPortal.Web.Features.Accounts;

namespace NormsPortal.Web.Components.Account;

/// <summary>A message shown once on the page an account form redirects to.</summary>
public sealed record AccountStatus(Severity Severity, string Text);

/// <summary>
/// Redirects from the account pages' form posts, to local addresses only, optionally carrying a
/// message to the next page in a cookie that lives a few seconds.
/// </summary>
public sealed class AccountRedirects(NavigationManager navigation)
{
    private const string StatusCookieName = "NormsPortal.AccountStatus";

    private static readonly CookieBuilder s_statusCookie = new()
    {
        SameSite = SameSiteMode.Strict,
        HttpOnly = true,
        IsEssential = true,
        MaxAge = TimeSpan.FromSeconds(10),
    };

    /// <summary>Goes to <paramref name="url"/> when it is on this site, else to the home page.</summary>
    public void RedirectTo(string? url) => navigation.NavigateTo(LocalReturnUrl.OrHome(url));

    public void RedirectTo(string path, IEnumerable<KeyValuePair<string, string?>> query) =>
        RedirectTo(QueryHelpers.AddQueryString(path, query));

    public void RedirectWithStatus(string? url, AccountStatus status, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(StatusCookieName, $"{status.Severity}|{status.Text}", s_statusCookie.Build(context));
        RedirectTo(url);
    }

    /// <summary>The message a redirect carried to this page, read once.</summary>
    public static AccountStatus? TakeStatus(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = context.Request.Cookies[StatusCookieName];
        if (value is null)
        {
            return null;
        }

        context.Response.Cookies.Delete(StatusCookieName);
        var separator = value.IndexOf('|', StringComparison.Ordinal);
        return separator > 0 && Enum.TryParse<Severity>(value[..separator], out var severity)
            ? new AccountStatus(severity, value[(separator + 1)..])
            : null;
    }
}
