namespace NormsPortal.Data.Model;

/// <summary>
/// One action of an admin (or of the operator at the command line) in the audit log: who, when, what,
/// on what, and the state before and after as JSON. Append-only: <see cref="PortalDbContext"/> refuses
/// to save a change or deletion of a row. The actor is a snapshot (id and address) with no foreign
/// key, so deleting an account never deletes, nor changes, the record of what it did.
/// </summary>
public sealed class AuditEntry
{
    public const int ActorIdLength = 450;
    public const int ActorEmailLength = 256;
    public const int ActionLength = 64;
    public const int TargetLength = 256;

    public long Id { get; set; }

    /// <summary>When the action was saved (UTC).</summary>
    public DateTime OccurredAt { get; set; }

    /// <summary>The acting account's id; null for the operator's command line.</summary>
    public string? ActorId { get; set; }

    /// <summary>The acting account's address when it acted.</summary>
    public string? ActorEmail { get; set; }

    /// <summary>What was done, a dotted name such as <c>user.admin-granted</c> or <c>annotation.updated</c>.</summary>
    public required string Action { get; set; }

    /// <summary>What it was done to, as <c>kind/id</c> (<c>user/…</c>, <c>annotation/12</c>, <c>fact/A/RES/73/27/title</c>).</summary>
    public required string Target { get; set; }

    /// <summary>The target's state before the action as JSON; null when it did not exist.</summary>
    public string? Before { get; set; }

    /// <summary>The target's state after the action as JSON; null when it no longer exists.</summary>
    public string? After { get; set; }
}
