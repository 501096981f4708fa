using NormsPortal.Data.Corpus;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Reader;
using NormsPortal.DatabaseTests.Web;

// One instance for the whole assembly: loading the corpus is the slow part of these tests.
[assembly: AssemblyFixture(typeof(CorpusFixture))]

namespace NormsPortal.DatabaseTests.Reader;

/// <summary>
/// One database per provider holding the shipped corpus (loaded once per test run, as the portal
/// seeds it at start), and a running portal over it, shared by every test that only reads it.
/// </summary>
public sealed class CorpusFixture : IAsyncDisposable
{
    private readonly Dictionary<DatabaseKind, Task<CorpusUnderTest>> _corpora = [];
    private readonly Lock _lock = new();

    public Task<CorpusUnderTest> CorpusAsync(DatabaseKind kind)
    {
        lock (_lock)
        {
            if (!_corpora.TryGetValue(kind, out var corpus))
            {
                corpus = LoadAsync(kind);
                _corpora[kind] = corpus;
            }

            return corpus;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // A corpus that failed to load has disposed of its database already, and its test has reported why.
        foreach (var corpus in _corpora.Values.Where(c => c.IsCompletedSuccessfully))
        {
            await corpus.Result.DisposeAsync();
        }
    }

    private static async Task<CorpusUnderTest> LoadAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        try
        {
            var report = await new CorpusLoader(new TestContextFactory(database)).LoadAsync(CorpusFolders.BesideApp(), null, CancellationToken.None);
            Assert.Equal(0, report.Texts.Failed);
            return new CorpusUnderTest(database, new PortalFactory(database.Provider.Name, database.ConnectionString));
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>The corpus's database, its context factory for queries, and a portal over it.</summary>
    public sealed class CorpusUnderTest(TestDatabase database, PortalFactory factory) : IAsyncDisposable
    {
        public TestDatabase Database => database;

        public HttpClient Client { get; } = factory.CreateClient();

        internal TestContextFactory ContextFactory { get; } = new(database);

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await factory.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
