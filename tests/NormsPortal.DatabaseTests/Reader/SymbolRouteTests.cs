using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Reader;

/// <summary>
/// Every address that takes a symbol finds the same work however the symbol is typed (one lookup,
/// <see cref="Data.Symbols.SymbolLookup"/>): the document page, the documents API, its citation, compare and
/// search's direct matches, on both providers.
/// </summary>
public sealed partial class SymbolRouteTests(CorpusFixture fixture)
{
    /// <summary>As readers and links write symbols: any case, stray spaces, slashes still encoded, a glued part letter.</summary>
    private static readonly (string Typed, string Symbol)[] s_typedForms =
    [
        ("a/res/73/27", "A/RES/73/27"),
        ("A/RES/73/27", "A/RES/73/27"),
        ("A%2FRES%2F73%2F27", "A/RES/73/27"),
        (" A / RES / 73 / 27 ", "A/RES/73/27"),
        ("a/res/43/78h", "A/RES/43/78 H"),
    ];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task DocumentPage_RedirectsEveryTypedForm_ToTheWorksAddress(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var answers = await AnswersAsync(async typed =>
        {
            using var response = await corpus.Client.GetAsync(Relative("/documents/" + InPath(typed)), Cancel);
            return $"{(int)response.StatusCode} {response.RequestMessage!.RequestUri!.AbsolutePath}";
        });

        Assert.Equal(Expected(symbol => "200 /documents/" + InPath(symbol)), answers);
    }

    [Theory, DatabaseData]
    public async Task DocumentsApi_FindsTheWork_ForEveryTypedForm(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var answers = await AnswersAsync(typed => SymbolAnsweredAsync(corpus.Client, "/api/v1/documents/" + InPath(typed)));

        Assert.Equal(Expected(symbol => "200 " + symbol), answers);
    }

    [Theory, DatabaseData]
    public async Task CitationApi_FindsTheWork_ForEveryTypedForm(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var answers = await AnswersAsync(typed => SymbolAnsweredAsync(corpus.Client, "/api/v1/documents/" + InPath(typed) + "/citation"));

        Assert.Equal(Expected(symbol => "200 " + symbol), answers);
    }

    [Theory, DatabaseData]
    public async Task ComparePage_FindsTheWork_ForEveryTypedForm(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var answers = await AnswersAsync(async typed =>
        {
            using var response = await corpus.Client.GetAsync(Relative($"/compare?a={Uri.EscapeDataString(typed)}&b=A/RES/78/237"), Cancel);
            var heading = PageHeading().Match(await response.Content.ReadAsStringAsync(Cancel));
            return $"{(int)response.StatusCode} {heading.Groups[1].Value}";
        });

        Assert.Equal(Expected(symbol => $"200 {symbol} compared with A/RES/78/237"), answers);
    }

    [Theory, DatabaseData]
    public async Task Search_OffersTheWorkAsADirectMatch_ForEveryTypedForm(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        // Quoted, as a symbol with spaces in it must be; the plain forms are looked up unquoted as well.
        var quoted = await AnswersAsync(typed => DirectMatchesAsync(corpus, '"' + typed + '"'));
        var plain = new[] { await DirectMatchesAsync(corpus, "a/res/73/27"), await DirectMatchesAsync(corpus, "a/res/43/78h") };

        Assert.Equal(Expected(symbol => symbol), quoted);
        Assert.Equal(["A/RES/73/27", "A/RES/43/78 H"], plain);
    }

    private static async Task<List<string>> AnswersAsync(Func<string, Task<string>> answer)
    {
        var answers = new List<string>();
        foreach (var (typed, _) in s_typedForms)
        {
            answers.Add($"'{typed}': {await answer(typed)}");
        }

        return answers;
    }

    private static List<string> Expected(Func<string, string> answer) =>
        [.. s_typedForms.Select(f => $"'{f.Typed}': {answer(f.Symbol)}")];

    private static async Task<string> SymbolAnsweredAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(Relative(path), Cancel);
        var symbol = response.IsSuccessStatusCode
            ? (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("symbol").GetString()
            : "";
        return $"{(int)response.StatusCode} {symbol}";
    }

    private static async Task<string> DirectMatchesAsync(CorpusFixture.CorpusUnderTest corpus, string query)
    {
        var results = await corpus.SearchJsonAsync(query);
        return string.Join(", ", results.GetProperty("directMatches").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "work")
            .Select(m => m.GetProperty("key").GetString()));
    }

    /// <summary>A symbol in an address: its slashes (encoded or not) as typed, its spaces escaped.</summary>
    private static string InPath(string symbol) => symbol.Replace(" ", "%20", StringComparison.Ordinal);

    private static Uri Relative(string path) => new(path, UriKind.Relative);

    [GeneratedRegex("<h1[^>]*>([^<]*)</h1>")]
    private static partial Regex PageHeading();
}
