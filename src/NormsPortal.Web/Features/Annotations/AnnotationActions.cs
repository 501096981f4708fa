namespace NormsPortal.Web.Features.Annotations;

/// <summary>The annotation actions as the audit log names them (<c>kind.past-tense</c>, as every feature's are).</summary>
public static class AnnotationActions
{
    public const string Created = "annotation.created";
    public const string Updated = "annotation.updated";
    public const string Deleted = "annotation.deleted";
    public const string Restored = "annotation.restored";
    public const string RevisionRestored = "annotation.revision-restored";
    public const string Reattached = "annotation.reattached";
}
