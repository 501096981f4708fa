using System.Net;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace NormsPortal.DatabaseTests.Web;

/// <summary>
/// The app's own endpoint table, read by the authorisation matrices (the library's, the curation's), so a route
/// added later is in a matrix without being listed there; and what a matrix expects of a verb a route does not map.
/// </summary>
internal static class EndpointTable
{
    /// <summary>Every verb a matrix sends to every route.</summary>
    public static readonly string[] Verbs = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

    /// <summary>
    /// The routes of which <paramref name="include"/> picks at least one endpoint, by their pattern's text, each with
    /// the endpoint answering each verb it maps (a route may mix public and protected verbs).
    /// </summary>
    public static IReadOnlyDictionary<string, MappedRoute> Routes(IServiceProvider services, Func<RouteEndpoint, bool> include) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is not null)
            .GroupBy(e => Route(e.RoutePattern.RawText!), StringComparer.Ordinal)
            .Where(g => g.Any(include))
            .ToDictionary(g => g.Key, g => new MappedRoute(g.First().RoutePattern, Verbs
                .Select(verb => (verb, Endpoint: g.FirstOrDefault(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods is not { } methods
                    || methods.Contains(verb, StringComparer.OrdinalIgnoreCase))))
                .Where(v => v.Endpoint is not null)
                .ToDictionary(v => v.verb, v => v.Endpoint!, StringComparer.OrdinalIgnoreCase)), StringComparer.Ordinal);

    // "/api/v1/documents/" (a group's MapGet("/")) and "/api/v1/documents" (another feature's MapPost) are one
    // address for a client, so one route whose verbs the matrix sees together.
    private static string Route(string rawText) => rawText.Length > 1 ? rawText.TrimEnd('/') : rawText;

    /// <summary>Whether <paramref name="endpoint"/> needs the authorisation policy <paramref name="policy"/>.</summary>
    public static bool Requires(Endpoint endpoint, string policy) =>
        endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => string.Equals(a.Policy, policy, StringComparison.Ordinal));

    /// <summary>
    /// A verb the route does not map: 405, but a GET (or HEAD) of a route without one, such as POST-only
    /// /api/v1/me/import, is answered 404 by the app, like any address it does not serve for reading.
    /// Never a success, never a 500.
    /// </summary>
    public static bool IsRefusedVerb(string verb, HttpStatusCode status) =>
        status == HttpStatusCode.MethodNotAllowed || (verb is "GET" or "HEAD" && status == HttpStatusCode.NotFound);

    public static async Task<HttpResponseMessage> SendRawAsync(HttpClient client, string verb, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(new HttpMethod(verb), path);
        return await client.SendAsync(request, cancellationToken);
    }
}

/// <summary>A route of the endpoint table: its pattern, and per verb the endpoint that answers it (HEAD as GET's).</summary>
internal sealed record MappedRoute(RoutePattern Pattern, IReadOnlyDictionary<string, RouteEndpoint> ByVerb)
{
    /// <summary>The endpoint answering <paramref name="verb"/>, or null: HEAD is answered as GET without the body (HeadRequestMiddleware).</summary>
    public RouteEndpoint? EndpointFor(string verb) =>
        ByVerb.GetValueOrDefault(verb) ?? (verb == "HEAD" ? ByVerb.GetValueOrDefault("GET") : null);

    /// <summary>
    /// An address of the route: each parameter by the resource named before it (<c>/users/{id}</c> from
    /// <paramref name="idsByResource"/>["users"]), else a value its constraint accepts, which the handler may not find.
    /// </summary>
    public string PathWith(IReadOnlyDictionary<string, string> idsByResource)
    {
        var path = new System.Text.StringBuilder();
        string? resource = null;
        foreach (var segment in Pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
            {
                switch (part)
                {
                    case RoutePatternLiteralPart literal:
                        path.Append(literal.Content);
                        resource = literal.Content;
                        break;
                    case RoutePatternSeparatorPart separator:
                        path.Append(separator.Content);
                        break;
                    case RoutePatternParameterPart parameter:
                        path.Append(resource is not null && idsByResource.TryGetValue(resource, out var id) ? id : Placeholder(parameter));
                        break;
                }
            }
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    private static string Placeholder(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? "").ToList();
        return constraints.Any(c => c is "int" or "long" || c.StartsWith("min(", StringComparison.Ordinal) || c.StartsWith("range(", StringComparison.Ordinal)) ? "1"
            : constraints.Contains("guid") ? Guid.Empty.ToString()
            : "unknown";
    }
}
