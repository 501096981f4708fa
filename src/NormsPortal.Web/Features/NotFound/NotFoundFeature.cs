namespace NormsPortal.Web.Features.NotFound;

/// <summary>
/// Registers the suggestions of the not-found page; <see cref="NotFoundSuggestionsMiddleware"/>
/// takes its place in the pipeline (UiConfiguration), as it serves every unmatched address.
/// </summary>
public static class NotFoundFeature
{
    public static IServiceCollection AddNotFoundFeature(this IServiceCollection services) =>
        services.AddSingleton<NotFoundSuggestions>();
}
