using NormsPortal.Data.Import.Akn;
using NormsPortal.Data.Import.Files;
using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Corpus;

/// <summary>
/// Reads what an import was pointed at: one file of any format the portal reads, told by its
/// content (<see cref="ImportFileReader"/>: Akoma Ntoso, UN text, PDF, Word; the symbol of a text,
/// PDF or Word file from its name), or a folder, recursively: its Akoma Ntoso files (<c>.xml</c>,
/// with the nearest <c>metadata.jsonl</c>) and its UN text, PDF and Word files (<c>.txt</c>,
/// <c>.pdf</c>, <c>.docx</c>). Every language version of a work is then aligned with the English
/// one, so that anchors agree across languages.
/// </summary>
public static class ImportSources
{
    private static readonly string[] s_documentExtensions = [".txt", ".pdf", ".docx"];

    public static Task<SourceBatch> ReadAsync(string path, CancellationToken cancellationToken) =>
        ReadAsync(path, new ImportFileLimits(), cancellationToken);

    public static async Task<SourceBatch> ReadAsync(string path, ImportFileLimits limits, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(limits);
        var batch = new SourceBatch();
        if (Directory.Exists(path))
        {
            AddAkn(batch, AknFolderReader.Read(path));
            var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                .Where(file => s_documentExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                Add(batch, await ImportFileReader.ReadFileAsync(file, limits, cancellationToken: cancellationToken));
            }
        }
        else if (File.Exists(path))
        {
            Add(batch, await ImportFileReader.ReadFileAsync(path, limits, cancellationToken: cancellationToken));
        }
        else
        {
            batch.Problems.Add(new ImportMessage(ImportSeverity.Error, "unreadable-source", $"{path} does not exist.", path));
        }

        LanguageAlignment.AlignWithEnglish(batch.Documents);
        return batch;
    }

    private static void AddAkn(SourceBatch batch, IEnumerable<AknParseResult> results)
    {
        foreach (var result in results)
        {
            batch.FilesRead++;
            batch.Documents.AddRange(result.Documents);
            batch.Problems.AddRange(result.Messages.Where(m => m.Severity == ImportSeverity.Error));
        }
    }

    private static void Add(SourceBatch batch, ImportFileResult result)
    {
        batch.FilesRead++;
        batch.Documents.AddRange(result.Documents);
        batch.Problems.AddRange(result.Messages.Where(m => m.Severity == ImportSeverity.Error));
    }
}
