using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;
using NormsPortal.Web.Features.Accounts;
using NormsPortal.Web.Features.Audit;
using NormsPortal.Web.Security;
using NormsPortal.Web.Security.Sessions;

namespace NormsPortal.Web.Features.Users;

/// <summary>
/// Admins' management of accounts, for the users page and the API alike: list and search, grant or
/// revoke Admin (through <see cref="AccountRoles"/>: only an admin, never the last one), lock and
/// unlock, end every session, and the operator's two-factor reset. Each change is written to the audit
/// log in the same save as the change itself, and to the security log. Each operation has a service
/// scope of its own, so a page's long-lived circuit never holds Identity's context.
/// </summary>
public sealed partial class UserAdministration(
    IServiceScopeFactory scopes,
    IDbContextFactory<PortalDbContext> dbFactory,
    IAuditLog audit,
    UserSessions sessions,
    ILogger<UserAdministration> logger)
{
    /// <summary>How long "locked" lasts: for good, until an admin unlocks (a date both databases store).</summary>
    private static readonly TimeSpan s_lockedFor = TimeSpan.FromDays(365 * 100);

    /// <summary>The Admin role as Identity stores it, normalised.</summary>
    private static readonly string s_adminRoleName = PortalRoles.Admin.ToUpperInvariant();

    /// <summary>Accounts whose address, user name or display name contains <paramref name="search"/> (any case), by address.</summary>
    public async Task<(IReadOnlyList<UserSummaryDto> Items, int Total)> ListAsync(
        string? search, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var upper = search.Trim().ToUpperInvariant();
            // ToUpper here is SQL's upper() on both providers, not .NET's culture-bound method.
#pragma warning disable CA1304, CA1311, CA1862
            users = users.Where(u => u.NormalizedEmail!.Contains(upper) || u.NormalizedUserName!.Contains(upper)
                || (u.DisplayName != null && u.DisplayName.ToUpper().Contains(upper)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await users.CountAsync(cancellationToken);
        var items = await Summaries(db, users.OrderBy(u => u.NormalizedEmail).ThenBy(u => u.Id).Skip((page - 1) * pageSize).Take(pageSize))
            .ToListAsync(cancellationToken);
        return (items.Select(Dto).ToList(), total);
    }

    public async Task<UserSummaryDto?> GetAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var row = await Summaries(db, db.Users.AsNoTracking().Where(u => u.Id == userId)).SingleOrDefaultAsync(cancellationToken);
        return row is null ? null : Dto(row);
    }

    /// <summary>Makes <paramref name="userId"/> an admin or takes the role back; the last admin keeps it.</summary>
    public Task<UserActionResult> SetAdminAsync(string actorId, string userId, bool isAdmin, CancellationToken cancellationToken = default) =>
        ActAsync(actorId, userId, async (scope, account, before) =>
        {
            if (before.IsAdmin == isAdmin)
            {
                return null;
            }

            var users = scope.GetRequiredService<UserManager<PortalUser>>();
            var actor = await users.FindByIdAsync(actorId);
            if (actor is null)
            {
                return "Your account is gone.";
            }

            await RecordAsync(scope, actorId, isAdmin ? AuditActions.AdminGranted : AuditActions.AdminRevoked, before, before with { IsAdmin = isAdmin }, cancellationToken);
            var result = await scope.GetRequiredService<AccountRoles>().SetAdminAsync(actor, account, isAdmin);
            return result.Succeeded ? null : string.Join(" ", result.Errors.Select(e => e.Description));
        }, cancellationToken);

    /// <summary>
    /// Locks an account until an admin unlocks it (its sessions end with it, and a new security stamp
    /// ends any other sign-in), or unlocks it. An admin cannot lock their own account.
    /// </summary>
    public Task<UserActionResult> SetLockedAsync(string actorId, string userId, bool locked, CancellationToken cancellationToken = default) =>
        ActAsync(actorId, userId, async (scope, account, before) =>
        {
            if (locked && actorId == userId)
            {
                return "You cannot lock your own account.";
            }

            if (before.IsLockedOut == locked)
            {
                return null;
            }

            var users = scope.GetRequiredService<UserManager<PortalUser>>();
            account.LockoutEnabled = true;
            account.LockoutEnd = locked ? DateTimeOffset.UtcNow + s_lockedFor : null;
            account.AccessFailedCount = 0;
            var after = before with { IsLockedOut = locked, LockoutEnd = account.LockoutEnd };
            await RecordAsync(scope, actorId, locked ? AuditActions.Locked : AuditActions.Unlocked, before, after, cancellationToken);
            // One save: the lockout, the new stamp and the audit entry together.
            var result = locked ? await users.UpdateSecurityStampAsync(account) : await users.UpdateAsync(account);
            if (!result.Succeeded)
            {
                return string.Join(" ", result.Errors.Select(e => e.Description));
            }

            if (locked)
            {
                await sessions.EndAllAsync(userId, SessionEndReasons.LockedOut, cancellationToken: cancellationToken);
            }

            LogLockChanged(logger, userId, locked ? "locked" : "unlocked", actorId);
            return null;
        }, cancellationToken);

    /// <summary>Ends every session of an account (cookie and bearer token alike) and renews its security stamp.</summary>
    public Task<UserActionResult> SignOutEverywhereAsync(string actorId, string userId, CancellationToken cancellationToken = default) =>
        ActAsync(actorId, userId, async (scope, account, before) =>
        {
            var ended = await sessions.EndAllAsync(userId, SessionEndReasons.EndedByAdmin, cancellationToken: cancellationToken);
            await RecordAsync(scope, actorId, AuditActions.SignedOut, before, new { before.Id, before.Email, EndedSessions = ended }, cancellationToken);
            var result = await scope.GetRequiredService<UserManager<PortalUser>>().UpdateSecurityStampAsync(account);
            if (!result.Succeeded)
            {
                return string.Join(" ", result.Errors.Select(e => e.Description));
            }

            LogSignedOutByAdmin(logger, userId, ended, actorId);
            return null;
        }, cancellationToken);

    /// <summary>
    /// The operator's reset of an account whose authenticator is lost (the <c>reset-2fa</c> command):
    /// two-factor sign-in off, a new authenticator key, no recovery codes, every session ended.
    /// </summary>
    public async Task<UserActionResult> ResetTwoFactorAsync(string email, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        if (await users.FindByEmailAsync(email) is not { } account)
        {
            return UserActionResult.NotFound;
        }

        var before = await SummaryAsync(scope.ServiceProvider, account.Id, cancellationToken);
        await RecordAsync(scope.ServiceProvider, actorId: null, AuditActions.TwoFactorReset, before, before with { TwoFactorEnabled = false }, cancellationToken);
        // The first save carries the audit entry; the key reset renews the security stamp too.
        var result = await users.SetTwoFactorEnabledAsync(account, false);
        if (result.Succeeded)
        {
            // No codes: the old ones stop working.
            await users.GenerateNewTwoFactorRecoveryCodesAsync(account, 0);
            result = await users.ResetAuthenticatorKeyAsync(account);
        }

        if (!result.Succeeded)
        {
            return UserActionResult.Refused(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        await sessions.EndAllAsync(account.Id, SessionEndReasons.SecurityChanged, cancellationToken: cancellationToken);
        LogTwoFactorReset(logger, account.Id);
        return UserActionResult.Done(await SummaryAsync(scope.ServiceProvider, account.Id, cancellationToken));
    }

    /// <summary>
    /// Runs <paramref name="change"/> on <paramref name="userId"/>'s account in a scope of its own: the
    /// change returns null when done (or when there was nothing to change), else why it was refused, in
    /// which case the audit entry it may have added is dropped unsaved.
    /// </summary>
    private async Task<UserActionResult> ActAsync(
        string actorId,
        string userId,
        Func<IServiceProvider, PortalUser, UserSummaryDto, Task<string?>> change,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(actorId);
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        if (await services.GetRequiredService<UserManager<PortalUser>>().FindByIdAsync(userId) is not { } account)
        {
            return UserActionResult.NotFound;
        }

        var problem = await change(services, account, await SummaryAsync(services, userId, cancellationToken));
        if (problem is not null)
        {
            foreach (var unsaved in services.GetRequiredService<PortalDbContext>().ChangeTracker.Entries<AuditEntry>().Where(e => e.State == EntityState.Added))
            {
                unsaved.State = EntityState.Detached;
            }

            return UserActionResult.Refused(problem);
        }

        return UserActionResult.Done(await SummaryAsync(services, userId, cancellationToken));
    }

    private Task RecordAsync(IServiceProvider scope, string? actorId, string action, UserSummaryDto before, object after, CancellationToken cancellationToken) =>
        audit.RecordAsync(scope.GetRequiredService<PortalDbContext>(), actorId, action, AuditTargets.User(before.Id), before, after, cancellationToken);

    /// <summary>The account as it is in the database now (read in the scope's context, past its tracked copy).</summary>
    private static async Task<UserSummaryDto> SummaryAsync(IServiceProvider scope, string userId, CancellationToken cancellationToken)
    {
        var db = scope.GetRequiredService<PortalDbContext>();
        return Dto(await Summaries(db, db.Users.AsNoTracking().Where(u => u.Id == userId)).SingleAsync(cancellationToken));
    }

    private static IQueryable<UserRow> Summaries(PortalDbContext db, IQueryable<PortalUser> users)
    {
        var adminIds = db.UserRoles
            .Join(db.Roles.Where(r => r.NormalizedName == s_adminRoleName), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId);
        return users.Select(u => new UserRow(
            u.Id, u.Email, u.DisplayName, adminIds.Contains(u.Id), u.LockoutEnd, u.TwoFactorEnabled, u.EmailConfirmed));
    }

    private static UserSummaryDto Dto(UserRow row) => new(
        row.Id, row.Email, row.DisplayName, row.IsAdmin, row.LockoutEnd > DateTimeOffset.UtcNow, row.LockoutEnd, row.TwoFactorEnabled, row.EmailConfirmed);

    private sealed record UserRow(string Id, string? Email, string? DisplayName, bool IsAdmin, DateTimeOffset? LockoutEnd, bool TwoFactorEnabled, bool EmailConfirmed);

    [LoggerMessage(EventId = SecurityEvents.LockChanged, Level = LogLevel.Warning, Message = "Security: account {UserId} was {Change} by admin {ActorId}")]
    private static partial void LogLockChanged(ILogger logger, string userId, string change, string actorId);

    [LoggerMessage(EventId = SecurityEvents.SessionsEndedByAdmin, Level = LogLevel.Warning, Message = "Security: admin {ActorId} ended the {Count} sessions of account {UserId}")]
    private static partial void LogSignedOutByAdmin(ILogger logger, string userId, int count, string actorId);

    [LoggerMessage(EventId = SecurityEvents.TwoFactorReset, Level = LogLevel.Warning, Message = "Security: two-factor sign-in of account {UserId} was reset by the operator's command")]
    private static partial void LogTwoFactorReset(ILogger logger, string userId);
}
