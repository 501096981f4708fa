using System.Text.Json;
using NormsPortal.Data.Corpus;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.Web.Features.Search;
using Xunit;

namespace NormsPortal.DatabaseTests.Reader;

/// <summary>
/// One database per provider holding the shipped corpus (loaded once per test run, as the portal
/// seeds it at start: 31 works, 73/27 and its draft, the ICT resolutions in six languages), and a
/// running portal over it, shared by every test that only reads it, the search tests among them.
/// A test assembly makes it one instance for all its tests with <c>[assembly: AssemblyFixture]</c>.
/// </summary>
public sealed class CorpusFixture : IAsyncDisposable
{
    private readonly PerProvider<CorpusUnderTest> _corpora = new(LoadAsync);

    public Task<CorpusUnderTest> CorpusAsync(DatabaseKind kind) => _corpora.GetAsync(kind);

    public ValueTask DisposeAsync() => _corpora.DisposeAsync();

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

    /// <summary>The corpus's database, its context factory for queries, a portal over it and the search service on it.</summary>
    public sealed class CorpusUnderTest(TestDatabase database, PortalFactory factory) : IAsyncDisposable
    {
        public TestDatabase Database => database;

        public HttpClient Client { get; } = factory.CreateClient();

        public TestContextFactory ContextFactory { get; } = new(database);

        public SearchService Service { get; } = new(new TestContextFactory(database), database.Provider);

        /// <summary>The search API's answer to <paramref name="query"/>; fails the test on any status but success.</summary>
        public Task<JsonElement> SearchJsonAsync(string query, int pageSize = 20) =>
            Client.GetJsonAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}&pageSize={pageSize}");

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await factory.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
