using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Web.Api;

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
    public async Task PageRequest_IsLeftToTheErrorPage()
    {
        var context = ContextAfterExceptionIn("/documents");

        var handled = await new ApiExceptionHandler().TryHandleAsync(
            context, new InvalidOperationException("secret detail"), TestContext.Current.CancellationToken);

        Assert.False(handled);
        Assert.Equal(0, context.Response.Body.Length);
    }
}
