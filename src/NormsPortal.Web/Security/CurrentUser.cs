using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;

namespace NormsPortal.Web.Security;

/// <summary>
/// Reads the user from Blazor's <see cref="AuthenticationStateProvider"/>, the one source in both
/// scopes: in a circuit it holds the circuit's user (an <see cref="IHttpContextAccessor"/> there
/// would see no request, or a stale one); in an HTTP request <see cref="CurrentUserMiddleware"/>
/// has handed it the request's user.
/// </summary>
internal sealed class CurrentUser(AuthenticationStateProvider authentication) : ICurrentUser
{
    private static readonly ClaimsPrincipal s_anonymous = new(new ClaimsIdentity());

    public string? UserId => IsAuthenticated ? Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public bool IsInRole(string role) => Principal.IsInRole(role);

    private ClaimsPrincipal Principal
    {
        get
        {
            // The server's provider hands out the finished task it was given (by the middleware or
            // by the circuit), so reading it never blocks; one still running counts as nobody yet.
            var state = authentication.GetAuthenticationStateAsync();
            return state.IsCompletedSuccessfully ? state.Result.User : s_anonymous;
        }
    }
}
