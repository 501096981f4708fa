using Microsoft.AspNetCore.Mvc;

namespace NormsPortal.Web.Features.Search;

/// <summary><c>GET /api/v1/search/suggest?q=…&amp;limit=</c>: what the search box offers as the reader types.</summary>
public static class SuggestEndpoints
{
    public const int DefaultLimit = 8;

    internal static IEndpointRouteBuilder MapSuggestEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/search/suggest", SuggestAsync).WithTags("Search").WithName("SearchSuggest")
            .WithSummary("Norms by number or label and works by symbol (also short forms such as 73/27) that start with or contain the text typed.")
            .WithDescription("An empty list for blank or over-long text. limit: 1 to 10, default 8; other numbers are clamped, "
                + "and a limit that is not a number is a 400.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static async Task<IReadOnlyList<SearchSuggestionDto>> SuggestAsync(
        [FromQuery(Name = "q")] string? q, [FromQuery(Name = "limit")] int? limit, ISearchSuggestions suggestions, CancellationToken cancellationToken) =>
        await suggestions.SuggestAsync(q, Math.Clamp(limit ?? DefaultLimit, 1, SearchSuggestionQuery.MaxLimit), cancellationToken);
}
