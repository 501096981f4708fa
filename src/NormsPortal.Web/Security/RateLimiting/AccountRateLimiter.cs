using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using NormsPortal.Web.Api;

namespace NormsPortal.Web.Security.RateLimiting;

/// <summary>
/// One fixed window per client address and kind of account POST (<see cref="RateLimitedAccountPaths"/>);
/// every other request passes untouched. A refused request gets 429 with Retry-After: ProblemDetails
/// under /api, a short page elsewhere.
/// </summary>
internal static class AccountRateLimiter
{
    public static PartitionedRateLimiter<HttpContext> Create(RateLimitOptions options) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            var request = context.Request;
            if (!HttpMethods.IsPost(request.Method))
            {
                return RateLimitPartition.GetNoLimiter("");
            }

            // The address after the forwarded headers were applied: the client's, behind a trusted proxy.
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            if (RateLimitedAccountPaths.IsRegistration(request.Path))
            {
                return Window("register:" + client, options.Register);
            }

            return RateLimitedAccountPaths.IsSignIn(request.Path)
                ? Window("sign-in:" + client, options.SignIn)
                : RateLimitPartition.GetNoLimiter("");
        });

    public static async ValueTask OnRejectedAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var message = $"Too many attempts from your address. Please try again in {InWords(seconds)}.";

        if (ApiRoutes.IsApiPath(context.Request.Path))
        {
            await TypedResults.Problem(title: "Too many requests", detail: message, statusCode: StatusCodes.Status429TooManyRequests)
                .ExecuteAsync(context);
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Too many attempts · NormsPortal</title></head>
            <body><main><h1>Too many attempts</h1><p>{WebUtility.HtmlEncode(message)}</p><p><a href="/">Back to NormsPortal</a></p></main></body>
            </html>
            """,
            cancellationToken);
    }

    private static RateLimitPartition<string> Window(string key, RateLimitWindow window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = window.PermitLimit,
            Window = window.Window,
            QueueLimit = 0,
        });

    private static string InWords(int seconds) => seconds switch
    {
        < 60 => seconds == 1 ? "1 second" : $"{seconds} seconds",
        < 3600 => (seconds + 59) / 60 == 1 ? "1 minute" : $"{(seconds + 59) / 60} minutes",
        _ => (seconds + 3599) / 3600 == 1 ? "1 hour" : $"{(seconds + 3599) / 3600} hours",
    };
}
