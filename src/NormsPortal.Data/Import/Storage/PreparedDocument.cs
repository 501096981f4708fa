using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// A document with what its import computes from it without the database: its problems, its content hash, its
/// cross-references and its text in reading order with each paragraph's analysis for the search and reuse indexes.
/// Each part is computed once, on whichever thread asks first (<see cref="DocumentPreparer"/> asks ahead of the
/// writer in a batch), and a part that throws throws again for the writer, inside the document's own
/// transaction: a finder's or analyser's exception stays that document's failure, as it was when computed there.
/// </summary>
internal sealed class PreparedDocument
{
    private readonly Lazy<IReadOnlyList<ImportMessage>> _problems;
    private readonly Lazy<string> _contentHash;
    private readonly Lazy<IReadOnlyList<FoundReference>>? _references;
    private readonly Lazy<IReadOnlyList<PreparedProvision>> _text;

    public PreparedDocument(ParsedDocument document, ImportOptions? options, ICrossReferenceFinder? crossReferenceFinder)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
        Options = options ?? new ImportOptions();
        _problems = new(() => DocumentValidator.Validate(document, Options));
        _contentHash = new(() => DocumentContentHash.Compute(document));
        _references = crossReferenceFinder is null ? null : new(() => crossReferenceFinder.Find(document));
        _text = new(() => PreparedProvision.InReadingOrder(document));
    }

    public ParsedDocument Document { get; }

    public ImportOptions Options { get; }

    /// <summary>The reasons the document cannot be stored (<see cref="DocumentValidator"/>); empty when it can.</summary>
    public IReadOnlyList<ImportMessage> Problems => _problems.Value;

    public string ContentHash => _contentHash.Value;

    /// <summary>What the importer's finder finds in the document; null when the importer has none.</summary>
    public IReadOnlyList<FoundReference>? References => _references?.Value;

    /// <summary>The provisions, depth first in reading order and then the footnotes, numbered from 1.</summary>
    public IReadOnlyList<PreparedProvision> Text => _text.Value;

    /// <summary>
    /// Computes every part a document that can be stored needs, so the writer finds them done. An exception is
    /// kept for the writer, which meets it in the document's transaction; here it only ends the preparation.
    /// </summary>
    public void PrepareAll()
    {
        if (Problems.Count > 0)
        {
            return;
        }

        _ = ContentHash;
        _ = Text;
        _ = References;
    }
}
