using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;

namespace NormsPortal.Web.Api;

/// <summary>The API's status endpoint, a cheap way for clients to check they reach the portal.</summary>
public static class StatusEndpoints
{
    private static readonly PortalStatus _status = new(
        "NormsPortal",
        typeof(StatusEndpoints).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? "unknown");

    public static IEndpointRouteBuilder MapStatusEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/status", GetStatus)
            .WithName("GetPortalStatus")
            .WithSummary("The portal's name and version.")
            .WithTags("Portal");
        return api;
    }

    public static Ok<PortalStatus> GetStatus() => TypedResults.Ok(_status);
}
