using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Import.Files;

/// <summary>
/// What reading one import file gave: the format its content showed, its documents (an Akoma
/// Ntoso file may hold several parts) and the messages about the file as a whole. A refused file
/// has no documents and an <see cref="ImportSeverity.Error"/> message saying why; what the parser
/// repaired or doubted in a document's text is in that document's <see cref="ParsedDocument.Messages"/>.
/// </summary>
public sealed class ImportFileResult(ImportFileFormat format, string sourceName, IReadOnlyList<ParsedDocument> documents, IReadOnlyList<ImportMessage> messages)
{
    public ImportFileFormat Format { get; } = format;

    public string SourceName { get; } = sourceName;

    public IReadOnlyList<ParsedDocument> Documents { get; } = documents;

    /// <summary>Messages about the file itself (refused, unreadable).</summary>
    public IReadOnlyList<ImportMessage> Messages { get; } = messages;

    /// <summary>Whether nothing in the file was an error.</summary>
    public bool Succeeded => !AllMessages().Any(m => m.Severity == ImportSeverity.Error);

    /// <summary>The file's messages, then each document's.</summary>
    public IEnumerable<ImportMessage> AllMessages() => Messages.Concat(Documents.SelectMany(d => d.Messages));

    internal static ImportFileResult Refused(ImportFileFormat format, string sourceName, string code, string text) =>
        new(format, sourceName, [], [new ImportMessage(ImportSeverity.Error, code, text, sourceName)]);
}
