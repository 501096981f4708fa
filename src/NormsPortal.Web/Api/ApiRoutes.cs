namespace NormsPortal.Web.Api;

/// <summary>Where the JSON API lives. Requests under <see cref="Prefix"/> get ProblemDetails errors, never HTML.</summary>
public static class ApiRoutes
{
    public const string Prefix = "/api";
    public const string Version1 = "/api/v1";

    public static bool IsApiPath(PathString path) =>
        path.StartsWithSegments(Prefix, StringComparison.OrdinalIgnoreCase);
}
