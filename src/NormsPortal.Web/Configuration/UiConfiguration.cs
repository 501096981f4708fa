using MudBlazor.Services;
using NormsPortal.Web.Components;
using NormsPortal.Web.Features.NotFound;
using NormsPortal.Web.Infrastructure.Http;
using NormsPortal.Web.Theming;

namespace NormsPortal.Web.Configuration;

/// <summary>
/// The Blazor Web App: interactive server rendering with prerendering, MudBlazor, and the theme
/// handling that lets a prerendered page appear in the reader's theme.
/// </summary>
public static class UiConfiguration
{
    public static IServiceCollection AddPortalUi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorComponents()
            .AddInteractiveServerComponents()
            .AddPortalCircuitLimits(configuration);
        services.AddMudServices();
        services.AddSingleton<PortalThemeStyles>();
        services.AddScoped<ClipboardInterop>();
        services.AddScoped<PassageSelectionInterop>();
        services.AddScoped<Components.Library.PassageHighlightInterop>();
        return services;
    }

    public static WebApplication UsePortalUi(this WebApplication app)
    {
        app.UseAntiforgery();
        app.UsePageFormPosts();
        app.UseMiddleware<NotFoundSuggestionsMiddleware>();
        return app;
    }

    public static IEndpointRouteBuilder MapPortalUi(this IEndpointRouteBuilder endpoints)
    {
        // Fingerprinted, compressed files from wwwroot and from packages (MudBlazor, _framework).
        endpoints.MapStaticAssets();
        endpoints.MapThemeStylesheet();
        endpoints.MapRazorComponents<App>()
            .AddInteractiveServerRenderMode();
        return endpoints;
    }
}
