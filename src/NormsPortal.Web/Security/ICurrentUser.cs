namespace NormsPortal.Web.Security;

/// <summary>
/// The signed-in user of the current scope: the HTTP request's, or the Blazor circuit's in a
/// component. Registered scoped. A service that keeps per-user state is scoped and takes this; a
/// service that serves everyone stays a singleton and takes the user (or its id) as an argument.
/// Until the portal has accounts every user is anonymous.
/// </summary>
public interface ICurrentUser
{
    /// <summary>The user's id (the <c>NameIdentifier</c> claim); null when nobody is signed in.</summary>
    string? UserId { get; }

    bool IsAuthenticated { get; }

    bool IsInRole(string role);
}
