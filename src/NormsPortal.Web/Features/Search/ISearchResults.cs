namespace NormsPortal.Web.Features.Search;

/// <summary>What the search page asks of the search: one page of results for a request.</summary>
public interface ISearchResults
{
    Task<SearchResultsDto> SearchAsync(SearchRequest request, CancellationToken cancellationToken);
}

/// <summary>The search page's results come from the <see cref="SearchService"/>, as the API's do.</summary>
public sealed class SearchServiceResults(SearchService search) : ISearchResults
{
    public Task<SearchResultsDto> SearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
        search.SearchAsync(request, cancellationToken);
}
