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

    /// <summary>Every match of a work, by symbol, for a result's "and 8 more".</summary>
    public Dictionary<string, IReadOnlyList<SearchParagraphHitDto>> MatchesInWork { get; } = new(StringComparer.Ordinal);

    public List<(SearchRequest Request, string Symbol)> MatchRequests { get; } = [];

    public Task<IReadOnlyList<SearchParagraphHitDto>> MatchesInWorkAsync(SearchRequest request, string symbol, CancellationToken cancellationToken)
    {
        MatchRequests.Add((request, symbol));
        return Task.FromResult(MatchesInWork.GetValueOrDefault(symbol) ?? []);
    }
}
