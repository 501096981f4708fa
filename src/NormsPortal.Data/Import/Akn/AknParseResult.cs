using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Import.Akn;

/// <summary>
/// What reading one file gave: its documents (one per part of the resolution it holds) and the
/// messages about the file as a whole. A file that could not be read has no documents and an
/// <see cref="ImportSeverity.Error"/> message saying why; messages about one document's text
/// are in that document's <see cref="ParsedDocument.Messages"/>.
/// </summary>
public sealed class AknParseResult(string sourceName, IReadOnlyList<ParsedDocument> documents, IReadOnlyList<ImportMessage> messages)
{
    /// <summary>The file name (or address) as the caller named it.</summary>
    public string SourceName { get; } = sourceName;

    public IReadOnlyList<ParsedDocument> Documents { get; } = documents;

    /// <summary>Messages about the file itself (refused, unreadable, a part that could not be read).</summary>
    public IReadOnlyList<ImportMessage> Messages { get; } = messages;

    /// <summary>Whether nothing in the file was an error.</summary>
    public bool Succeeded => !AllMessages().Any(m => m.Severity == ImportSeverity.Error);

    /// <summary>The file's messages, then each document's.</summary>
    public IEnumerable<ImportMessage> AllMessages() => Messages.Concat(Documents.SelectMany(d => d.Messages));

    internal static AknParseResult Failure(string sourceName, ImportMessage error) => new(sourceName, [], [error]);
}
