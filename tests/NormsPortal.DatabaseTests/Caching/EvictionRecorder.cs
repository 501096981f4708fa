using Microsoft.AspNetCore.OutputCaching;

namespace NormsPortal.DatabaseTests.Caching;

/// <summary>
/// An output cache store that caches nothing and records every tag evicted from it, so a test sees exactly what a
/// write evicted on one instance, and can await an eviction that arrives from another instance (a bounded wait, no
/// polling).
/// </summary>
internal sealed class EvictionRecorder : IOutputCacheStore
{
    /// <summary>Far longer than an eviction takes; a wait that ends so is a failure, not a slow pass.</summary>
    private static readonly TimeSpan s_longestWait = TimeSpan.FromSeconds(30);

    private readonly Lock _lock = new();
    private readonly SortedDictionary<string, int> _evicted = new(StringComparer.Ordinal);
    private readonly List<(string Tag, int Times, TaskCompletionSource Evicted)> _waits = [];

    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _evicted[tag] = _evicted.GetValueOrDefault(tag) + 1;
            foreach (var wait in _waits.Where(w => w.Tag == tag && w.Times <= _evicted[tag]).ToList())
            {
                wait.Evicted.TrySetResult();
                _waits.Remove(wait);
            }
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => ValueTask.FromResult<byte[]?>(null);

    public ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>The tags evicted since the last call, sorted.</summary>
    public string[] Take()
    {
        lock (_lock)
        {
            string[] evicted = [.. _evicted.Keys];
            _evicted.Clear();
            return evicted;
        }
    }

    /// <summary>Completes once <paramref name="tag"/> has been evicted <paramref name="times"/> times since the last <see cref="Take"/>.</summary>
    public Task WaitForAsync(string tag, int times = 1)
    {
        var evicted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_evicted.GetValueOrDefault(tag) >= times)
            {
                return Task.CompletedTask;
            }

            _waits.Add((tag, times, evicted));
        }

        return evicted.Task.WaitAsync(s_longestWait, TestContext.Current.CancellationToken);
    }
}
