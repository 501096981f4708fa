namespace NormsPortal.Data.Model;

/// <summary>How one work stands to another, beyond what its text cites.</summary>
public enum WorkRelationKind
{
    /// <summary>The source is the draft the target was adopted from.</summary>
    DraftOf,

    /// <summary>The source is a revision of the target draft.</summary>
    RevisionOf,

    /// <summary>The source (a resolution) endorsed the target (a report).</summary>
    Endorses,

    /// <summary>The source was adopted on the target (a committee report).</summary>
    AdoptedOnReport,
}
