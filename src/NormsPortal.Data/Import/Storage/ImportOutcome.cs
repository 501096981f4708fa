namespace NormsPortal.Data.Import.Storage;

/// <summary>What storing one document did.</summary>
public enum ImportOutcome
{
    /// <summary>The document's text was new: its (work, language) had no expression before.</summary>
    Imported,

    /// <summary>The document was stored before and something in it changed: it was stored again.</summary>
    Updated,

    /// <summary>The document is the same as the one stored (same content hash): nothing was written.</summary>
    Unchanged,

    /// <summary>The document was not stored; the database is as it was. The result's messages say why.</summary>
    Failed,
}
