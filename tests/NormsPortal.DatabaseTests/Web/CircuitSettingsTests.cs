using System.Net;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Infrastructure.Diagnostics;

namespace NormsPortal.DatabaseTests.Web;

public sealed class CircuitSettingsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Circuits_KeepPublicSiteDefaults_WhereConfigurationSaysNothing_AndTheHeapEndpointStaysOff(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString,
            settings: new Dictionary<string, string> { ["Circuits:DisconnectedCircuitMaxRetained"] = "7" });
        using var client = portal.CreateClient();

        var options = portal.Services.GetRequiredService<IOptions<CircuitOptions>>().Value;
        using var heap = await client.GetAsync(new Uri(HeapDiagnostics.Path, UriKind.Relative), Cancel);

        Assert.Equal(7, options.DisconnectedCircuitMaxRetained);
        Assert.Equal(TimeSpan.FromMinutes(1), options.DisconnectedCircuitRetentionPeriod);
        Assert.Equal(TimeSpan.FromSeconds(30), options.JSInteropDefaultCallTimeout);
        Assert.Equal(HttpStatusCode.NotFound, heap.StatusCode);
    }
}
