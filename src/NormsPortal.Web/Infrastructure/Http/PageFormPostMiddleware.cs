using Microsoft.AspNetCore.Components.Endpoints;

namespace NormsPortal.Web.Infrastructure.Http;

/// <summary>
/// A page takes a POST only as a form (the account pages' static forms, Blazor's enhanced forms). Blazor's page
/// endpoint throws on a POST of anything else (no body, JSON: "Incorrect Content-Type"), which answered 500; it is
/// bad input, answered 415 with a line that says so before the page runs.
/// </summary>
public static class PageFormPostMiddleware
{
    public const string Refusal = "This page takes a POST only as a form sent from the page itself.";

    public static IApplicationBuilder UsePageFormPosts(this IApplicationBuilder app) =>
        app.Use(static async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && !IsForm(context.Request.ContentType)
                && context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            {
                context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(Refusal, context.RequestAborted);
                return;
            }

            await next(context);
        });

    // The header itself: HttpRequest.HasFormContentType throws once antiforgery has refused the request.
    private static bool IsForm(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
            || contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase));
}
