using Microsoft.AspNetCore.Diagnostics;

namespace NormsPortal.Web.Api;

/// <summary>
/// Answers an unhandled exception in an API request with a 500 ProblemDetails body
/// (application/problem+json) instead of the HTML error page. Other requests are left to the
/// exception handler's error page. The exception's details never reach the client.
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

        await TypedResults.Problem(
                statusCode: StatusCodes.Status500InternalServerError,
                title: "An unexpected error occurred.")
            .ExecuteAsync(httpContext);
        return true;
    }
}
