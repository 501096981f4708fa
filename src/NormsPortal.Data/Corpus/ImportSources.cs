using NormsPortal.Data.Import.Akn;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.UnText;

namespace NormsPortal.Data.Corpus;

/// <summary>
/// Reads what an import was pointed at: an Akoma Ntoso file (<c>.xml</c>), a UN text file
/// (<c>.txt</c>, its symbol from its name) or a folder of them, recursively. Every language version
/// of a work is then aligned with the English one, so that anchors agree across languages.
/// </summary>
public static class ImportSources
{
    public const string AknExtension = ".xml";
    public const string UnTextExtension = ".txt";

    public static async Task<SourceBatch> ReadAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var batch = new SourceBatch();
        if (Directory.Exists(path))
        {
            AddAkn(batch, AknFolderReader.Read(path));
            foreach (var file in Directory.EnumerateFiles(path, "*" + UnTextExtension, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                await AddUnTextAsync(batch, file, cancellationToken);
            }
        }
        else if (File.Exists(path) && HasExtension(path, AknExtension))
        {
            AddAkn(batch, [AknParser.ParseFile(path, Path.GetFileName(path))]);
        }
        else if (File.Exists(path) && HasExtension(path, UnTextExtension))
        {
            await AddUnTextAsync(batch, path, cancellationToken);
        }
        else
        {
            var reason = File.Exists(path)
                ? $"{path} is neither Akoma Ntoso XML ({AknExtension}) nor UN text ({UnTextExtension})."
                : $"{path} does not exist.";
            batch.Problems.Add(new ImportMessage(ImportSeverity.Error, "unreadable-source", reason, path));
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

    private static async Task AddUnTextAsync(SourceBatch batch, string file, CancellationToken cancellationToken)
    {
        batch.FilesRead++;
        var document = await UnTextFile.ParseAsync(file, cancellationToken: cancellationToken);
        if (document.AllProvisions().Any())
        {
            batch.Documents.Add(document);
        }
        else
        {
            batch.Problems.Add(new ImportMessage(ImportSeverity.Error, "no-text", $"{Path.GetFileName(file)} holds no paragraph that could be read.", file));
        }
    }

    private static bool HasExtension(string path, string extension) =>
        string.Equals(Path.GetExtension(path), extension, StringComparison.OrdinalIgnoreCase);
}
