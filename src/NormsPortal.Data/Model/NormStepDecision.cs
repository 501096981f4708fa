namespace NormsPortal.Data.Model;

/// <summary>What a curator decided about a step of a norm's lineage that the reuse index found.</summary>
public enum NormStepDecision
{
    /// <summary>The paragraph does carry the norm's wording: shown as confirmed.</summary>
    Confirmed,

    /// <summary>A false match: kept from the public lineage, still shown to admins to undo.</summary>
    Hidden,
}
