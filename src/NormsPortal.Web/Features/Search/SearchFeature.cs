namespace NormsPortal.Web.Features.Search;

/// <summary>Registers the search (API and page) and the search box's suggestions.</summary>
public static class SearchFeature
{
    public static IServiceCollection AddSearchFeature(this IServiceCollection services)
    {
        services.AddSingleton<SearchService>();
        services.AddSingleton<ISearchResults, SearchServiceResults>();
        services.AddSingleton<ISearchSuggestions, SearchSuggestionQuery>();
        return services;
    }
}
