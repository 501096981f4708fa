using System.Text.Json;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Schema;
using NormsPortal.DatabaseTests.Web;

namespace NormsPortal.DatabaseTests.Api;

/// <summary>One small database and one running portal per provider, shared by the read-only API tests.</summary>
public sealed class ReadApiFixture : IAsyncDisposable
{
    private readonly PerProvider<ApiUnderTest> _apis = new(StartAsync);

    public Task<ApiUnderTest> ApiAsync(DatabaseKind kind) => _apis.GetAsync(kind);

    public ValueTask DisposeAsync() => _apis.DisposeAsync();

    private static async Task<ApiUnderTest> StartAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        try
        {
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
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    /// <summary>A running portal over its own database.</summary>
    public sealed class ApiUnderTest(TestDatabase database, PortalFactory factory) : IAsyncDisposable
    {
        public HttpClient Client { get; } = factory.CreateClient();

        public Task<JsonElement> GetJsonAsync(string path) => Client.GetJsonAsync(path);

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await factory.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
