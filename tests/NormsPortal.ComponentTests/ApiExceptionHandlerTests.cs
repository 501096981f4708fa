using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Web.Api;
using NormsPortal.Web.Infrastructure.Database;

namespace NormsPortal.ComponentTests;

public sealed class ApiExceptionHandlerTests
{
    private static DefaultHttpContext ContextAfterExceptionIn(string requestedPath)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Response.Body = new MemoryStream();
        // The exception handler middleware has already re-pointed the request at the error page.
        context.Request.Path = "/Error";
        context.Features.Set<IExceptionHandlerPathFeature>(new ExceptionHandlerFeature
        {
            Path = requestedPath,
            Error = new InvalidOperationException("secret detail"),
        });
        return context;
    }

    [Fact]
    public async Task ApiRequest_GetsProblemDetailsWithoutExceptionDetails()
    {
        var context = ContextAfterExceptionIn("/api/v1/status");

        var handled = await new ApiExceptionHandler().TryHandleAsync(
            context, new InvalidOperationException("secret detail"), TestContext.Current.CancellationToken);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status500InternalServerError, context.Response.StatusCode);
        Assert.StartsWith("application/problem+json", context.Response.ContentType, StringComparison.Ordinal);
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains("\"status\":500", body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiRequest_DatabaseOutOfReach_Gets503ProblemDetailsSayingToTryAgain()
    {
        var context = ContextAfterExceptionIn("/api/v1/annotations");
        var gaveUp = new RetryLimitExceededException("secret detail", new TimeoutException("secret detail"));

        var handled = await new ApiExceptionHandler().TryHandleAsync(context, gaveUp, TestContext.Current.CancellationToken);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
        context.Response.Body.Position = 0;
        var body = await new StreamReader(context.Response.Body).ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains(DatabaseUnreachable.ProblemTitle, body, StringComparison.Ordinal);
        Assert.DoesNotContain("secret detail", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageRequest_IsLeftToTheErrorPage()
    {
        var context = ContextAfterExceptionIn("/documents");

        var handled = await new ApiExceptionHandler().TryHandleAsync(
            context, new InvalidOperationException("secret detail"), TestContext.Current.CancellationToken);

        Assert.False(handled);
        Assert.Equal(0, context.Response.Body.Length);
    }
}
