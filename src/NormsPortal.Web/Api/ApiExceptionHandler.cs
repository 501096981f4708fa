using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Net.Http.Headers;
using NormsPortal.Web.Infrastructure.Database;

namespace NormsPortal.Web.Api;

/// <summary>
/// Answers an unhandled exception in an API request with a ProblemDetails body (application/problem+json)
/// instead of the HTML error page: 503 "try again" when the database is out of reach
/// (<see cref="DatabaseUnreachable"/>), 500 otherwise. Other requests are left to the exception handler's
/// error page. The exception's details never reach the client.
/// </summary>
public sealed class ApiExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(
        HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        // By now the exception handler has already pointed the request at the error page; the
        // address the client asked for is kept in the path feature.
        var requestedPath = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        if (!ApiRoutes.IsApiPath(requestedPath ?? httpContext.Request.Path))
        {
            return false;
        }

        if (DatabaseUnreachable.IsCauseOf(exception))
        {
            httpContext.Response.Headers[HeaderNames.RetryAfter] = DatabaseUnreachable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await TypedResults.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: DatabaseUnreachable.ProblemTitle,
                    detail: DatabaseUnreachable.ProblemDetail)
                .ExecuteAsync(httpContext);
            return true;
        }

        await TypedResults.Problem(
                statusCode: StatusCodes.Status500InternalServerError,
                title: "An unexpected error occurred.")
            .ExecuteAsync(httpContext);
        return true;
    }
}
