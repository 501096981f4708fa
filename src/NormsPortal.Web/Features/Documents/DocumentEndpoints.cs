using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NormsPortal.Data.Symbols;
using NormsPortal.Data.Vocabulary;
using NormsPortal.Data.Caching;
using NormsPortal.Web.Api;
using NormsPortal.Web.Caching;

namespace NormsPortal.Web.Features.Documents;

/// <summary><c>GET /api/v1/documents</c> and <c>GET /api/v1/documents/{symbol}</c> (slashes and spaces included).</summary>
public static class DocumentEndpoints
{
    public static IEndpointRouteBuilder MapDocumentsEndpoints(this IEndpointRouteBuilder api)
    {
        var documents = api.MapGroup("/documents").WithTags("Documents");
        documents.MapGet("/", ListAsync).WithName("ListDocuments").CacheAsPublicAnswer()
            .WithSummary("Works filtered by kind, track, body, session or year range, language and whether the text is held; paged.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        documents.MapGet("/{**symbol}", GetAsync).WithName("GetDocument").CacheAsPublicAnswer()
            .WithSummary("One work by its symbol as written, e.g. A/RES/73/27 or A/RES/43/78 H; ?lang=fr selects the language of the text.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<Results<Ok<ListPage<DocumentSummaryDto>>, ProblemHttpResult>> ListAsync(
        [AsParameters] DocumentListParameters parameters, DocumentListQuery query, HttpRequest http, CancellationToken cancellationToken)
    {
        var (request, problem) = parameters.Parse();
        http.HttpContext.TagCachedAnswer(CacheTags.Catalogue);
        return request is null
            ? ApiProblems.BadRequest(problem!)
            : TypedResults.Ok(ListPage.Linked(await query.RunAsync(request, cancellationToken), http));
    }

    private static async Task<Results<Ok<DocumentDto>, ProblemHttpResult>> GetAsync(
        string symbol, [FromQuery] string? lang, DocumentQuery query, HttpContext http, CancellationToken cancellationToken)
    {
        if (SymbolLookup.WhyNotASymbol(symbol) is { } notASymbol)
        {
            return ApiProblems.BadRequest(notASymbol);
        }

        var language = string.IsNullOrWhiteSpace(lang) ? Languages.English : lang.Trim().ToLowerInvariant();
        if (!Languages.IsOfficial(language))
        {
            return ApiProblems.BadRequest(Languages.UnknownMessage(lang));
        }

        var document = await query.FindAsync(symbol, language, cancellationToken);
        if (document is null)
        {
            return ApiProblems.NotFound("Document not found", $"The portal holds no document with the symbol '{symbol}'.");
        }

        http.TagCachedAnswer(CacheTags.Work(document.Symbol));
        return document.Text is null && document.Languages.Count > 0
            ? ApiProblems.NotFound("No text in that language", $"{document.Symbol} is held in {string.Join(", ", document.Languages)}, not in '{language}'.")
            : TypedResults.Ok(document);
    }
}
