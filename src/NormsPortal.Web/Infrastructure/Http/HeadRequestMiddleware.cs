using Microsoft.AspNetCore.Http.Features;

namespace NormsPortal.Web.Infrastructure.Http;

/// <summary>
/// Answers HEAD as GET without a body. Link checkers, uptime monitors and crawlers send HEAD, and
/// the pages, the API and the health checks are mapped for GET alone, so HEAD answered 405. The
/// request runs as a GET (it must come before routing, which then finds the GET endpoint): its
/// status and headers are GET's, and whatever body it writes is discarded.
/// </summary>
public static class HeadRequestMiddleware
{
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) =>
        app.Use(static async (context, next) =>
        {
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await next(context);
                return;
            }

            var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
            context.Request.Method = HttpMethods.Get;
            context.Features.Set<IHttpResponseBodyFeature>(new DiscardedResponseBody(body));
            try
            {
                await next(context);
            }
            finally
            {
                // The request log, written after this returns, shows the method the client sent.
                context.Features.Set(body);
                context.Request.Method = HttpMethods.Head;
            }
        });
}
