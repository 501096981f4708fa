using NormsPortal.Data;

namespace NormsPortal.Web.Features.Audit;

/// <summary>
/// The audit log's one writer: every curation and user-management action records itself here. The
/// entry is added to the caller's context and saved by the caller's own <c>SaveChangesAsync</c>, so
/// the action and its record commit in the same transaction: neither is ever saved without the other.
/// </summary>
public interface IAuditLog
{
    /// <summary>
    /// Adds an entry for <paramref name="action"/> (a dotted name, see <see cref="AuditActions"/>) on
    /// <paramref name="target"/> (<c>kind/id</c>, see <see cref="AuditTargets"/>) by the account
    /// <paramref name="actorId"/> (null: the operator's command line) to <paramref name="db"/>, without
    /// saving. <paramref name="before"/> and <paramref name="after"/> are serialised to JSON as they are;
    /// null means the target did not exist before, or does not after.
    /// </summary>
    Task RecordAsync(
        PortalDbContext db,
        string? actorId,
        string action,
        string target,
        object? before,
        object? after,
        CancellationToken cancellationToken = default);
}
