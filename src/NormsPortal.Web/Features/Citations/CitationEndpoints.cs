using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NormsPortal.Data.Symbols;
using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.Citations;

/// <summary>
/// <c>GET /api/v1/citation?symbol=&amp;anchor=&amp;format=</c> (and the older <c>/api/v1/documents/{symbol}/citation</c>): without a format, every style as JSON;
/// with <c>un</c>, <c>bluebook</c> or <c>oscola</c>, that citation as plain text; with <c>csl-json</c>,
/// <c>bibtex</c> or <c>ris</c>, a file to download.
/// </summary>
public static class CitationEndpoints
{
    public static IEndpointRouteBuilder MapCitationsEndpoints(this IEndpointRouteBuilder api)
    {
        // The route in the OpenAPI document: the symbol is a query value, so a code generator sees a plain route.
        api.MapGet("/citation", CiteAsync)
            .WithName("GetCitation")
            .WithTags("Documents")
            .WithSummary("Cites a work (?symbol=A/RES/73/27) or one of its paragraphs (&anchor=op1.6): UN, Bluebook and OSCOLA styles as JSON, "
                + "or &format=un|bluebook|oscola as text, or &format=csl-json|bibtex|ris as a file.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        // The address the portal has always linked (/documents/{symbol}/citation), kept working: a symbol has slashes,
        // so the document route is a catch-all, and this one is the same catch-all ending in "/citation", whose
        // constraint gives it precedence. A regex route means nothing to a code generator, so it is left out of the document.
        api.MapGet("/documents/{**path:regex(^.+/citation$)}", GetAsync)
            .ExcludeFromDescription();
        return api;
    }

    private static Task<Results<Ok<CitationDto>, ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> GetAsync(
        string path, [FromQuery] string? anchor, [FromQuery] string? format, ICitationService citations, HttpRequest request,
        CancellationToken cancellationToken) =>
        CiteAsync(path[..^CitationUrls.Suffix.Length], anchor, format, citations, request, cancellationToken);

    private static async Task<Results<Ok<CitationDto>, ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> CiteAsync(
        [FromQuery] string symbol, [FromQuery] string? anchor, [FromQuery] string? format, ICitationService citations, HttpRequest request,
        CancellationToken cancellationToken)
    {
        if (SymbolLookup.WhyNotASymbol(symbol) is { } notASymbol)
        {
            return ApiProblems.BadRequest(notASymbol);
        }

        CitationFormat? chosen = null;
        if (!string.IsNullOrWhiteSpace(format))
        {
            if (!CitationFormats.TryParse(format, out var parsed))
            {
                return ApiProblems.BadRequest($"Unknown citation format '{format}'. Use one of: {string.Join(", ", CitationFormats.Names)}.");
            }

            chosen = parsed;
        }

        var lookup = await citations.FindAsync(symbol, anchor, cancellationToken);
        if (lookup.Target is not { } target)
        {
            return lookup.Status == CitationLookupStatus.UnknownWork
                ? ApiProblems.NotFound("Document not found", lookup.Problem!)
                : ApiProblems.BadRequest(lookup.Problem!);
        }

        var permalink = new Uri(new Uri(request.Scheme + "://" + request.Host + request.PathBase), DocumentUrls.For(target.Work.Symbol, target.Anchor));
        return chosen switch
        {
            null => TypedResults.Ok(new CitationDto(
                target.Work.Symbol,
                target.Anchor,
                CitationStyles.Un(target),
                CitationStyles.Bluebook(target),
                CitationStyles.Oscola(target),
                permalink.AbsoluteUri,
                target.Work.Unconfirmed,
                [.. CitationFormats.Downloads.Select(f => new CitationDownloadDto(f.ToName(), f.Label(), CitationUrls.For(target.Work.Symbol, target.Anchor, f)))])),
            CitationFormat.Un => TypedResults.Text(CitationStyles.Un(target), chosen.Value.ContentType()),
            CitationFormat.Bluebook => TypedResults.Text(CitationStyles.Bluebook(target), chosen.Value.ContentType()),
            CitationFormat.Oscola => TypedResults.Text(CitationStyles.Oscola(target), chosen.Value.ContentType()),
            { } file => TypedResults.File(
                Encoding.UTF8.GetBytes(CitationExports.Render(file, target, permalink)),
                file.ContentType(),
                CitationExports.FileName(target, file)),
        };
    }
}
