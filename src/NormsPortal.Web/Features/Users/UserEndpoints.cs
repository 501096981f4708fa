using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NormsPortal.Web.Api;
using NormsPortal.Web.Security;

namespace NormsPortal.Web.Features.Users;

/// <summary>
/// Account management under <c>/api/v1/users</c>, for admins signed in with a second factor
/// (<see cref="PortalPolicies.Admin"/>): anonymous clients get 401, researchers and password-only admins 403.
/// Every change answers the account as it is afterwards, and is in the audit log.
/// </summary>
public static class UserEndpoints
{
    public const string Prefix = "/users";

    public static IEndpointRouteBuilder MapUserEndpoints(this IEndpointRouteBuilder api)
    {
        var users = api.MapGroup(Prefix).WithTags("Users").RequireAuthorization(PortalPolicies.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);

        users.MapGet("/", ListAsync).WithName("ListUsers")
            .WithSummary("Accounts by address; q searches the address, user name and display name (any case); paged as every list is.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        users.MapGet("/{id}", GetAsync).WithName("GetUser").WithSummary("One account.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        MapAction(users, HttpMethods.Post, "/{id}/admin", "GrantAdmin", "Makes the account an admin.",
            (admin, actor, id, token) => admin.SetAdminAsync(actor, id, isAdmin: true, token));
        MapAction(users, HttpMethods.Delete, "/{id}/admin", "RevokeAdmin", "Takes the Admin role back; 400 for the last admin.",
            (admin, actor, id, token) => admin.SetAdminAsync(actor, id, isAdmin: false, token));
        MapAction(users, HttpMethods.Post, "/{id}/lock", "LockUser", "Locks the account until an admin unlocks it and ends its sessions; 400 for one's own account.",
            (admin, actor, id, token) => admin.SetLockedAsync(actor, id, locked: true, token));
        MapAction(users, HttpMethods.Delete, "/{id}/lock", "UnlockUser", "Unlocks the account.",
            (admin, actor, id, token) => admin.SetLockedAsync(actor, id, locked: false, token));
        MapAction(users, HttpMethods.Post, "/{id}/sign-out", "SignOutUser", "Ends every session of the account, in browsers and API clients alike.",
            (admin, actor, id, token) => admin.SignOutEverywhereAsync(actor, id, token));
        return api;
    }

    /// <summary>One change to an account by the signed-in admin (<paramref name="actorId"/>).</summary>
    private delegate Task<UserActionResult> UserAction(UserAdministration admin, string actorId, string userId, CancellationToken cancellationToken);

    /// <summary>Maps a change to an account: it answers the account as it is afterwards, 400 when refused, 404 for no such account.</summary>
    private static void MapAction(RouteGroupBuilder users, string method, string pattern, string name, string summary, UserAction action) =>
        users.MapMethods(pattern, [method], (string id, ICurrentUser user, UserAdministration admin, CancellationToken token) =>
                AnswerAsync(action(admin, Actor(user), id, token)))
            .WithName(name).WithSummary(summary)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<ListPage<UserSummaryDto>>, ProblemHttpResult>> ListAsync(
        [FromQuery] string? q, [FromQuery] string? page, [FromQuery] string? pageSize,
        UserAdministration admin, HttpRequest http, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var (number, size) = Paging.Parse(page, pageSize, problems);
        if (problems.Count > 0)
        {
            return ApiProblems.BadRequest(string.Join(" ", problems));
        }

        var (items, total) = await admin.ListAsync(q, number, size, cancellationToken);
        return TypedResults.Ok(ListPage.Linked(new ListPage<UserSummaryDto>(items, total, number, size), http));
    }

    private static async Task<Results<Ok<UserSummaryDto>, ProblemHttpResult>> GetAsync(
        string id, UserAdministration admin, CancellationToken cancellationToken) =>
        await admin.GetAsync(id, cancellationToken) is { } user ? TypedResults.Ok(user) : NotFound();

    private static async Task<Results<Ok<UserSummaryDto>, ProblemHttpResult>> AnswerAsync(Task<UserActionResult> action) =>
        await action switch
        {
            { Status: UserActionStatus.Done, User: { } user } => TypedResults.Ok(user),
            { Status: UserActionStatus.Refused, Problem: var problem } => ApiProblems.BadRequest(problem ?? "The change was refused."),
            _ => NotFound(),
        };

    private static ProblemHttpResult NotFound() => ApiProblems.NotFound("No such account", "No account has this id.");

    /// <summary>The signed-in admin: the policy let only a signed-in user through.</summary>
    private static string Actor(ICurrentUser user) =>
        user.UserId ?? throw new InvalidOperationException("The admin policy let an anonymous request through.");
}
