using System.Net;
using System.Text.RegularExpressions;

namespace NormsPortal.Benchmarks.Load;

/// <summary>
/// The rounds readers browse, read from the running portal's own pages: per norm, open the norm, open the first document it
/// cites, search, and follow the first cross-reference of that document to another. What each step must render is taken
/// from its prerendered page, so a page that comes back without it fails here, before any circuit is timed.
/// </summary>
internal static partial class BrowsingTour
{
    /// <summary>Queries readers search for, in turn; each must find results on the shipped corpus.</summary>
    private static readonly string[] s_queries = ["critical infrastructure", "supply chain", "confidence-building measures", "sovereignty", "human rights"];

    public static async Task<IReadOnlyList<IReadOnlyList<BrowsingStep>>> DiscoverAsync(HttpClient http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var searches = new List<BrowsingStep>();
        foreach (var query in s_queries)
        {
            var path = $"/search?q={Uri.EscapeDataString(query)}";
            var html = await GetAsync(http, path, cancellationToken);
            // The title is one string ("<query> · Search · NormsPortal"); "results" is the section's data-state once found.
            searches.Add(new BrowsingStep("search", path, [Single(Title(), html, path), Single(SearchState(), html, path)]));
        }

        var rounds = new List<IReadOnlyList<BrowsingStep>>();
        var normsHtml = await GetAsync(http, "/norms", cancellationToken);
        foreach (var normPath in NormLink().Matches(normsHtml).Select(match => match.Groups["path"].Value).Distinct())
        {
            var normHtml = await GetAsync(http, normPath, cancellationToken);
            var documentPath = DocumentLink().Match(normHtml).Groups["path"].Value;
            var documentHtml = await GetAsync(http, documentPath, cancellationToken);
            var symbol = Single(DocumentSymbol(), documentHtml, documentPath);
            var crossReference = DocumentLink().Matches(documentHtml).Select(match => match.Groups["path"].Value)
                .FirstOrDefault(path => !string.Equals(path, documentPath, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException($"{documentPath} links to no other document.");
            var crossReferenceHtml = await GetAsync(http, crossReference, cancellationToken);
            rounds.Add(
            [
                new BrowsingStep("norm", normPath, [Single(NormHeading(), normHtml, normPath)]),
                new BrowsingStep("document", documentPath, [symbol]),
                searches[rounds.Count % searches.Count],
                new BrowsingStep("cross-reference", crossReference, [Single(DocumentSymbol(), crossReferenceHtml, crossReference)]),
            ]);
        }

        return rounds.Count > 0 ? rounds : throw new InvalidOperationException("/norms lists no norm.");
    }

    private static async Task<string> GetAsync(HttpClient http, string path, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(path))
        {
            throw new InvalidOperationException("A page of the tour links to nothing to follow.");
        }

        return await http.GetStringAsync(new Uri(path.TrimStart('/'), UriKind.Relative), cancellationToken);
    }

    private static string Single(Regex pattern, string html, string path) =>
        pattern.Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups["text"].Value)
            : throw new InvalidOperationException($"{path} came back without what the tour checks ({pattern}).");

    [GeneratedRegex("""href="(?<path>/norms/\d+\.\d+)["#]""")]
    private static partial Regex NormLink();

    [GeneratedRegex("""href="(?<path>/documents/[^"#?]+)["#?]""")]
    private static partial Regex DocumentLink();

    [GeneratedRegex("""id="norm-heading">(?<text>[^<]+)</h1>""")]
    private static partial Regex NormHeading();

    [GeneratedRegex("""data-testid="document-symbol">(?<text>[^<]+)</h1>""")]
    private static partial Regex DocumentSymbol();

    [GeneratedRegex("<title>(?<text>[^<]+)</title>")]
    private static partial Regex Title();

    [GeneratedRegex("data-state=\"(?<text>results)\"")]
    private static partial Regex SearchState();
}
