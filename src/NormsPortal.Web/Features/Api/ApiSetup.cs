using NormsPortal.Web.Features.Documents;
using NormsPortal.Web.Features.Norms;

namespace NormsPortal.Web.Features.Api;

/// <summary>Registers the read API's services and maps its endpoints under <c>/api/v1</c>.</summary>
public static class ApiSetup
{
    public static IServiceCollection AddReadApi(this IServiceCollection services)
    {
        services.AddSingleton<NormQueries>();
        services.AddSingleton<DocumentListQuery>();
        services.AddSingleton<DocumentQuery>();
        return services;
    }

    public static RouteGroupBuilder MapReadApi(this RouteGroupBuilder api) =>
        api.MapNormEndpoints().MapDocumentEndpoints();
}
