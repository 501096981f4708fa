namespace NormsPortal.Web.Features.Search;

/// <summary>The services of the search page and the search box's suggestions.</summary>
public static class SearchUiServices
{
    public static IServiceCollection AddSearchUi(this IServiceCollection services)
    {
        services.AddSingleton<ISearchResults, SearchServiceResults>();
        services.AddSingleton<ISearchSuggestions, SearchSuggestionQuery>();
        return services;
    }
}
