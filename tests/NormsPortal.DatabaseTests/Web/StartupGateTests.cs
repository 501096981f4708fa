using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.TestSupport.Web;
using NormsPortal.Web.Infrastructure.Startup;
using Serilog.Core;
using Serilog.Events;

namespace NormsPortal.DatabaseTests.Web;

/// <summary>
/// Start-up work that runs while the server starts (the shipped corpus check) holds every request but the health probes
/// until it has ended, and readiness answers 503 meanwhile: no page reads a half-loaded corpus. A start under way is
/// expected, so the probes' 503 meanwhile is logged as no error.
/// </summary>
public sealed class StartupGateTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Requests_WhileStartupWorkRuns_WaitForItWhileTheProbesAnswer(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var work = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new StartupGate();
        gate.HoldUntil(work.Task);
        var log = new CapturedLogEvents();
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString)
            .WithWebHostBuilder(host => host.ConfigureTestServices(services => services
                .AddSingleton(gate)
                .AddSingleton<ILogEventSink>(log)));
        using var client = portal.CreateClient();

        var page = client.GetAsync(new Uri("/", UriKind.Relative), Cancel);
        using var liveWhileHeld = await client.GetAsync(new Uri("/health/live", UriKind.Relative), Cancel);
        using var readyWhileHeld = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Cancel);
        var answeredWhileHeld = await Task.WhenAny(page, Task.Delay(TimeSpan.FromSeconds(1), Cancel)) == page;
        work.SetResult();
        using var served = await page;
        using var readyAfter = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.OK, liveWhileHeld.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyWhileHeld.StatusCode);
        Assert.False(answeredWhileHeld);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readyAfter.StatusCode);
        Assert.Empty(log.RenderedAtOrAbove(LogEventLevel.Error));
    }
}
