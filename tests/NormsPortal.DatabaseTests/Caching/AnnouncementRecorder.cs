using System.Data.Common;
using Microsoft.Extensions.Logging;
using NormsPortal.Data.Caching;

namespace NormsPortal.DatabaseTests.Caching;

/// <summary>
/// A cache tag channel that records what a write announces to the other instances and hears nothing, so that on one
/// instance every eviction recorded is that instance's own, made when its write committed.
/// </summary>
internal sealed class AnnouncementRecorder : ICacheTagChannel
{
    private readonly Lock _lock = new();
    private readonly SortedSet<string> _announced = new(StringComparer.Ordinal);

    public Task AnnounceAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _announced.UnionWith(tags);
        }

        return Task.CompletedTask;
    }

    public async Task ListenAsync(string connectionString, ICacheTagListener listener, ILogger logger, CancellationToken cancellationToken)
    {
        await listener.ListeningAsync(resumed: false, cancellationToken);
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }

    /// <summary>The tags announced since the last call, sorted.</summary>
    public string[] Take()
    {
        lock (_lock)
        {
            string[] announced = [.. _announced];
            _announced.Clear();
            return announced;
        }
    }
}
