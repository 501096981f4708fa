using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NormsPortal.Data.Symbols;
using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.Citations;

/// <summary>
/// <c>GET /api/v1/documents/{symbol}/citation?anchor=&amp;format=</c>: without a format, every style as JSON;
/// with <c>un</c>, <c>bluebook</c> or <c>oscola</c>, that citation as plain text; with <c>csl-json</c>,
/// <c>bibtex</c> or <c>ris</c>, a file to download.
/// </summary>
public static class CitationEndpoints
{
    public static IEndpointRouteBuilder MapCitationsEndpoints(this IEndpointRouteBuilder api)
    {
        // A symbol has slashes, so the document route is a catch-all; this one is the same catch-all ending in
        // "/citation", and its constraint gives it precedence over the document route for such paths.
        api.MapGet("/documents/{**path:regex(^.+/citation$)}", GetAsync)
            .WithName("GetCitation")
            .WithTags("Documents")
            .WithSummary("Cites a work or one of its paragraphs (?anchor=op1.6): UN, Bluebook and OSCOLA styles as JSON, "
                + "or ?format=un|bluebook|oscola as text, or ?format=csl-json|bibtex|ris as a file.");
        return api;
    }

    private static async Task<Results<Ok<CitationDto>, ContentHttpResult, FileContentHttpResult, ProblemHttpResult>> GetAsync(
        string path, [FromQuery] string? anchor, [FromQuery] string? format, ICitationService citations, HttpRequest request,
        CancellationToken cancellationToken)
    {
        var symbol = path[..^CitationUrls.Suffix.Length];
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
