using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NormsPortal.Web.Api;
using NormsPortal.Web.Security;

namespace NormsPortal.Web.Features.Audit;

/// <summary><c>GET /api/v1/audit</c>: the audit log for admins signed in with a second factor, filtered and paged. There is no way to change it.</summary>
public static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/audit", ListAsync).WithTags("Audit").RequireAuthorization(PortalPolicies.Admin).WithName("ListAuditLog")
            .WithSummary("The audit log, newest first: user (an account's id or address), from and to (UTC dates or date-times), "
                + "action (or its kind alone: user), target (kind/id, or a kind alone); paged as every list is.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return api;
    }

    private static async Task<Results<Ok<ListPage<AuditEntryDto>>, ProblemHttpResult>> ListAsync(
        [FromQuery] string? user, [FromQuery] string? from, [FromQuery] string? to, [FromQuery] string? action, [FromQuery] string? target,
        [FromQuery] string? page, [FromQuery] string? pageSize, AuditQuery audit, HttpRequest http, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var (number, size) = Paging.Parse(page, pageSize, problems);
        var filter = AuditFilter.Read(user, from, to, action, target, problems);
        if (problems.Count > 0)
        {
            return ApiProblems.BadRequest(string.Join(" ", problems));
        }

        var (items, total) = await audit.ListAsync(filter, number, size, cancellationToken);
        return TypedResults.Ok(ListPage.Linked(new ListPage<AuditEntryDto>(items, total, number, size), http));
    }
}
