using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Reader;
using NormsPortal.Web.Features.AgreedLanguage;

namespace NormsPortal.DatabaseTests.AgreedLanguage;

/// <summary>
/// The agreed-language answer against a plain scan of the shipped corpus (<see cref="ReuseOracle"/>), on both
/// providers: for every paragraph of the three most recent resolutions, every earlier paragraph holding 80 % of
/// its five-grams is an item and the earliest appearance is right by date; in English and, over the
/// six-language series, in French, Russian, Chinese and Arabic, each against its own language.
/// </summary>
public sealed class AgreedLanguageRecallTests(CorpusFixture fixture)
{
    private static readonly string[] RecentResolutions = ["A/RES/80/16", "A/RES/79/237", "A/RES/78/16"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task EveryParagraphOfThreeRecentResolutions_FindsEveryEarlierReuseAndTheEarliest(DatabaseKind kind)
    {
        var items = await AssertRecallAsync(kind, "en");

        Assert.True(items > 0, "The recent resolutions reuse earlier wording; the answers found none.");
    }

    [Theory, DatabaseData]
    public async Task PassagesInFrenchRussianChineseAndArabic_FindTheirOwnLanguagesReuses(DatabaseKind kind)
    {
        foreach (var language in new[] { "fr", "ru", "zh", "ar" })
        {
            var items = await AssertRecallAsync(kind, language);

            Assert.True(items > 0, $"The recent resolutions in '{language}' reuse earlier wording; the answers found none.");
        }
    }

    private async Task<int> AssertRecallAsync(DatabaseKind kind, string language)
    {
        var corpus = await fixture.CorpusAsync(kind);
        var service = new AgreedLanguageService(corpus.ContextFactory);
        await using var db = corpus.Database.CreateContext();
        var oracle = await ReuseOracle.LoadAsync(db, language, Cancel);
        var items = await oracle.AssertRecallAsync(service, RecentResolutions, language, Cancel);
        return items;
    }
}
