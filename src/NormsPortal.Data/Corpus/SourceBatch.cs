using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Corpus;

/// <summary>
/// What reading files for an import gave: the parsed documents, ready to store, and the problems of
/// files that gave no document (refused, unreadable, empty), each naming its file.
/// </summary>
public sealed class SourceBatch
{
    public List<ParsedDocument> Documents { get; } = [];

    public List<ImportMessage> Problems { get; } = [];

    public int FilesRead { get; set; }
}
