using System.Net.Http.Json;
using System.Text.Json;
using NormsPortal.Data.Corpus;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>
/// One database per provider with the shipped corpus loaded (31 works, 73/27 and its draft, the ICT
/// resolutions in six languages), a running portal over it and the search service, shared by the
/// read-only search tests.
/// </summary>
public sealed class SearchCorpusFixture : IAsyncDisposable
{
    private readonly Dictionary<DatabaseKind, Task<SearchCorpus>> _corpora = [];
    private readonly Lock _lock = new();

    public Task<SearchCorpus> CorpusAsync(DatabaseKind kind)
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
        foreach (var corpus in _corpora.Values)
        {
            await (await corpus).DisposeAsync();
        }
    }

    private static async Task<SearchCorpus> LoadAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        var report = await new CorpusLoader(new TestContextFactory(database)).LoadAsync(CorpusFolders.BesideApp(), null, CancellationToken.None);
        Assert.Equal(0, report.Texts.Failed);
        return new SearchCorpus(database, new PortalFactory(database.Provider.Name, database.ConnectionString));
    }

    /// <summary>The corpus database, the portal over it and a search service on it.</summary>
    public sealed class SearchCorpus(TestDatabase database, PortalFactory factory) : IAsyncDisposable
    {
        public TestDatabase Database { get; } = database;

        public HttpClient Client { get; } = factory.CreateClient();

        public SearchService Service { get; } = new(new TestContextFactory(database), database.Provider);

        public async Task<JsonElement> SearchJsonAsync(string query, int pageSize = 20)
        {
            var cancel = TestContext.Current.CancellationToken;
            var path = $"/api/v1/search?q={Uri.EscapeDataString(query)}&pageSize={pageSize}";
            using var response = await Client.GetAsync(new Uri(path, UriKind.Relative), cancel);
            Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancel)}");
            return await response.Content.ReadFromJsonAsync<JsonElement>(cancel);
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await factory.DisposeAsync();
            await Database.DisposeAsync();
        }
    }
}
