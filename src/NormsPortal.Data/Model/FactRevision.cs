namespace NormsPortal.Data.Model;

/// <summary>
/// One change of a fact, written by <see cref="Fact.Revise"/>: what it held before and what it holds
/// since, each with its source, verified flag and origin, and who changed it when. A fact's revisions
/// in id order are its history; the value it was created with is the first revision's old value, or
/// its current one when it has none (a fact's creation is not a revision: the fact carries its own
/// origin, source and <see cref="AuditedEntity.CreatedAt"/>).
/// </summary>
public sealed class FactRevision
{
    public int Id { get; set; }

    public int FactId { get; set; }

    public required string OldValue { get; set; }

    public string? OldSource { get; set; }

    public bool OldVerified { get; set; }

    public FactOrigin OldOrigin { get; set; }

    public required string NewValue { get; set; }

    public string? NewSource { get; set; }

    public bool NewVerified { get; set; }

    public FactOrigin NewOrigin { get; set; }

    /// <summary>When the fact was changed (UTC).</summary>
    public DateTime RevisedAt { get; set; }

    /// <summary>Who changed it: a process (<c>import</c>, <c>seed</c>) or a curator (their user id or e-mail).</summary>
    public required string RevisedBy { get; set; }
}
