using Microsoft.AspNetCore.Components.Authorization;

namespace NormsPortal.Web.Security;

/// <summary>
/// Hands the request's user to the request's <see cref="AuthenticationStateProvider"/>, so that
/// <see cref="ICurrentUser"/> reads the same source in API endpoints as in components (Blazor sets
/// it itself when it renders a page or opens a circuit). Runs after authentication.
/// </summary>
internal sealed class CurrentUserMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, AuthenticationStateProvider authentication)
    {
        if (authentication is IHostEnvironmentAuthenticationStateProvider host)
        {
            host.SetAuthenticationState(Task.FromResult(new AuthenticationState(context.User)));
        }

        return next(context);
    }
}
