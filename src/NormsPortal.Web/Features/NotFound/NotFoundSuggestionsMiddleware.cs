using Microsoft.AspNetCore.Diagnostics;

namespace NormsPortal.Web.Features.NotFound;

/// <summary>
/// Finds the suggestions for a 404 that the status-code-pages middleware re-executes, before the
/// NotFound page renders. Blazor does not wait for a component's asynchronous work while it renders
/// a re-executed request (it sends the first render), so the page could only show "loading"; with
/// the suggestions ready in <see cref="HttpContext.Items"/> it renders them at once.
/// </summary>
public sealed class NotFoundSuggestionsMiddleware(RequestDelegate next, NotFoundSuggestions suggestions)
{
    private static readonly object s_itemKey = new();

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is { } reExecuted
            && reExecuted.OriginalStatusCode == StatusCodes.Status404NotFound)
        {
            context.Items[s_itemKey] = await suggestions.SuggestAsync(reExecuted.OriginalPath, context.RequestAborted);
        }

        await next(context);
    }

    /// <summary>The suggestions this middleware found for the request, if it is a re-executed 404.</summary>
    public static NotFoundSuggestionsDto? For(HttpContext? context) =>
        context?.Items.TryGetValue(s_itemKey, out var value) == true ? value as NotFoundSuggestionsDto : null;
}
