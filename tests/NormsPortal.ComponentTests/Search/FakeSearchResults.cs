using NormsPortal.Web.Features.Search;

namespace NormsPortal.ComponentTests.Search;

/// <summary>Answers the search page with a prepared result and remembers what it was asked.</summary>
internal sealed class FakeSearchResults : ISearchResults
{
    public SearchResultsDto? Next { get; set; }

    public List<SearchRequest> Requests { get; } = [];

    public Task<SearchResultsDto> SearchAsync(SearchRequest request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(Next ?? throw new InvalidOperationException("No result prepared for " + request.Q));
    }
}
