using Microsoft.AspNetCore.Antiforgery;

namespace NormsPortal.Web.Caching;

/// <summary>
/// Antiforgery that makes no token for a shared page (<see cref="SharedPageRequest"/>). Blazor asks for one on every
/// interactive page, to persist it for the circuit's forms: it would be one visitor's token served to all, and the
/// cookie it stores would keep the page out of the cache. Every other request gets the framework's antiforgery.
/// </summary>
internal sealed class SharedPageAntiforgery(IAntiforgery inner) : IAntiforgery
{
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext) =>
        SharedPageRequest.Is(httpContext) ? NoTokens(httpContext) : inner.GetAndStoreTokens(httpContext);

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) =>
        SharedPageRequest.Is(httpContext) ? NoTokens(httpContext) : inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    private static AntiforgeryTokenSet NoTokens(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AntiforgeryOptions>>().Value;
        return new AntiforgeryTokenSet(requestToken: null, cookieToken: null, options.FormFieldName, options.HeaderName);
    }
}
