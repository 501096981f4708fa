using System.Net;
using System.Net.Sockets;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Web;

public sealed class HealthTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Ready_WithTheDatabaseReachable_Answers200(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var client = portal.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Cancel);
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task Ready_WhenPostgresCannotBeReached_Answers503WhileLiveStays200()
    {
        // A port nobody listens on: the same answer a stopped server gives.
        var connectionString = $"Host=127.0.0.1;Port={UnusedPort()};Username=postgres;Database=normsportal;Timeout=3";
        await using var portal = new PortalFactory("Postgres", connectionString, migrateOnStartup: false);
        using var client = portal.CreateClient();

        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Cancel);
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
