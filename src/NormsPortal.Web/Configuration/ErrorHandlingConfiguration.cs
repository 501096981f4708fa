using NormsPortal.Web.Api;
using NormsPortal.Web.Infrastructure.Database;

namespace NormsPortal.Web.Configuration;

/// <summary>
/// Errors answered the way the client expects: ProblemDetails (application/problem+json) under
/// /api, friendly pages elsewhere (the error page for exceptions, the 404 page for unknown
/// addresses, both keeping their status code).
/// </summary>
public static class ErrorHandlingConfiguration
{
    public const string ErrorPagePath = "/Error";
    public const string NotFoundPagePath = "/not-found";

    public static WebApplication UsePortalErrorHandling(this WebApplication app)
    {
        // In Development the developer exception page shows the details instead.
        if (!app.Environment.IsDevelopment())
        {
            // ApiExceptionHandler answers API requests; the others re-execute the error page, with 503 when the
            // database is out of reach (a client or proxy may try again), 500 otherwise.
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = ErrorPagePath,
                CreateScopeForErrors = true,
                StatusCodeSelector = exception => DatabaseUnreachable.IsCauseOf(exception)
                    ? StatusCodes.Status503ServiceUnavailable
                    : StatusCodes.Status500InternalServerError,
            });
        }

        // Pages: re-execute the 404 page, keeping the status code. It must not sit in a UseWhen
        // branch: branches lose the endpoint route builder the re-execution needs to route again.
        app.UseStatusCodePagesWithReExecute(NotFoundPagePath, createScopeForStatusCodePages: true);

        // API: an empty error response gets a ProblemDetails body instead. This runs first (it is
        // nested inside the middleware above), and a response with a body is left alone by it.
        app.UseWhen(
            context => ApiRoutes.IsApiPath(context.Request.Path),
            api => api.UseStatusCodePages(context =>
                TypedResults.Problem(statusCode: context.HttpContext.Response.StatusCode)
                    .ExecuteAsync(context.HttpContext)));
        return app;
    }
}
