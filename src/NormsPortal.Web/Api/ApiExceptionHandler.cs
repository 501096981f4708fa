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
        if (!ApiRoutes.IsApiRequest(httpContext.Request))
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
