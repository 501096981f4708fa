using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.Extensions.Logging;
using NormsPortal.Data.Caching;
using Npgsql;

namespace NormsPortal.Data.Postgres.Caching;

/// <summary>
/// PostgreSQL's NOTIFY and LISTEN as the portal's <see cref="ICacheTagChannel"/>. A write's tags are sent with
/// <c>pg_notify</c> inside its transaction: PostgreSQL delivers them at commit, in commit order, to every session
/// listening on the same database, and drops them on rollback. Each instance listens on a connection of its own
/// (not pooled, with keep-alives so a silently dead one is noticed); after losing it the instance opens another with a
/// growing pause, and is told it resumed, since it cannot know what it missed (nor, when its first attempt failed,
/// what it cached while not listening).
/// </summary>
public sealed partial class PostgresCacheTagChannel : ICacheTagChannel
{
    /// <summary>The channel's name; notifications reach only listeners on the same database.</summary>
    public const string ChannelName = "normsportal_cache_tags";

    /// <summary>How the listening connection shows in <c>pg_stat_activity</c>.</summary>
    public const string ListenerApplicationName = "NormsPortal cache listener";

    public static readonly PostgresCacheTagChannel Instance = new();

    /// <summary>A payload must stay under 8,000 bytes; the tags of a large write are sent in several.</summary>
    private const int MaxPayloadBytes = 7_000;

    private const char Separator = '\n';

    private static readonly TimeSpan s_firstPause = TimeSpan.FromMilliseconds(250);

    private static readonly TimeSpan s_longestPause = TimeSpan.FromSeconds(30);

    private PostgresCacheTagChannel()
    {
    }

    public async Task AnnounceAsync(DbConnection connection, DbTransaction? transaction, IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var payload in Payloads(tags))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT pg_notify(@channel, @payload)";
            command.Parameters.Add(new NpgsqlParameter("channel", ChannelName));
            command.Parameters.Add(new NpgsqlParameter("payload", payload));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public async Task ListenAsync(string connectionString, ICacheTagListener listener, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listener);
        ArgumentNullException.ThrowIfNull(logger);
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            ApplicationName = ListenerApplicationName,
        };
        if (builder.KeepAlive == 0)
        {
            builder.KeepAlive = 15;
        }

        var pause = s_firstPause;
        var triedBefore = false;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(builder.ConnectionString);
                var heard = new ConcurrentQueue<string>();
                connection.Notification += (_, notification) => heard.Enqueue(notification.Payload);
                await connection.OpenAsync(cancellationToken);
                await using (var listen = new NpgsqlCommand($"LISTEN {ChannelName}", connection))
                {
                    await listen.ExecuteNonQueryAsync(cancellationToken);
                }

                LogListening(logger, ChannelName, triedBefore);
                await listener.ListeningAsync(resumed: triedBefore, cancellationToken);
                pause = s_firstPause;
                while (true)
                {
                    await connection.WaitAsync(cancellationToken);
                    var tags = new List<string>();
                    while (heard.TryDequeue(out var payload))
                    {
                        tags.AddRange(payload.Split(Separator, StringSplitOptions.RemoveEmptyEntries));
                    }

                    if (tags.Count > 0)
                    {
                        await listener.EvictAsync(tags, cancellationToken);
                    }
                }
            }
            // Whatever broke the connection (the server restarted, a failover, the session ended by an admin) or the
            // eviction, the instance keeps listening: a listener that stopped would serve stale answers.
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                LogLost(logger, exception, ChannelName, pause);
                listener.NotListening();
            }

            triedBefore = true;

            try
            {
                await Task.Delay(pause, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, s_longestPause.Ticks));
        }
    }

    /// <summary>The tags, one a line, in as few payloads as fit.</summary>
    private static IEnumerable<string> Payloads(IEnumerable<string> tags)
    {
        var payload = new StringBuilder();
        var bytes = 0;
        foreach (var tag in tags)
        {
            var size = Encoding.UTF8.GetByteCount(tag) + 1;
            if (bytes > 0 && bytes + size > MaxPayloadBytes)
            {
                yield return payload.ToString();
                payload.Clear();
                bytes = 0;
            }

            payload.Append(tag).Append(Separator);
            bytes += size;
        }

        if (bytes > 0)
        {
            yield return payload.ToString();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for cache evictions on {Channel} (resumed: {Resumed})")]
    private static partial void LogListening(ILogger logger, string channel, bool resumed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not listening for cache evictions on {Channel} (no connection, or it was lost); trying again in {Pause}")]
    private static partial void LogLost(ILogger logger, Exception exception, string channel, TimeSpan pause);
}
