namespace NormsPortal.DatabaseTests.Infrastructure;

/// <summary>
/// One <typeparamref name="T"/> per provider (a database with a portal over it, say), started on
/// first use and shared by the tests of a fixture, disposed with it.
/// </summary>
public sealed class PerProvider<T>(Func<DatabaseKind, Task<T>> start) : IAsyncDisposable
    where T : IAsyncDisposable
{
    private readonly Dictionary<DatabaseKind, Task<T>> _started = [];
    private readonly Lock _lock = new();

    public Task<T> GetAsync(DatabaseKind kind)
    {
        lock (_lock)
        {
            if (!_started.TryGetValue(kind, out var started))
            {
                started = start(kind);
                _started[kind] = started;
            }

            return started;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // One that failed to start is left alone: its start cleans up after itself, and its test has reported why.
        foreach (var started in _started.Values.Where(s => s.IsCompletedSuccessfully))
        {
            await started.Result.DisposeAsync();
        }
    }
}
