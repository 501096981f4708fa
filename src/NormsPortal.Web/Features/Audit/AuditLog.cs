using System.Text.Json;
using NormsPortal.Data;
using NormsPortal.Data.Model;

namespace NormsPortal.Web.Features.Audit;

/// <summary>
/// Writes audit entries with a snapshot of the actor: its id and its address read in the caller's
/// context (so in its transaction), kept as they were even after the account changes or goes.
/// </summary>
internal sealed class AuditLog : IAuditLog
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public async Task RecordAsync(
        PortalDbContext db,
        string? actorId,
        string action,
        string target,
        object? before,
        object? after,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        var actorEmail = actorId is null
            ? null
            : await Actors.EmailAsync(db, actorId, cancellationToken);
        db.AuditLog.Add(new AuditEntry
        {
            ActorId = actorId,
            ActorEmail = actorEmail,
            Action = action,
            Target = target.Length <= AuditEntry.TargetLength ? target : target[..AuditEntry.TargetLength],
            Before = Json(before),
            After = Json(after),
        });
    }

    private static string? Json(object? state) => state is null ? null : JsonSerializer.Serialize(state, state.GetType(), s_json);
}
