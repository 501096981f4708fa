namespace NormsPortal.Web.Features.Search;

/// <summary>Suggestions as the reader types: norms by number or label, works by symbol.</summary>
public interface ISearchSuggestions
{
    /// <summary>The first <paramref name="limit"/> suggestions for <paramref name="text"/>; none for blank text.</summary>
    Task<IReadOnlyList<SearchSuggestionDto>> SuggestAsync(string? text, int limit, CancellationToken cancellationToken);
}
