namespace NormsPortal.Web.Infrastructure.Startup;

/// <summary>
/// Start-up work that runs while the server starts, instead of before it, and must end before a request is served (the
/// shipped corpus check: a page must never read a half-loaded corpus). Until it has ended requests wait for it and
/// readiness answers 503 (<see cref="StartupGateMiddleware"/>); work that fails keeps the gate shut, and the start fails
/// as it did when the work ran first.
/// </summary>
public sealed class StartupGate
{
    private readonly Lock _lock = new();
    private Task _held = Task.CompletedTask;

    /// <summary>Whether every piece of work held for has ended successfully.</summary>
    public bool IsOpen
    {
        get
        {
            lock (_lock)
            {
                return _held.IsCompletedSuccessfully;
            }
        }
    }

    /// <summary>Keeps requests waiting until <paramref name="work"/> has ended too.</summary>
    public void HoldUntil(Task work)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_lock)
        {
            _held = Task.WhenAll(_held, work);
        }
    }

    /// <summary>Ends when every piece of work held for has ended; throws what failed.</summary>
    public Task WaitAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _held.WaitAsync(cancellationToken);
        }
    }
}
