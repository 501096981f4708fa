using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Caching;
using NormsPortal.Web.Security.Sessions;

namespace NormsPortal.Web.Infrastructure.Caching;

/// <summary>
/// Evicts from this instance's output cache what any instance's writes changed, as the database's channel announces
/// it (the writer's own instance evicted already when its write committed; a second eviction costs nothing). Start-up
/// waits for the first attempt to listen, so an instance does not serve cached answers while it cannot hear of
/// changes, unless the database cannot be reached (then it starts, and keeps trying). Whenever it listens after an
/// attempt that failed or a lost connection, it evicts every answer, since what was announced meanwhile is unknown.
/// Sessions ended on any instance (<see cref="CacheTags.Sessions"/>) are forgotten by this one's session checks
/// (<see cref="UserSessions"/>) before the answers are evicted, and all of them when it listens again.
/// </summary>
public sealed partial class CacheEvictionListener(
    ICacheTagChannel channel,
    string connectionString,
    LocalCacheEviction eviction,
    IDbContextFactory<PortalDbContext> contexts,
    UserSessions sessions,
    ILogger<CacheEvictionListener> logger) : BackgroundService, ICacheTagListener
{
    /// <summary>How long start-up waits for the first attempt to listen before it goes on (and the listener keeps trying).</summary>
    private static readonly TimeSpan s_startWait = TimeSpan.FromSeconds(10);

    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);
        try
        {
            await _firstAttempt.Task.WaitAsync(s_startWait, cancellationToken);
        }
        catch (TimeoutException)
        {
            LogNotYetListening(logger, s_startWait);
        }
    }

    public async Task ListeningAsync(bool resumed, CancellationToken cancellationToken)
    {
        if (resumed)
        {
            sessions.ForgetAll();
            await eviction.EvictAsync(await EveryTagAsync(cancellationToken), cancellationToken);
        }

        _firstAttempt.TrySetResult();
    }

    public void NotListening() => _firstAttempt.TrySetResult();

    public Task EvictAsync(IReadOnlyCollection<string> tags, CancellationToken cancellationToken)
    {
        sessions.Forget(tags);
        return eviction.EvictAsync(tags, cancellationToken);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        channel.ListenAsync(connectionString, this, logger, stoppingToken);

    /// <summary>Every tag an answer can carry: the lists, and each work and norm held.</summary>
    private async Task<List<string>> EveryTagAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var symbols = await db.Works.AsNoTracking().Select(w => w.Symbol).ToListAsync(cancellationToken);
        var numbers = await db.Norms.AsNoTracking().Select(n => n.Number).ToListAsync(cancellationToken);
        return [CacheTags.Catalogue, CacheTags.Norms, CacheTags.Lineages, .. symbols.Select(CacheTags.Work), .. numbers.Select(CacheTags.Norm)];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Still trying to listen for cache evictions after {Wait}; starting anyway")]
    private static partial void LogNotYetListening(ILogger logger, TimeSpan wait);
}
