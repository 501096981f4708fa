using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.AgreedLanguage;

/// <summary>
/// <c>GET /api/v1/agreed-language?symbol=&amp;anchor=[&amp;lang=][&amp;quote=]</c> for a held paragraph (or a passage of it)
/// and <c>POST /api/v1/agreed-language</c> with <c>{ text, lang }</c> for a pasted text (a long text in Arabic or
/// Chinese does not fit in an address). Bad input is a 400 ProblemDetails saying what is wrong.
/// </summary>
public static class AgreedLanguageEndpoints
{
    public static IEndpointRouteBuilder MapAgreedLanguageEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/agreed-language", ForParagraphAsync)
            .WithName("GetAgreedLanguage")
            .WithTags("Agreed language")
            .WithSummary("Where a held paragraph's wording (or a passage of it, &quote=) first appeared and every paragraph reusing it, "
                + "in date order, with similarity and word-level differences; counts of texts and sessions.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapPost("/agreed-language", ForTextAsync)
            .WithName("PostAgreedLanguage")
            .WithTags("Agreed language")
            .WithSummary("Which stretches of a pasted text (up to 5,000 characters, in one of the six languages) are agreed language, "
                + "each with its earliest source and reuse count, and the paragraphs reusing the text.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static async Task<Results<Ok<AgreedLanguageAnswer>, ProblemHttpResult>> ForParagraphAsync(
        [FromQuery] string? symbol, [FromQuery] string? anchor, [FromQuery] string? lang, [FromQuery] string? quote,
        IAgreedLanguageService agreedLanguage, CancellationToken cancellationToken) =>
        Answer(await agreedLanguage.ForParagraphAsync(new AgreedLanguageParagraphQuery(symbol, anchor, lang, quote), cancellationToken));

    private static async Task<Results<Ok<AgreedLanguageAnswer>, ProblemHttpResult>> ForTextAsync(
        AgreedLanguageTextRequest request, IAgreedLanguageService agreedLanguage, CancellationToken cancellationToken) =>
        Answer(await agreedLanguage.ForTextAsync(new AgreedLanguageTextQuery(request.Text, request.Lang), cancellationToken));

    private static Results<Ok<AgreedLanguageAnswer>, ProblemHttpResult> Answer(AgreedLanguageOutcome outcome) =>
        outcome.Answer is { } answer ? TypedResults.Ok(answer) : ApiProblems.BadRequest(outcome.Message!);
}

/// <summary>A pasted text and its language (<c>en</c> when absent).</summary>
public sealed record AgreedLanguageTextRequest(string? Text, [property: ApiVocabulary(ApiVocabulary.Language)] string? Lang);
