namespace NormsPortal.Data.Model;

/// <summary>Where a curator's annotation stands in its workflow; only <see cref="Published"/> ones reach the public.</summary>
public enum AnnotationStatus
{
    /// <summary>Being written; seen by admins only.</summary>
    Draft,

    /// <summary>Shown to everyone beside its target.</summary>
    Published,

    /// <summary>Was published and has been withdrawn; seen by admins only.</summary>
    Unpublished,
}
