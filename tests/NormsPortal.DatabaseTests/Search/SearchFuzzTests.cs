using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Reader;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>
/// Any input is safe: 1,500 random and hostile queries and paging values sent through the HTTP API on
/// each provider get a 200 with results or a 400 ProblemDetails, never a server error. The generator is
/// seeded, so a failure names an input that fails again. (The parser alone meets many more in the unit
/// tests' SearchQueryFuzzTests; here each input costs a round trip, so fewer cover the database side.)
/// </summary>
public sealed class SearchFuzzTests(CorpusFixture fixture)
{
    private const int Inputs = 1_500;

    /// <summary>Syntax of the query language, of FTS5, of tsquery and of SQL, and text that breaks naive code.</summary>
    private static readonly string[] s_hostile =
    [
        "' OR 1=1 --", "\"", "\"\"", "'", "''", "NEAR(", "NEAR(a b, 2)", "*:*", "&|!", "col:", "Terms:security", "a:*", "!a", "a & b | !c",
        "(", ")", "((((", "))))", "-", "--", "-\"", "OR", "OR OR", "AND", "NOT", "a OR", "OR a", "-a", "- a", "-a -b", "*", "**", "a*b", "\"a*\"",
        "kind:", "kind:x", "year:", "year:..", "year:2020..2010", "year:-5", "year:99999999999", "session:0", "session:-1", "session:abc",
        "lang:xx", "lang:", "norm:", "norm:99.99", "symbol:", "symbol:\"", "track:' --", "1.6", "70/174", "A/RES/73/27", "A/C.1/73/L.27/Rev.1",
        "\"A/RES/43/78 H\"", "; DROP TABLE \"Works\"; --", "'); DELETE FROM \"SearchEntries\"; --", "\\", "\\'", "$$", "$1", "@match", ":match",
        "%", "_", "\0", "\u0001\u0002\u0003", "\r\n\t", "\u200B", "\u202E", "\uFEFF", "\uD800", "\uDC00", "😀", "👩‍👩‍👧", "ǅ", "ﬁ", "İ", "ß",
        "安全", "网络安全", "الأمن", "безопасность", "sécurité", "seguridad", "\u0301", "a\u0301", "'a':1", "'a' <-> 'b'", "a <-> b", "a:A",
        "rank:1", "bm25(", "MATCH", "rowid", "SearchEntriesFts", "{}", "[]", "<script>alert(1)</script>", "&amp;", "<mark>",
    ];

    private static readonly string[] s_words =
    [
        "critical", "infrastructure", "security", "state", "states", "knowingly", "support", "information", "telecommunications",
        "international", "the", "of", "and", "ict", "cyber", "norms", "1.6", "73/27",
    ];

    [Theory, DatabaseData]
    public async Task RandomAndHostileInputs_NeverGetAServerError(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var random = new Random(20261129 + (int)kind);
        var cancel = TestContext.Current.CancellationToken;
        var answered = new Dictionary<HttpStatusCode, int>();

        for (var i = 0; i < Inputs; i++)
        {
            var path = "/api/v1/search?q=" + Uri.EscapeDataString(Query(random)) + Paging(random);
            using var response = await corpus.Client.GetAsync(new Uri(path, UriKind.Relative), cancel);
            var body = await response.Content.ReadAsStringAsync(cancel);
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{path} answered {(int)response.StatusCode}: {body}");
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.False(string.IsNullOrEmpty(JsonDocument.Parse(body).RootElement.GetProperty("title").GetString()));
            }

            answered[response.StatusCode] = answered.GetValueOrDefault(response.StatusCode) + 1;
        }

        // The inputs are not all rejected: most of them search.
        Assert.True(answered.GetValueOrDefault(HttpStatusCode.OK) > Inputs / 2, $"Only {answered.GetValueOrDefault(HttpStatusCode.OK)} of {Inputs} inputs searched.");
    }

    [Theory, DatabaseData]
    public async Task NothingToSearchFor_Is400WithThatTitle(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        foreach (var query in new[] { "", "   ", "-security", "!!!", "\"\"" })
        {
            using var response = await corpus.Client.GetAsync(new Uri("/api/v1/search?q=" + Uri.EscapeDataString(query), UriKind.Relative), TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
            Assert.Equal("Nothing to search for", problem.GetProperty("title").GetString());
        }
    }

    [Theory, DatabaseData]
    public async Task BadPaging_Is400NamingTheParameter(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        foreach (var (paging, name) in new[] { ("page=0", "page"), ("page=abc", "page"), ("pageSize=1000", "pageSize"), ("pageSize=-1", "pageSize") })
        {
            using var response = await corpus.Client.GetAsync(new Uri("/api/v1/search?q=security&" + paging, UriKind.Relative), TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
            Assert.Contains(name, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory, DatabaseData]
    public async Task UnknownScope_Is400NamingTheParameter(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        using var response = await corpus.Client.GetAsync(new Uri("/api/v1/search?q=security&scope=everywhere", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("scope", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static string Query(Random random) => random.Next(10) switch
    {
        0 => RandomCharacters(random, random.Next(1, 40)),
        1 => new string('a', random.Next(5_000, 12_000)) + " " + string.Concat(Enumerable.Repeat("security ", random.Next(100, 1_500))),
        2 => string.Join(' ', Enumerable.Range(0, random.Next(1, 200)).Select(_ => Pick(random, s_hostile))),
        _ => string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => Mutate(random, random.Next(3) == 0 ? Pick(random, s_hostile) : Pick(random, s_words)))),
    };

    /// <summary>A word with an operator, a quote, a filter name or a prefix star around it, now and then.</summary>
    private static string Mutate(Random random, string word) => random.Next(8) switch
    {
        0 => "-" + word,
        1 => word + "*",
        2 => "\"" + word,
        3 => Pick(random, ["kind:", "track:", "year:", "session:", "lang:", "norm:", "symbol:"]) + word,
        4 => "(" + word + ")",
        5 => word + " OR",
        _ => word,
    };

    private static string RandomCharacters(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            // Any UTF-16 code unit, lone surrogates and controls included.
            text.Append((char)random.Next(0, random.Next(2) == 0 ? 128 : char.MaxValue + 1));
        }

        return text.ToString();
    }

    private static string Paging(Random random) => random.Next(6) switch
    {
        0 => "&page=" + Pick(random, ["0", "-1", "1", "2", "500", "501", "abc", "", "99999999999", "1.5"]),
        1 => "&pageSize=" + Pick(random, ["0", "1", "100", "101", "-5", "x", ""]),
        2 => "&lang=" + Pick(random, ["fr", "zh", "xx", "", "' OR 1=1"]) + "&kind=" + Pick(random, ["report", "resolution", "nonsense", ""]),
        _ => "",
    };

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
