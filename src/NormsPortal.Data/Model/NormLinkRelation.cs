namespace NormsPortal.Data.Model;

/// <summary>How a later paragraph stands to the norm a curator linked it to.</summary>
public enum NormLinkRelation
{
    /// <summary>It states the norm again, in the same or nearly the same words.</summary>
    Restates,

    /// <summary>It builds on the norm: explains, narrows or adds to it.</summary>
    Develops,

    /// <summary>It mentions or cites the norm.</summary>
    Refers,
}
