namespace NormsPortal.Data.Model;

/// <summary>
/// One save of an <see cref="Annotation"/>: its body, status and whether it was deleted as that save left them,
/// who saved it and when. Numbered from 1 per annotation; never changed or deleted, so any two can be compared
/// and an old one restored.
/// </summary>
public sealed class AnnotationRevision
{
    public int Id { get; set; }

    public int AnnotationId { get; set; }

    /// <summary>1 for the annotation's creation, then one more for every save.</summary>
    public int Number { get; set; }

    public required string Body { get; set; }

    public AnnotationStatus Status { get; set; }

    public bool Deleted { get; set; }

    /// <summary>When it was saved (UTC).</summary>
    public DateTime SavedAt { get; set; }

    /// <summary>The id of the admin who saved it (no foreign key: deleting that account keeps the history).</summary>
    public required string SavedBy { get; set; }

    /// <summary>That admin's e-mail address as it was then, so the history names them after their account is gone.</summary>
    public required string SavedByName { get; set; }
}
