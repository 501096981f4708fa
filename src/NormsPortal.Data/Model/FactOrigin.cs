namespace NormsPortal.Data.Model;

/// <summary>Who put a fact into the portal.</summary>
public enum FactOrigin
{
    /// <summary>The curated seed data shipped with the portal.</summary>
    Seed,

    /// <summary>An importer read it from a document (AKN metadata, a UN text heading).</summary>
    Import,

    /// <summary>An admin entered or corrected it; imports never overwrite it.</summary>
    Curator,
}
