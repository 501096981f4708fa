using NormsPortal.Data.Corpus;
using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Storage;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features.AgreedLanguage;

namespace NormsPortal.DatabaseTests.AgreedLanguage;

/// <summary>
/// The recall check of <see cref="AgreedLanguageRecallTests"/> on the bulk English corpus (the ~1,650
/// resolutions of sessions 74–78 in the folder named by <see cref="FolderVariable"/>, as the bulk parsing
/// test reads it): every paragraph of ten works spread over the corpus by date, on both providers.
/// Skipped without the variable, as importing the corpus takes minutes.
/// </summary>
public sealed class AgreedLanguageBulkRecallTests
{
    public const string FolderVariable = "NORMSPORTAL_AKN_BULK";

    private const int SampledWorks = 10;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task SampleOfTheBulkCorpus_FindsEveryEarlierReuseAndTheEarliest(DatabaseKind kind)
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable);
        Assert.SkipWhen(string.IsNullOrWhiteSpace(folder), $"Set {FolderVariable} to the folder of the bulk AKN corpus (ga-en) to run this test.");
        await using var database = await TestDatabase.CreateAsync(kind);
        var corpus = await ImportSources.ReadAsync(folder!, Cancel);
        var imported = await new DocumentImporter(new TestContextFactory(database), new CrossReferenceFinder())
            .ImportManyAsync(corpus.Documents, null, Cancel);
        Assert.Equal(0, imported.Failed);

        await using var db = database.CreateContext();
        var oracle = await ReuseOracle.LoadAsync(db, "en", Cancel);
        var works = oracle.Paragraphs.Select(p => (p.Symbol, p.Date)).Distinct().OrderBy(w => w.Date).ThenBy(w => w.Symbol, StringComparer.Ordinal).ToList();
        var sample = Enumerable.Range(0, SampledWorks).Select(i => works[(i * works.Count / SampledWorks) + (works.Count / SampledWorks) - 1].Symbol).ToHashSet();
        var items = await oracle.AssertRecallAsync(new AgreedLanguageService(new TestContextFactory(database)), sample, "en", Cancel);

        TestContext.Current.TestOutputHelper?.WriteLine($"{kind}: {sample.Count} works ({string.Join(", ", sample)}), {items} items found.");
        Assert.True(items > 0, "The sampled resolutions reuse earlier wording; the answers found none.");
    }
}
