using System.Text.RegularExpressions;
using NormsPortal.Web.Security.Antiforgery;

namespace NormsPortal.DatabaseTests.Accounts;

/// <summary>The antiforgery token a page hands its scripts, read as a script reads it.</summary>
internal static partial class AntiforgeryPage
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// The token in the page at <paramref name="path"/>, or null when the page has none (an anonymous reader). A page of
    /// the reader's own by default: the public pages are shared by every reader, and carry no one's token.
    /// </summary>
    public static async Task<string?> TokenAsync(HttpClient client, string path = "/library")
    {
        return TokenIn(await client.GetStringAsync(new Uri(path, UriKind.Relative), Cancel));
    }

    public static string? TokenIn(string html)
    {
        var match = MetaTag().Match(html);
        return match.Success ? match.Groups["token"].Value : null;
    }

    /// <summary>A request that carries <paramref name="token"/> in the API's antiforgery header, when given.</summary>
    public static HttpRequestMessage Post(string path, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path);
        if (token is not null)
        {
            request.Headers.Add(ApiAntiforgery.HeaderName, token);
        }

        return request;
    }

    [GeneratedRegex("""<meta name="antiforgery-token" content="(?<token>[^"]+)" """)]
    private static partial Regex MetaTag();
}
