using Microsoft.AspNetCore.Components.Server.Circuits;

namespace NormsPortal.Web.Infrastructure.Diagnostics;

/// <summary>How many circuits are open now, so a heap measurement knows how many it divides by.</summary>
internal sealed class OpenCircuits : CircuitHandler
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref _count);
        return Task.CompletedTask;
    }
}
