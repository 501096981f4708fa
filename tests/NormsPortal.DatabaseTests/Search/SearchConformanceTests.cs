using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Search;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Reader;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>
/// The same queries give the same hits on both providers: each provider's hits are compared with
/// what <see cref="SearchOracle"/> works out in .NET from the same index rows, and the cases of
/// issue 5 are checked against the texts themselves.
/// </summary>
public sealed partial class SearchConformanceTests(CorpusFixture fixture)
{
    /// <summary>Words, phrases, exclusions, OR, prefixes, six languages and every filter.</summary>
    private static readonly string[] s_queries =
    [
        "critical infrastructure",
        "\"knowingly support\"",
        "infrastructure -supply",
        "information -\"international security\"",
        "infrastruct*",
        "cyber* OR télécommunications",
        "安全",
        "安全 OR 网络",
        "sécurité",
        "\"technologies de l'information\"",
        "seguridad internacional",
        "информационн*",
        "الأمن",
        "infrastructures critiques lang:fr",
        "security kind:ga-resolution year:2018..2020",
        "security kind:report",
        "security session:73",
        "security track:developments",
        "infrastructure norm:1.6",
        "states symbol:A/RES/73/27",
        "year:2019",
        "security year:2020..",
        "security year:..2015",
        "developments",
    ];

    [Theory, DatabaseData]
    public async Task EveryQuery_FindsExactlyWhatTheTermsAndFiltersSay(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var oracle = await SearchOracle.LoadAsync(corpus.Database);

        foreach (var query in s_queries)
        {
            AssertSameHits(query, oracle.Hits(query), await SearchHits.AllAsync(corpus.Database, query));
        }
    }

    /// <summary>Words far apart in a text, an exclusion, a phrase, filters, and one word (the same as a paragraph).</summary>
    private static readonly string[] s_documentQueries =
    [
        "capacity-building gender year:2020..",
        "sovereignty \"critical infrastructure\"",
        "confidence-building -gender kind:ga-resolution",
        "cyber* OR télécommunications souveraineté lang:fr",
        "infrastructure",
    ];

    [Theory, DatabaseData]
    public async Task DocumentScope_FindsTheTextsThatHoldEveryWordSomewhere(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var oracle = await SearchOracle.LoadAsync(corpus.Database);

        foreach (var query in s_documentQueries)
        {
            AssertSameHits(query, oracle.DocumentHits(query), await SearchHits.AllAsync(corpus.Database, query, SearchScope.Document));
        }

        // The reason for the option: words that share a document but no paragraph.
        Assert.True(oracle.DocumentHits(s_documentQueries[0]).Count > oracle.Hits(s_documentQueries[0]).Count);
    }

    private static void AssertSameHits(string query, HashSet<SearchHit> expected, HashSet<SearchHit> actual)
    {
        Assert.True(expected.Count > 0, $"'{query}' should find something in the corpus.");
        Assert.True(expected.SetEquals(actual),
            $"'{query}': missing {string.Join("; ", expected.Except(actual).Take(5))}, unexpected {string.Join("; ", actual.Except(expected).Take(5))}");
    }

    [Theory, DatabaseData]
    public async Task DocumentScope_ThroughTheApi_FindsTheDocumentsThatHoldTheWordsApart(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var cancel = TestContext.Current.CancellationToken;
        var query = Uri.EscapeDataString("capacity-building gender year:2020..");

        var paragraph = await corpus.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/search?q=" + query, UriKind.Relative), cancel);
        var document = await corpus.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/search?q=" + query + "&scope=document", UriKind.Relative), cancel);

        Assert.Equal("paragraph", paragraph.GetProperty("scope").GetString());
        Assert.Equal("document", document.GetProperty("scope").GetString());
        Assert.True(document.GetProperty("total").GetInt32() > paragraph.GetProperty("total").GetInt32());
    }

    [Theory, DatabaseData]
    public async Task NormFacet_CountsTheTextsWhoseNormParagraphMatched(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var oracle = await SearchOracle.LoadAsync(corpus.Database);
        await using var db = corpus.Database.CreateContext();
        var statements = await db.Norms.Select(n => new { n.Number, n.Statement.Symbol, n.Statement.Anchor }).ToListAsync(TestContext.Current.CancellationToken);
        var counterparts = await db.NormCounterparts.Where(c => c.Target.Anchor != "")
            .Join(db.Norms, c => c.NormId, n => n.Id, (c, n) => new { n.Number, c.Target.Symbol, c.Target.Anchor })
            .ToListAsync(TestContext.Current.CancellationToken);
        var normAnchors = statements.Concat(counterparts).ToLookup(a => (a.Symbol, a.Anchor), a => a.Number);

        foreach (var query in s_queries.Append("security lang:fr").Append("kind:ga-resolution lang:es"))
        {
            var expected = oracle.Hits(query)
                .SelectMany(hit => normAnchors[(hit.Symbol, hit.Anchor)].Select(number => (Number: number, Text: (hit.Symbol, hit.Language))))
                .Distinct()
                .GroupBy(n => n.Number)
                .ToDictionary(g => g.Key, g => g.Count());

            var results = await corpus.Service.SearchAsync(new SearchRequest(query), TestContext.Current.CancellationToken);

            Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), results.Facets.Norm.Select(f => KeyValuePair.Create(f.Value, f.Count)).OrderBy(e => e.Key, StringComparer.Ordinal));
        }
    }

    [Theory, DatabaseData]
    public async Task CriticalInfrastructure_HasNorms16To18Of7327InTheFirstTenHits(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var results = await corpus.SearchJsonAsync("critical infrastructure");

        var firstTen = Paragraphs(results).Take(10).ToList();
        foreach (var anchor in new[] { "op1.6", "op1.7", "op1.8" })
        {
            Assert.Contains(("A/RES/73/27", anchor), firstTen.Select(p => (p.Symbol, p.Anchor)));
        }

        var norm16 = firstTen.First(p => p.Symbol == "A/RES/73/27" && p.Anchor == "op1.6");
        Assert.Equal("/documents/A/RES/73/27?lang=en#op1.6", norm16.Url);
        Assert.Contains("<mark>critical</mark> <mark>infrastructure</mark>", norm16.Snippet, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task Phrase_MatchesExactlyTheParagraphsThatHoldIt(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        await using var db = corpus.Database.CreateContext();
        var texts = await db.Provisions.AsNoTracking()
            .Select(p => new { p.Expression.Work.Symbol, p.Expression.Language, p.Anchor, p.Text })
            .ToListAsync(TestContext.Current.CancellationToken);
        // A plain scan: the two words in a row, whatever the punctuation or line breaks between them;
        // "support" also as supports, supported, supporting (the English stem).
        var expected = texts.Where(t => KnowinglySupport().IsMatch(t.Text)).Select(t => new SearchHit(t.Symbol, t.Language, t.Anchor)).ToHashSet();

        var actual = await SearchHits.AllAsync(corpus.Database, "\"knowingly support\"");

        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(h => h.ToString()), actual.OrderBy(h => h.ToString()));
    }

    [Theory, DatabaseData]
    public async Task ExcludedWord_IsInNoHit(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var with = await SearchHits.AllAsync(corpus.Database, "infrastructure");

        var without = await SearchHits.AllAsync(corpus.Database, "infrastructure -critical");

        Assert.NotEmpty(without);
        Assert.True(without.Count < with.Count, "Some paragraphs about infrastructure say critical infrastructure.");
        var texts = await TextsAsync(corpus, without);
        Assert.All(texts, text => Assert.DoesNotMatch(CriticalWord(), text));
    }

    [Theory, DatabaseData]
    public async Task FrenchQuery_FindsTheFrenchTextThroughFrenchStemming(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        // "infrastructures critiques" is how the French texts say it; the singular finds it by its stem.
        var hits = await SearchHits.AllAsync(corpus.Database, "infrastructure critique");

        Assert.Contains(hits, h => h.Language == "fr");
        var french = await TextsAsync(corpus, hits.Where(h => h.Language == "fr"));
        Assert.All(french, text => Assert.Contains("critique", text, StringComparison.OrdinalIgnoreCase));
    }

    [Theory, DatabaseData]
    public async Task ChineseWord_FindsChineseParagraphs(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var results = await corpus.SearchJsonAsync("安全");

        var paragraphs = Paragraphs(results).ToList();
        Assert.NotEmpty(paragraphs);
        Assert.All(paragraphs, p => Assert.Equal("zh", p.Language));
        Assert.All(paragraphs, p => Assert.Contains("<mark>安全</mark>", p.Snippet, StringComparison.Ordinal));
    }

    [Theory, DatabaseData]
    public async Task Prefix_FindsEveryWordThatBeginsWithIt(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var prefix = await SearchHits.AllAsync(corpus.Database, "infrastruct*");
        var word = await SearchHits.AllAsync(corpus.Database, "infrastructure");

        Assert.Superset(word, prefix);
    }

    [Theory, DatabaseData]
    public async Task Or_FindsEitherWord(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var infrastructure = await SearchHits.AllAsync(corpus.Database, "infrastructure");
        var telecommunications = await SearchHits.AllAsync(corpus.Database, "telecommunications");

        var either = await SearchHits.AllAsync(corpus.Database, "infrastructure OR telecommunications");

        Assert.Equal(infrastructure.Union(telecommunications).OrderBy(h => h.ToString()), either.OrderBy(h => h.ToString()));
    }

    [Theory, DatabaseData]
    public async Task Filters_KeepOnlyWhatTheyName(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var french = Paragraphs(await corpus.SearchJsonAsync("sécurité lang:fr")).ToList();
        var reports = (await corpus.SearchJsonAsync("kind:report")).GetProperty("items").EnumerateArray().ToList();
        var of2019 = (await corpus.SearchJsonAsync("security year:2019")).GetProperty("items").EnumerateArray().ToList();
        var session73 = (await corpus.SearchJsonAsync("security session:73")).GetProperty("items").EnumerateArray().ToList();
        var norm16 = Paragraphs(await corpus.SearchJsonAsync("state norm:1.6")).ToList();
        var symbol = (await corpus.SearchJsonAsync("security symbol:A/RES/73/27")).GetProperty("items").EnumerateArray().ToList();
        var track = await corpus.SearchJsonAsync("security track:developments");

        Assert.NotEmpty(french);
        Assert.All(french, p => Assert.Equal("fr", p.Language));
        Assert.NotEmpty(reports);
        Assert.All(reports, r => Assert.Equal("report", r.GetProperty("kind").GetString()));
        Assert.NotEmpty(of2019);
        Assert.All(of2019, w => Assert.StartsWith("2019-", w.GetProperty("date").GetString(), StringComparison.Ordinal));
        Assert.NotEmpty(session73);
        Assert.All(session73, w => Assert.Contains("/73/", w.GetProperty("symbol").GetString(), StringComparison.Ordinal));
        Assert.NotEmpty(norm16);
        Assert.All(norm16, p => Assert.Equal(("A/RES/73/27", "op1.6"), (p.Symbol, p.Anchor)));
        Assert.Equal("A/RES/73/27", Assert.Single(symbol).GetProperty("symbol").GetString());
        var trackFacet = Assert.Single(track.GetProperty("facets").GetProperty("track").EnumerateArray(), f => f.GetProperty("value").GetString() == "developments");
        Assert.Equal(track.GetProperty("total").GetInt32(), trackFacet.GetProperty("count").GetInt32());
    }

    [Theory, DatabaseData]
    public async Task Facets_CountTheMatchedWorksAndOfferTheirFilter(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var results = await corpus.SearchJsonAsync("critical infrastructure");

        var facets = results.GetProperty("facets");
        var total = results.GetProperty("total").GetInt32();
        Assert.Equal(total, facets.GetProperty("kind").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32()));
        var resolution = facets.GetProperty("kind").EnumerateArray().Single(f => f.GetProperty("value").GetString() == "ga-resolution");
        Assert.Equal("kind:ga-resolution", resolution.GetProperty("filter").GetString());
        Assert.Equal(["1.6", "1.7", "1.8"], facets.GetProperty("norm").EnumerateArray().Select(f => f.GetProperty("value").GetString()));
        Assert.Contains(facets.GetProperty("decade").EnumerateArray(), f => f.GetProperty("filter").GetString() == "year:2010..2019");
    }

    [Theory, DatabaseData]
    public async Task NumbersAndSymbols_AreDirectMatches(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var norm = await corpus.SearchJsonAsync("1.6");
        var report = await corpus.SearchJsonAsync("A/70/174");
        var resolution = await corpus.SearchJsonAsync("70/237");

        var normMatch = Assert.Single(norm.GetProperty("directMatches").EnumerateArray());
        Assert.Equal(("norm", "1.6", "/norms/1.6"), (normMatch.GetProperty("type").GetString(), normMatch.GetProperty("key").GetString(), normMatch.GetProperty("url").GetString()));
        Assert.Equal("A/70/174", Assert.Single(report.GetProperty("directMatches").EnumerateArray()).GetProperty("key").GetString());
        Assert.Equal("A/RES/70/237", Assert.Single(resolution.GetProperty("directMatches").EnumerateArray()).GetProperty("key").GetString());
    }

    [Theory, DatabaseData]
    public async Task AmbiguousNumber_OffersTheResolutionAndTheReport(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        await using (var db = corpus.Database.CreateContext())
        {
            // The catalogue holds the report A/70/174; a resolution 70/174 exists too (on another subject).
            if (!await db.Works.AnyAsync(w => w.Symbol == "A/RES/70/174", TestContext.Current.CancellationToken))
            {
                db.Works.Add(new Data.Model.Work { Symbol = "A/RES/70/174", Kind = Data.Model.WorkKind.GaResolution, Session = 70 });
                await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            }
        }

        var results = await corpus.SearchJsonAsync("70/174");

        Assert.Equal(
            ["A/RES/70/174", "A/70/174"],
            results.GetProperty("directMatches").EnumerateArray().Select(m => m.GetProperty("key").GetString()));
    }

    private static async Task<List<string>> TextsAsync(CorpusFixture.CorpusUnderTest corpus, IEnumerable<SearchHit> hits)
    {
        var wanted = hits.ToHashSet();
        await using var db = corpus.Database.CreateContext();
        var entries = await db.SearchEntries.AsNoTracking()
            .Join(db.Works, e => e.WorkId, w => w.Id, (e, w) => new { w.Symbol, e.Language, e.Anchor, e.Text })
            .ToListAsync(TestContext.Current.CancellationToken);
        return entries.Where(e => wanted.Contains(new SearchHit(e.Symbol, e.Language, e.Anchor))).Select(e => e.Text).ToList();
    }

    private static IEnumerable<(string Symbol, string Anchor, string Language, string Snippet, string Url)> Paragraphs(JsonElement results) =>
        results.GetProperty("items").EnumerateArray().SelectMany(item => item.GetProperty("paragraphs").EnumerateArray().Select(p => (
            item.GetProperty("symbol").GetString()!,
            p.GetProperty("anchor").GetString()!,
            p.GetProperty("language").GetString()!,
            p.GetProperty("snippetHtml").GetString()!,
            p.GetProperty("url").GetString()!)));

    [GeneratedRegex(@"\bknowingly\W+support(s|ed|ing)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex KnowinglySupport();

    [GeneratedRegex(@"\bcritical\b", RegexOptions.IgnoreCase)]
    private static partial Regex CriticalWord();
}
