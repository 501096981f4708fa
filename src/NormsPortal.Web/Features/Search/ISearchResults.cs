namespace NormsPortal.Web.Features.Search;

/// <summary>What the search page asks of the search: one page of results for a request, and all of one result's matches.</summary>
public interface ISearchResults
{
    Task<SearchResultsDto> SearchAsync(SearchRequest request, CancellationToken cancellationToken);

    /// <summary>Every paragraph of the work <paramref name="symbol"/> that <paramref name="request"/> matches, best first.</summary>
    Task<IReadOnlyList<SearchParagraphHitDto>> MatchesInWorkAsync(SearchRequest request, string symbol, CancellationToken cancellationToken);
}

/// <summary>The search page's results come from the <see cref="SearchService"/>, as the API's do.</summary>
public sealed class SearchServiceResults(SearchService search) : ISearchResults
{
    public Task<SearchResultsDto> SearchAsync(SearchRequest request, CancellationToken cancellationToken) =>
        search.SearchAsync(request, cancellationToken);

    public Task<IReadOnlyList<SearchParagraphHitDto>> MatchesInWorkAsync(SearchRequest request, string symbol, CancellationToken cancellationToken) =>
        search.MatchesInWorkAsync(request, symbol, cancellationToken);
}
