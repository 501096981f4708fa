using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using NormsPortal.Web.Api;
using NormsPortal.Web.Features.AgreedLanguage;
using NormsPortal.Web.Features.Annotations;
using NormsPortal.Web.Features.Audit;
using NormsPortal.Web.Features.Citations;
using NormsPortal.Web.Features.Compare;
using NormsPortal.Web.Features.Documents;
using NormsPortal.Web.Features.Facts;
using NormsPortal.Web.Features.Norms;
using NormsPortal.Web.Features.Home;
using NormsPortal.Web.Features.Import;
using NormsPortal.Web.Features.Library;
using NormsPortal.Web.Features.NotFound;
using NormsPortal.Web.Features.Search;
using NormsPortal.Web.Features.States;
using NormsPortal.Web.Features.Timeline;
using NormsPortal.Web.Features.Users;
using NormsPortal.Web.Security;
using NormsPortal.Web.Security.Antiforgery;
using Scalar.AspNetCore;

namespace NormsPortal.Web.Configuration;

/// <summary>
/// The JSON API under /api/v1: ProblemDetails for its errors, ETags and CORS for its public reads,
/// the OpenAPI document at /openapi/v1.json and the Scalar API reference at /scalar.
/// </summary>
public static class ApiConfiguration
{
    public const string ApiReferencePath = "/scalar";

    public static IServiceCollection AddPortalApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddOptions<ApiCachingOptions>().BindConfiguration(ApiCachingOptions.SectionName);
        services.AddPublicApiCors();
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Each feature registers its services with an AddXxxFeature extension in its folder.
        services
            .AddHomeFeature()
            .AddNormsFeature()
            .AddDocumentsFeature()
            .AddSearchFeature()
            .AddCitationsFeature()
            .AddCompareFeature()
            .AddTimelineFeature()
            .AddStatesFeature()
            .AddAgreedLanguageFeature()
            .AddLibraryFeature()
            .AddAnnotationsFeature()
            .AddFactsFeature()
            .AddAuditFeature()
            .AddUsersFeature()
            .AddImportsFeature()
            .AddNotFoundFeature();
        // Numbers are numbers: the web default also reads them from strings, which the OpenAPI document then
        // types as "integer or string", and code generators make strings of every count and page.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        services.AddOpenApi(options => options.AddPortalConventions().AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "NormsPortal API",
                Version = "v1",
                Description = "Read the UN norms of responsible State behaviour in cyberspace and the documents behind them. "
                    + "[Back to the portal](/).",
            };
            // No server address: the address the document was fetched from is the API's, behind any proxy.
            document.Servers?.Clear();
            return Task.CompletedTask;
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder endpoints)
    {
        // Each feature adds its endpoints to this group with a MapXxxEndpoints extension.
        endpoints.MapGroup(ApiRoutes.Version1)
            .RequireCors(PublicApiCors.PolicyName)
            .RequireAntiforgeryForCookieWrites()
            .MapStatusEndpoints()
            .MapNormsEndpoints()
            .MapDocumentsEndpoints()
            .MapSearchEndpoints()
            .MapCitationsEndpoints()
            .MapStatesEndpoints()
            .MapAgreedLanguageEndpoints()
            .MapLibraryEndpoints()
            .MapAnnotationEndpoints()
            .MapFactEndpoints()
            .MapAuditEndpoints()
            .MapUserEndpoints()
            .MapImportEndpoints();

        endpoints.MapOpenApi();
        endpoints.MapScalarApiReference(ApiReferencePath, (options, httpContext) => options
            .WithTitle("NormsPortal API")
            .AddHeaderContent("""<nav aria-label="Portal"><a href="/">← NormsPortal</a></nav>""")
            .DisableDefaultFonts()
            .DisableTelemetry()
            // The reference of this API, without the vendor's client app, AI agent or tools promoted on it.
            .HideClientButton()
            .DisableAgent()
            .DisableMcp()
            .HideDeveloperTools()
            // The page's inline scripts carry the nonce of the portal's Content-Security-Policy.
            .WithNonce(ContentSecurityPolicy.GetNonce(httpContext)));
        return endpoints;
    }
}
