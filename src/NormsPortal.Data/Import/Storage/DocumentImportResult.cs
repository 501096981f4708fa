using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// What happened to one document: its outcome and the importer's notes (for a failure, the
/// reasons, with <see cref="ImportSeverity.Error"/>). The parser's own notes stay on the
/// <see cref="ParsedDocument"/>.
/// </summary>
public sealed record DocumentImportResult(
    string Symbol,
    string Language,
    string SourceName,
    ImportOutcome Outcome,
    IReadOnlyList<ImportMessage> Messages)
{
    /// <summary>For a preview (<see cref="ImportOptions.Preview"/>): how many bookmarks of paragraphs and passages would lose their place in the text.</summary>
    public int BookmarksLost { get; init; }

    internal static DocumentImportResult For(ParsedDocument document, ImportOutcome outcome, IReadOnlyList<ImportMessage> messages) =>
        new(document.Symbol, document.Language, document.SourceName, outcome, messages);
}
