using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.Storage;

/// <summary>How to store one document.</summary>
public sealed record ImportOptions
{
    /// <summary>
    /// Also store the document's text as the text of another work: the revised draft
    /// A/C.1/73/L.27/Rev.1 is stored as its own work and its text, in the same transaction, as the
    /// English text of A/RES/73/27 (<see cref="Expression.TextOfSymbol"/> = the draft), with a
    /// <see cref="WorkRelationKind.DraftOf"/> relation from the draft to the resolution.
    /// </summary>
    public TextOfWork? TextOf { get; init; }

    /// <summary>
    /// Store the document even when its content hash equals the stored one, e.g. after the importer
    /// or the cross-reference finder changed. Without it an identical document is left untouched.
    /// </summary>
    public bool Force { get; init; }

    /// <summary>
    /// Write the document in its transaction and roll it back: the result says what the import would do (its
    /// outcome, messages, the annotations it would move or orphan, <see cref="DocumentImportResult.BookmarksLost"/>)
    /// and nothing is stored. What an admin sees before committing an import from the browser.
    /// </summary>
    public bool Preview { get; init; }
}

/// <summary>
/// The work whose text a document also provides (see <see cref="ImportOptions.TextOf"/>).
/// <paramref name="Kind"/> is used only when the work does not exist yet.
/// </summary>
public sealed record TextOfWork(string Symbol, WorkKind Kind = WorkKind.GaResolution);
