using Microsoft.Extensions.DependencyInjection.Extensions;

namespace NormsPortal.Web.Features.Library;

/// <summary>Registers the personal library: its service (shared by the API and the pages), the passages the document page highlights, its export and import, and the Markdown renderer of its notes.</summary>
public static class LibraryFeature
{
    public static IServiceCollection AddLibraryFeature(this IServiceCollection services)
    {
        // The one Markdown renderer: other features that render notes register it the same way.
        services.TryAddSingleton<MarkdownRenderer>();
        return services
            .AddSingleton<LibraryService>()
            .AddSingleton<SavedPassages>()
            .AddSingleton<LibraryExport>()
            .AddSingleton<LibraryImport>();
    }
}
