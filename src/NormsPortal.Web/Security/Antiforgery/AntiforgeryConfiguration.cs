namespace NormsPortal.Web.Security.Antiforgery;

/// <summary>Names the API's antiforgery header and adds the cookie-write check to an endpoint group.</summary>
public static class AntiforgeryConfiguration
{
    public static IServiceCollection AddPortalApiAntiforgery(this IServiceCollection services) =>
        services.AddAntiforgery(options => options.HeaderName = ApiAntiforgery.HeaderName);

    /// <summary>Every write in <paramref name="group"/> made with the browser's cookie needs the antiforgery header.</summary>
    public static RouteGroupBuilder RequireAntiforgeryForCookieWrites(this RouteGroupBuilder group) =>
        group.AddEndpointFilter<CookieWriteAntiforgeryFilter>();
}
