namespace NormsPortal.Data.Import.Storage;

/// <summary>The codes of the messages the document importer adds to a <see cref="DocumentImportResult"/>.</summary>
public static class ImportCodes
{
    /// <summary>Error: the document lacks its symbol, language, source name or format.</summary>
    public const string MissingField = "missing-field";

    /// <summary>Error: two provisions of the document share an anchor.</summary>
    public const string DuplicateAnchor = "duplicate-anchor";

    /// <summary>Error: <see cref="ImportOptions.TextOf"/> names the document's own work.</summary>
    public const string TextOfItself = "text-of-itself";

    /// <summary>Error: writing to the database failed; nothing of the document was kept.</summary>
    public const string StoreFailed = "store-failed";

    /// <summary>Warning: a curated (seed or curator) fact differs; it stays and the imported value is stored beside it.</summary>
    public const string CuratedValueKept = "curated-value-kept";

    /// <summary>Warning: an imported value differs from one this document may not replace (another language's, or another document's).</summary>
    public const string ImportedValueKept = "imported-value-kept";

    /// <summary>Warning: the work named by <see cref="ImportOptions.TextOf"/> has its own text in this language, which stays.</summary>
    public const string OwnTextKept = "own-text-kept";

    /// <summary>Warning: a sponsor is listed twice in one role; the first place counts.</summary>
    public const string DuplicateSponsor = "duplicate-sponsor";

    /// <summary>Warning: a State is listed twice in one vote; the first entry counts.</summary>
    public const string DuplicateCountryVote = "duplicate-country-vote";

    /// <summary>Warning: a vote names a State the portal does not know (<c>KnownStates</c>); the vote is kept without a code.</summary>
    public const string UnknownState = "unknown-state";

    /// <summary>Warning: a curator's annotation followed its paragraph or passage to another anchor (or was attached again when its text came back).</summary>
    public const string AnnotationMoved = "annotation-moved";

    /// <summary>Warning: a curator's annotation lost its paragraph or passage and waits in the orphaned queue; it keeps its last anchor and quote.</summary>
    public const string AnnotationOrphaned = "annotation-orphaned";
}
