using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Reader;
using NormsPortal.Web.Features;

namespace NormsPortal.DatabaseTests.Facts;

/// <summary>
/// The portal's one rule for trust (<see cref="OfficialSources"/>: verified means confirmed by an
/// official UN source, named as such) over the shipped corpus, on both providers: what the
/// importers read from the UN's files is verified and cited as a reader cites it, nothing else is
/// verified without a UN source, and no document page shows a file path or a curator's note.
/// </summary>
public sealed partial class FactTrustTests(CorpusFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task FactsReadFromTheUnsFiles_AreVerified_AndCiteTheFileAsAReaderWould(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        await using var db = corpus.ContextFactory.CreateDbContext();

        var imported = await db.Facts.AsNoTracking().Where(f => f.Origin == FactOrigin.Import)
            .Select(f => new { f.Work.Symbol, f.Key, f.Source, f.Verified }).ToListAsync(Cancel);

        Assert.NotEmpty(imported);
        Assert.Empty(imported.Where(f => !f.Verified || f.Source is null || !CitedUnFile().IsMatch(f.Source)).Select(f => $"{f.Symbol} {f.Key}: {f.Source}"));
        Assert.Contains(imported, f => f.Symbol == "A/RES/75/240" && f.Key == FactKeys.Date && f.Source == "UN AKN file of A/RES/75/240, English");
    }

    [Theory, DatabaseData]
    public async Task SponsorsAndVotesReadFromTheUnsFiles_CiteTheFileAsAReaderWould(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        await using var db = corpus.ContextFactory.CreateDbContext();

        var sponsorSources = await db.Sponsors.AsNoTracking().Select(s => s.Source).Distinct().ToListAsync(Cancel);
        var voteSources = await db.Votes.AsNoTracking().Select(v => v.Source).Distinct().ToListAsync(Cancel);

        Assert.Empty(sponsorSources.Concat(voteSources).OfType<string>().SelectMany(s => RawFileName().Matches(s)).Select(m => m.Value));
    }

    [Theory, DatabaseData]
    public async Task NoFact_IsVerified_WithoutAnOfficialUnSource(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        await using var db = corpus.ContextFactory.CreateDbContext();

        var verified = await db.Facts.AsNoTracking().Where(f => f.Verified)
            .Select(f => new { f.Work.Symbol, f.Key, f.Source }).ToListAsync(Cancel);

        Assert.Empty(verified.Where(f => !OfficialSources.AreNamedIn(f.Source)).Select(f => $"{f.Symbol} {f.Key}: {f.Source}"));
    }

    [Theory, DatabaseData]
    public async Task NoDocumentPage_ShowsAFilePath_OrACuratorsNote(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);
        await using var db = corpus.ContextFactory.CreateDbContext();
        var symbols = await db.Works.AsNoTracking().OrderBy(w => w.Symbol).Select(w => w.Symbol).ToListAsync(Cancel);

        var leaks = new List<string>();
        foreach (var symbol in symbols)
        {
            using var response = await corpus.Client.GetAsync(new Uri(DocumentUrls.For(symbol), UriKind.Relative), Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = VisibleText(await response.Content.ReadAsStringAsync(Cancel));
            leaks.AddRange(RawFileName().Matches(text).Concat(CuratorsNote().Matches(text)).Select(m => $"{symbol}: {m.Value}"));
        }

        Assert.Empty(leaks);
    }

    [Theory, DatabaseData]
    public async Task DocumentPage_OfAResolutionHeldAsAnAknFile_MarksNoFactReadFromIt_AndNamesTheFileUnderProvenance(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var html = await corpus.Client.GetStringAsync(new Uri(DocumentUrls.For("A/RES/75/240"), UriKind.Relative), Cancel);

        var start = html.IndexOf("data-testid=\"fact-list\"", StringComparison.Ordinal);
        var facts = html[start..html.IndexOf("</dl>", start, StringComparison.Ordinal)];
        Assert.DoesNotContain("Unverified", facts, StringComparison.Ordinal);
        Assert.Contains("UN AKN file of A/RES/75/240, English (verified)", VisibleText(html), StringComparison.Ordinal);
        Assert.Contains("id=\"about-facts\"", html, StringComparison.Ordinal);
    }

    /// <summary>The page's words, without its markup, scripts and styles (addresses in links are not shown).</summary>
    private static string VisibleText(string html) =>
        Spaces().Replace(Tags().Replace(Scripts().Replace(html, " "), " "), " ");

    [GeneratedRegex(@"^UN (AKN file|AKN metadata|document) of |^UN document ")]
    private static partial Regex CitedUnFile();

    /// <summary>A file of the corpus as the importers once cited it (<c>en/A_RES_75_240.xml (en)</c>); web addresses are citations.</summary>
    [GeneratedRegex(@"\S*(\.xml\b|\.jsonl\b|A_RES_)\S*|(?<![\w/.])(ar|zh|en|fr|ru|es)/\S+")]
    private static partial Regex RawFileName();

    [GeneratedRegex(@"\w+_\w+ here =")]
    private static partial Regex CuratorsNote();

    [GeneratedRegex(@"<(script|style)\b.*?</\1>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
