using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using NormsPortal.Data;
using NormsPortal.Data.Caching;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Security.Sessions;

/// <summary>
/// The server-side record of every sign-in (<see cref="UserSession"/>): started by the sign-in
/// manager, checked on every request with the user's security stamp and lockout, ended by sign-out,
/// the sessions page, a security change, a lockout or an admin. What it read of a session is
/// trusted for at most <see cref="SessionOptions.CheckInterval"/>, so a request of a signed-in reader
/// seldom reads the database. Whatever ends a session or changes an account forgets what was read of the
/// user's sessions on this instance at once, and on the others (<see cref="CacheTags.Sessions"/>, on the
/// database's <paramref name="channel"/>) as soon as they hear it; where the database has no channel
/// (SQLite, one instance) this instance is the only one.
/// </summary>
public sealed class UserSessions(IDbContextFactory<PortalDbContext> dbFactory, IOptions<SessionOptions> options, ICacheTagChannel? channel = null)
    : IDisposable
{
    private readonly SessionOptions _options = options.Value;

    /// <summary>What this instance read of sessions (a <see cref="SessionState"/> by session id), each for at most the check interval.</summary>
    private readonly MemoryCache _checks = new(new MemoryCacheOptions());

    /// <summary>
    /// Counts what was forgotten: a read that began before a forget does not remember what it read, which the
    /// session's end may have changed meanwhile.
    /// </summary>
    private long _forgets;

    /// <summary>Starts a session of <paramref name="userId"/> signed in by <paramref name="signInMethod"/> (an <see cref="AuthenticationMethods"/> value).</summary>
    public async Task<Guid> StartAsync(string userId, string? signInMethod, string? userAgent, string? clientAddress, CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        var session = new UserSession
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = now + _options.AbsoluteLifetime,
            SignInMethod = Truncated(signInMethod, UserSession.SignInMethodLength),
            UserAgent = Truncated(userAgent, UserSession.UserAgentLength),
            ClientAddress = Truncated(clientAddress, UserSession.ClientAddressLength),
        };
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.UserSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>
    /// Whether <paramref name="claimed"/> is a live session: its record exists for that user, has not
    /// ended, expired or idled out, the user is not locked out and the security stamp is the user's
    /// current one. A changed stamp or a lockout ends the record. <paramref name="fresh"/> reads the
    /// database whatever was remembered (a token refresh, which issues new credentials).
    /// </summary>
    public async Task<bool> IsCurrentAsync(SessionIdentity claimed, bool fresh = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var state = await ReadAsync(claimed.SessionId, fresh, cancellationToken);
        if (state is { IsActive: true } && !fresh && state.SecurityStamp != claimed.SecurityStamp)
        {
            // The stamp may have changed since it was remembered (this session's own password change).
            state = await ReadAsync(claimed.SessionId, fresh: true, cancellationToken);
        }

        if (state is null || state.UserId != claimed.UserId || !state.IsActive)
        {
            return false;
        }

        if (state.SecurityStamp != claimed.SecurityStamp)
        {
            await EndAsync(claimed.UserId, claimed.SessionId, SessionEndReasons.SecurityChanged, cancellationToken);
            return false;
        }

        if (state.LockoutEnd > DateTimeOffset.UtcNow)
        {
            await EndAsync(claimed.UserId, claimed.SessionId, SessionEndReasons.LockedOut, cancellationToken);
            return false;
        }

        return true;
    }

    /// <summary>
    /// How <paramref name="session"/> was signed in (an <see cref="AuthenticationMethods"/> value), read
    /// as <see cref="IsCurrentAsync"/> reads the session; null for a session that is not live.
    /// </summary>
    public async Task<string?> SignInMethodAsync(SessionIdentity session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        var state = await ReadAsync(session.SessionId, fresh: false, cancellationToken);
        return state is { IsActive: true } && state.UserId == session.UserId ? state.SignInMethod : null;
    }

    /// <summary>Ends one of <paramref name="userId"/>'s sessions; another user's session is left alone. False when there was none to end.</summary>
    public async Task<bool> EndAsync(string userId, Guid sessionId, string reason, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ended = await db.UserSessions
            .Where(s => s.Id == sessionId && s.UserId == userId && s.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, DateTime.UtcNow).SetProperty(x => x.RevokedReason, reason), cancellationToken);
        await ForgetEverywhereAsync(db, userId, cancellationToken);
        return ended > 0;
    }

    /// <summary>Ends every session of <paramref name="userId"/> but <paramref name="except"/> (an admin's forced sign-out ends them all).</summary>
    public async Task<int> EndAllAsync(string userId, string reason, Guid? except = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var ids = await db.UserSessions
            .Where(s => s.UserId == userId && s.RevokedAt == null && s.Id != except)
            .Select(s => s.Id)
            .ToListAsync(cancellationToken);
        var ended = await db.UserSessions
            .Where(s => ids.Contains(s.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, DateTime.UtcNow).SetProperty(x => x.RevokedReason, reason), cancellationToken);
        await ForgetEverywhereAsync(db, userId, cancellationToken);
        return ended;
    }

    /// <summary>
    /// Forgets what every instance remembers of <paramref name="userId"/>'s sessions, so each is read again on its
    /// next request: the account changed (a new security stamp, a lockout) or is gone.
    /// </summary>
    public async Task ForgetChecksAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (channel is null)
        {
            ForgetHere(userId);
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await ForgetEverywhereAsync(db, userId, cancellationToken);
    }

    /// <summary>
    /// What another instance announced (<see cref="CacheTags.Sessions"/> among answers' tags): forgets what this one
    /// remembers of those users' sessions.
    /// </summary>
    public void Forget(IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        foreach (var userId in tags.Select(CacheTags.SessionsUser).OfType<string>())
        {
            ForgetHere(userId);
        }
    }

    /// <summary>Forgets every session this instance remembers: it may have missed what other instances announced.</summary>
    public void ForgetAll()
    {
        Interlocked.Increment(ref _forgets);
        _checks.Clear();
    }

    /// <summary><paramref name="userId"/>'s sessions, the last used first, with whether each is still live.</summary>
    public async Task<IReadOnlyList<UserSessionView>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sessions = await db.UserSessions.AsNoTracking()
            .Where(s => s.UserId == userId)
            .OrderByDescending(s => s.LastSeenAt)
            .ToListAsync(cancellationToken);
        var now = DateTime.UtcNow;
        return [.. sessions.Select(s => new UserSessionView(
            s.Id, s.CreatedAt, s.LastSeenAt, s.ExpiresAt, s.UserAgent, s.ClientAddress, s.IsActiveAt(now, _options.IdleTimeout), s.RevokedReason))];
    }

    private async Task<SessionState?> ReadAsync(Guid sessionId, bool fresh, CancellationToken cancellationToken)
    {
        if (!fresh && _checks.TryGetValue(sessionId, out SessionState? remembered))
        {
            return remembered;
        }

        var forgets = Interlocked.Read(ref _forgets);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await db.UserSessions.AsNoTracking()
            .Where(s => s.Id == sessionId)
            .Select(s => new { Session = s, s.User!.SecurityStamp, s.User.LockoutEnd })
            .SingleOrDefaultAsync(cancellationToken);
        var now = DateTime.UtcNow;
        var state = row is null ? null : new SessionState(
            row.Session.UserId, row.Session.IsActiveAt(now, _options.IdleTimeout), row.SecurityStamp, row.LockoutEnd, row.Session.SignInMethod);
        if (state is { IsActive: true })
        {
            // Read means used: the idle timeout runs from the last check, at most one interval late.
            await db.UserSessions.Where(s => s.Id == sessionId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
        }

        if (_options.CheckInterval > TimeSpan.Zero && forgets == Interlocked.Read(ref _forgets))
        {
            _checks.Set(sessionId, state, _options.CheckInterval);
        }

        return state;
    }

    public void Dispose() => _checks.Dispose();

    /// <summary>Forgets <paramref name="userId"/>'s sessions here, then announces it to the other instances (after the write that ended them).</summary>
    private async Task ForgetEverywhereAsync(PortalDbContext db, string userId, CancellationToken cancellationToken)
    {
        ForgetHere(userId);
        if (channel is not null)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            await channel.AnnounceAsync(db.Database.GetDbConnection(), transaction: null, [CacheTags.Sessions(userId)], cancellationToken);
        }
    }

    private void ForgetHere(string userId)
    {
        Interlocked.Increment(ref _forgets);
        foreach (var sessionId in _checks.Keys)
        {
            if (_checks.TryGetValue(sessionId, out SessionState? state) && state?.UserId == userId)
            {
                _checks.Remove(sessionId);
            }
        }
    }

    private static string? Truncated(string? value, int length) => value is { Length: > 0 } ? value[..Math.Min(value.Length, length)] : null;

    /// <summary>What a check needs of a session and its user, remembered for the check interval.</summary>
    private sealed record SessionState(string UserId, bool IsActive, string? SecurityStamp, DateTimeOffset? LockoutEnd, string? SignInMethod);
}

