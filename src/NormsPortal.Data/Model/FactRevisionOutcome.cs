namespace NormsPortal.Data.Model;

/// <summary>What <see cref="Work.ReviseFact"/> did.</summary>
public enum FactRevisionOutcome
{
    /// <summary>The work had no fact of that key: one was added.</summary>
    Added,

    /// <summary>The fact took the new value; its old one is in its history.</summary>
    Revised,

    /// <summary>The fact already said exactly that (value, source, verified flag and origin).</summary>
    Unchanged,

    /// <summary>The fact belongs to an origin the writer may not overwrite (see <see cref="Fact.MayBeRevisedBy"/>); it stays.</summary>
    Kept,
}
