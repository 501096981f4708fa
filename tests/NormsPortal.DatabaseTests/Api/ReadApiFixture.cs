using System.Net.Http.Json;
using System.Text.Json;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Schema;
using NormsPortal.DatabaseTests.Web;

namespace NormsPortal.DatabaseTests.Api;

/// <summary>One small database and one running portal per provider, shared by the read-only API tests.</summary>
public sealed class ReadApiFixture : IAsyncDisposable
{
    private readonly Dictionary<DatabaseKind, Task<ApiUnderTest>> _apis = [];
    private readonly Lock _lock = new();

    public Task<ApiUnderTest> ApiAsync(DatabaseKind kind)
    {
        lock (_lock)
        {
            if (!_apis.TryGetValue(kind, out var api))
            {
                api = StartAsync(kind);
                _apis[kind] = api;
            }

            return api;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var api in _apis.Values)
        {
            await (await api).DisposeAsync();
        }
    }

    private static async Task<ApiUnderTest> StartAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            var work = SampleGraph.Work();
            db.Works.Add(work);
            db.Works.Add(new Work { Symbol = "A/RES/36/103", Kind = WorkKind.GaResolution, Session = 36, Date = new DateOnly(1981, 12, 9) });
            db.Works.Add(new Work { Symbol = "A/RES/43/78 H", Kind = WorkKind.GaResolution, Session = 43 });
            var report = new Work { Symbol = "A/70/174", Kind = WorkKind.Report, Session = 70 };
            report.Facts.Add(new Fact { Key = FactKeys.Title, Value = "Report of the Group (unconfirmed)", Verified = false, Origin = FactOrigin.Seed });
            db.Works.Add(report);
            db.Norms.Add(SampleGraph.Norm());
            db.Tracks.Add(SampleGraph.Track());
            await db.SaveChangesAsync();
            db.CrossReferences.Add(SampleGraph.CrossReference(work.Id));
            await db.SaveChangesAsync();
        }

        return new ApiUnderTest(database, new PortalFactory(database.Provider.Name, database.ConnectionString));
    }

    /// <summary>A running portal over its own database.</summary>
    public sealed class ApiUnderTest(TestDatabase database, PortalFactory factory) : IAsyncDisposable
    {
        public HttpClient Client { get; } = factory.CreateClient();

        public async Task<JsonElement> GetJsonAsync(string path)
        {
            var cancel = TestContext.Current.CancellationToken;
            using var response = await Client.GetAsync(new Uri(path, UriKind.Relative), cancel);
            Assert.True(response.IsSuccessStatusCode, $"{path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancel)}");
            return await response.Content.ReadFromJsonAsync<JsonElement>(cancel);
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await factory.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
