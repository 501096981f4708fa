namespace NormsPortal.Data.Model;

/// <summary>
/// A curator's note on a norm, a paragraph, a passage inside a paragraph or a work, in Markdown. Its target is
/// kept as a bookmark's is (<see cref="Library.BookmarkTarget"/>: norm number, or symbol, anchor and the quoted
/// passage with its context), never as row ids, so a re-import does not break it and
/// <see cref="References.TextReferenceResolver"/> finds it again. Only a <see cref="AnnotationStatus.Published"/>
/// annotation that is not deleted reaches the public. Deleting is soft: <see cref="DeletedAt"/> is set and can be
/// cleared again. Every save adds an <see cref="AnnotationRevision"/>; <see cref="AuditedEntity.Version"/> refuses a stale save.
/// </summary>
public sealed class Annotation : AuditedEntity
{
    /// <summary>A curator's note may be longer than a researcher's private one, but is still bounded.</summary>
    public const int MaxBodyLength = 50_000;

    /// <summary>What the target is: a norm, a paragraph, a passage or a work (never a search).</summary>
    public BookmarkKind Kind { get; set; }

    /// <summary>The norm's number for <see cref="BookmarkKind.Norm"/>.</summary>
    public string? NormNumber { get; set; }

    /// <summary>The work's normalised symbol for paragraphs, passages and works.</summary>
    public string? Symbol { get; set; }

    /// <summary>The paragraph's anchor for paragraphs and passages.</summary>
    public string? Anchor { get; set; }

    /// <summary>The quoted words of a passage.</summary>
    public string? Quote { get; set; }

    /// <summary>A few words before the quote, to tell one occurrence from another and to find it again after a re-import.</summary>
    public string? Prefix { get; set; }

    /// <summary>A few words after the quote.</summary>
    public string? Suffix { get; set; }

    /// <summary>The note, in Markdown; the public only ever gets it rendered and cleaned.</summary>
    public string Body { get; set; } = "";

    public AnnotationStatus Status { get; set; }

    /// <summary>When it was deleted (UTC); null while it is not. A deleted annotation is hidden from everyone but admins, who may restore it.</summary>
    public DateTime? DeletedAt { get; set; }

    /// <summary>
    /// When a re-import left its paragraph or passage out of the text (UTC); null while it is attached. An orphaned
    /// annotation keeps its last anchor and quote (for a paragraph, the paragraph's words as they were), is shown to
    /// no member of the public, and waits in the admins' queue to be attached again.
    /// </summary>
    public DateTime? OrphanedAt { get; set; }

    /// <summary>The id of the admin who created it (no foreign key: deleting that account keeps the annotation).</summary>
    public required string CreatedBy { get; set; }

    public List<AnnotationRevision> Revisions { get; } = [];
}
