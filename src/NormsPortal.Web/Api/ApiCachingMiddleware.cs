using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace NormsPortal.Web.Api;

/// <summary>
/// A strong <c>ETag</c> (a hash of the body) and <c>Cache-Control</c> on every successful JSON answer
/// of a GET (or HEAD, answered as GET) under /api/v1, and 304 Not Modified with no body when the
/// request's <c>If-None-Match</c> names that ETag (weakly or strongly, in a list, or <c>*</c>). Hashing
/// the body is the one way the tag changes exactly when the answer does, whichever data it came from.
/// Errors get neither header: a 4xx must not be cached as if it were the resource.
/// </summary>
public static class ApiCachingMiddleware
{
    public static IApplicationBuilder UseApiCaching(this IApplicationBuilder app) =>
        app.UseWhen(
            context => HttpMethods.IsGet(context.Request.Method)
                && context.Request.Path.StartsWithSegments(ApiRoutes.Version1, StringComparison.OrdinalIgnoreCase),
            api => api.Use(static async (context, next) =>
            {
                var original = context.Response.Body;
                using var buffer = new MemoryStream();
                context.Response.Body = buffer;
                try
                {
                    await next(context);
                }
                finally
                {
                    context.Response.Body = original;
                }

                if (IsCacheable(context.Response))
                {
                    var options = context.RequestServices.GetRequiredService<IOptions<ApiCachingOptions>>().Value;
                    var tag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..16]) + "\"");
                    var headers = context.Response.GetTypedHeaders();
                    headers.ETag = tag;
                    headers.CacheControl = new CacheControlHeaderValue
                    {
                        // A signed-in reader's answers are the same, but a shared cache has no business with their requests.
                        Public = context.User.Identity?.IsAuthenticated != true,
                        Private = context.User.Identity?.IsAuthenticated == true,
                        MaxAge = TimeSpan.FromSeconds(options.MaxAgeSeconds),
                    };
                    if (Matches(context.Request.GetTypedHeaders().IfNoneMatch, tag))
                    {
                        context.Response.StatusCode = StatusCodes.Status304NotModified;
                        context.Response.ContentLength = null;
                        context.Response.ContentType = null;
                        return;
                    }
                }

                if (buffer.Length > 0)
                {
                    // Known now that the body is whole, so HEAD declares the same length as GET.
                    context.Response.ContentLength = buffer.Length;
                    buffer.Position = 0;
                    await buffer.CopyToAsync(original, context.RequestAborted);
                }
            }));

    private static bool IsCacheable(HttpResponse response) =>
        response.StatusCode == StatusCodes.Status200OK
        && response.ContentType is { } type
        && MediaTypeHeaderValue.TryParse(type, out var media)
        && media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);

    // If-None-Match compares weakly (RFC 9110, 13.1.2): W/"x" matches "x".
    private static bool Matches(IList<EntityTagHeaderValue> ifNoneMatch, EntityTagHeaderValue tag) =>
        ifNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(tag, useStrongComparison: false));
}
