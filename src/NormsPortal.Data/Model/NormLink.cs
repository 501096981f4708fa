namespace NormsPortal.Data.Model;

/// <summary>
/// A curator's link from a norm to a paragraph of a later resolution or report (<see cref="Target"/>) that restates,
/// develops or refers to it: a curated step of the norm's lineage. Versioned, so a stale edit is refused.
/// </summary>
public sealed class NormLink : AuditedEntity
{
    /// <summary>The longest note kept.</summary>
    public const int MaxNoteLength = 1024;

    public int NormId { get; set; }

    /// <summary>The paragraph linked: its work, anchor and (optionally) a quoted passage of it.</summary>
    public required TextReference Target { get; set; }

    public NormLinkRelation Relation { get; set; }

    /// <summary>What the curator noted about the link.</summary>
    public string? Note { get; set; }

    /// <summary>The address of the admin who made the link, as it was then.</summary>
    public required string CreatedBy { get; set; }

    /// <summary>The address of the admin who last changed it, as it was then.</summary>
    public required string UpdatedBy { get; set; }
}
