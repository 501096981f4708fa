using System.Net;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace NormsPortal.Web.Infrastructure.Diagnostics;

/// <summary>
/// <c>GET /_diagnostics/heap</c>: forces a full, compacting garbage collection and answers the managed heap
/// left and the circuits open, for the circuit benchmark. Off unless <c>Diagnostics:HeapEndpoint</c> is true
/// (a forced collection stops the whole process, which nobody outside may be able to ask for), and even then
/// only answered to the machine itself.
/// </summary>
public static class HeapDiagnostics
{
    public const string Path = "/_diagnostics/heap";
    public const string EnabledKey = "Diagnostics:HeapEndpoint";

    /// <summary>What the endpoint answers: bytes of live objects and of the heap after the collection.</summary>
    public sealed record HeapReading(int OpenCircuits, long LiveBytes, long HeapSizeBytes, long FragmentedBytes);

    public static IServiceCollection AddPortalHeapDiagnostics(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (configuration.GetValue<bool>(EnabledKey))
        {
            services.AddSingleton<OpenCircuits>();
            services.AddSingleton<CircuitHandler>(provider => provider.GetRequiredService<OpenCircuits>());
        }

        return services;
    }

    public static IEndpointRouteBuilder MapPortalHeapDiagnostics(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var circuits = endpoints.ServiceProvider.GetService<OpenCircuits>();
        if (circuits is null)
        {
            return endpoints;
        }

        endpoints.MapGet(Path, (HttpContext context) =>
        {
            if (context.Connection.RemoteIpAddress is not { } address || !IPAddress.IsLoopback(address))
            {
                return Results.NotFound();
            }

            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
            return Results.Ok(new HeapReading(circuits.Count, GC.GetTotalMemory(forceFullCollection: false), info.HeapSizeBytes, info.FragmentedBytes));
        }).ExcludeFromDescription();
        return endpoints;
    }
}
