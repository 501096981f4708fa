using Microsoft.AspNetCore.Http.HttpResults;
using NormsPortal.Data.Caching;
using NormsPortal.Web.Api;
using NormsPortal.Web.Caching;

namespace NormsPortal.Web.Features.Search;

/// <summary><c>GET /api/v1/search?q=…&amp;page=&amp;pageSize=</c>: the query language of the search page, as JSON.</summary>
public static class SearchEndpoints
{
    public const string NothingToSearchForTitle = "Nothing to search for";

    /// <summary>The search, the search box's suggestions (<see cref="SuggestEndpoints"/>) and the export (<see cref="SearchExportEndpoints"/>).</summary>
    public static IEndpointRouteBuilder MapSearchEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/search", SearchAsync).WithTags("Search").WithName("Search").CacheAsPublicAnswer()
            .WithSummary("Search every paragraph, title and norm in the six languages: words, \"phrases\", -exclusions, OR, prefix*, "
                + "filters kind: track: year: session: lang: norm: symbol:, and norm numbers or symbols (1.6, A/70/174, 70/237). "
                + "All words must occur in one paragraph; with scope=document, anywhere in the same document and language.")
            .WithDescription("Works ranked by relevance, each with its best paragraphs as HTML snippets (text encoded, matches in <mark>), "
                + "facet counts over every match and direct matches by number or symbol. 400 when paging is not valid or the query "
                + "holds nothing to search for.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api.MapSuggestEndpoints().MapSearchExportEndpoints();
    }

    private static async Task<Results<Ok<SearchResultsDto>, ProblemHttpResult>> SearchAsync(
        [AsParameters] SearchParameters parameters, SearchService search, HttpRequest http, CancellationToken cancellationToken)
    {
        var (request, problem) = parameters.Parse();
        if (request is null)
        {
            return ApiProblems.BadRequest(problem!);
        }

        var results = await search.SearchAsync(request, cancellationToken);
        http.HttpContext.TagCachedAnswer(CacheTags.Catalogue);
        if (results.NothingToSearchFor)
        {
            return NothingToSearchFor(results);
        }

        return TypedResults.Ok(ListPage.Linked(results, http));
    }

    /// <summary>The 400 for a query with nothing in it to search for, with the parser's warnings that say why.</summary>
    internal static ProblemHttpResult NothingToSearchFor(SearchResultsDto results)
    {
        var detail = results.Warnings.Count > 0
            ? "The query holds no word, number, symbol or filter to search for (" + string.Join(" ", results.Warnings) + ")."
            : "The query holds no word, number, symbol or filter to search for.";
        return TypedResults.Problem(title: NothingToSearchForTitle, detail: detail, statusCode: StatusCodes.Status400BadRequest);
    }
}
