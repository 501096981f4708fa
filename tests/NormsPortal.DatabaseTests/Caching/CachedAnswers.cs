using System.Text.RegularExpressions;

namespace NormsPortal.DatabaseTests.Caching;

/// <summary>How a test tells a cached answer, and compares pages whose only difference must be their nonce.</summary>
internal static partial class CachedAnswers
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>The output cache gives an answer it serves from the cache an <c>Age</c> header; a fresh answer has none.</summary>
    public static bool IsFromCache(HttpResponseMessage response) => response.Headers.Age is not null;

    /// <summary>A query parameter no other test uses, so that a test starts from an empty entry of its own.</summary>
    public static string Fresh(string path) => path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "probe=" + Guid.NewGuid().ToString("N");

    public static async Task<(HttpResponseMessage Response, string Body)> GetAsync(HttpClient client, string path, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        var response = await client.SendAsync(request, Cancel);
        return (response, await response.Content.ReadAsStringAsync(Cancel));
    }

    /// <summary>The nonce of the response's Content-Security-Policy.</summary>
    public static string HeaderNonce(HttpResponseMessage response) =>
        PolicyNonce().Match(string.Join(";", response.Headers.GetValues("Content-Security-Policy"))).Groups["nonce"].Value;

    /// <summary>Every nonce attribute in the markup, decoded as a browser reads it.</summary>
    public static IReadOnlyList<string> MarkupNonces(string html) =>
        [.. NonceAttribute().Matches(html).Select(match => System.Net.WebUtility.HtmlDecode(match.Groups["nonce"].Value))];

    /// <summary>The page with its nonces blanked: what two readers of a shared page must receive alike.</summary>
    public static string WithoutNonces(string html) => NonceAttribute().Replace(html, "nonce=\"\"");

    [GeneratedRegex("'nonce-(?<nonce>[^']+)'")]
    private static partial Regex PolicyNonce();

    [GeneratedRegex("nonce=\"(?<nonce>[^\"]*)\"")]
    private static partial Regex NonceAttribute();
}
