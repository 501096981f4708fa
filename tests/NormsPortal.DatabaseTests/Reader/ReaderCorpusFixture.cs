using NormsPortal.Data.Corpus;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;

namespace NormsPortal.DatabaseTests.Reader;

/// <summary>
/// One database per provider with the shipped corpus loaded, and the portal running over it, shared
/// by the reader's tests (they only read).
/// </summary>
public sealed class ReaderCorpusFixture : IAsyncDisposable
{
    private readonly Dictionary<DatabaseKind, Task<CorpusUnderTest>> _corpora = [];
    private readonly Lock _lock = new();

    public Task<CorpusUnderTest> CorpusAsync(DatabaseKind kind)
    {
        lock (_lock)
        {
            if (!_corpora.TryGetValue(kind, out var corpus))
            {
                corpus = StartAsync(kind);
                _corpora[kind] = corpus;
            }

            return corpus;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var corpus in _corpora.Values)
        {
            await (await corpus).DisposeAsync();
        }
    }

    private static async Task<CorpusUnderTest> StartAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await new CorpusLoader(new TestContextFactory(database)).LoadAsync(CorpusFolders.BesideApp(), null, CancellationToken.None);
        return new CorpusUnderTest(database, new PortalFactory(database.Provider.Name, database.ConnectionString));
    }

    /// <summary>The corpus database and a portal over it.</summary>
    public sealed class CorpusUnderTest(TestDatabase database, PortalFactory portal) : IAsyncDisposable
    {
        public TestDatabase Database { get; } = database;

        public HttpClient Client { get; } = portal.CreateClient();

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await portal.DisposeAsync();
            await Database.DisposeAsync();
        }
    }
}
