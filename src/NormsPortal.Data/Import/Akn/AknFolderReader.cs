using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Import.Akn;

/// <summary>
/// Walks a folder of AKN files (for instance <c>akn/ict/{en,fr,…}</c> or <c>ga-en/&lt;session&gt;</c>)
/// and yields one result per file, in a stable order (ordinal by path). Each document gets what
/// the nearest <c>metadata.jsonl</c> (in its folder or a parent, up to the root) knows about it.
/// A file that cannot be read gives a failed result and the walk goes on.
/// </summary>
public static class AknFolderReader
{
    /// <summary>
    /// Results for every <c>*.xml</c> under <paramref name="folder"/>, and one for every
    /// <c>metadata.jsonl</c> (no documents; its messages say which lines could not be read).
    /// Source names are paths relative to <paramref name="folder"/>, with forward slashes.
    /// </summary>
    public static IEnumerable<AknParseResult> Read(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            yield return AknParseResult.Failure(folder, new ImportMessage(ImportSeverity.Error, AknMessageCodes.Unreadable,
                $"{folder} is not a folder that exists.", folder));
            yield break;
        }

        var root = Path.GetFullPath(folder);
        var metadataByFolder = new Dictionary<string, AknMetadataFile?>(StringComparer.Ordinal);
        foreach (var directory in Folders(root))
        {
            var metadataPath = Path.Combine(directory, AknMetadataReader.FileName);
            if (File.Exists(metadataPath))
            {
                var metadata = AknMetadataReader.ReadFile(metadataPath, Relative(root, metadataPath));
                metadataByFolder[directory] = metadata;
                yield return new AknParseResult(metadata.SourceName, [], metadata.Messages);
            }

            var (files, problem) = Files(directory);
            if (problem is not null)
            {
                yield return AknParseResult.Failure(Relative(root, directory), new ImportMessage(ImportSeverity.Error, AknMessageCodes.Unreadable,
                    $"The folder {Relative(root, directory)} could not be listed: {problem}", Relative(root, directory)));
            }

            var nearest = Nearest(directory, root, metadataByFolder);
            foreach (var file in files)
            {
                var result = AknParser.ParseFile(file, Relative(root, file));
                if (nearest is not null)
                {
                    foreach (var document in result.Documents)
                    {
                        if (nearest.Find(document.Symbol) is { } record)
                        {
                            AknMetadataMerger.Apply(document, record, nearest.SourceName);
                        }
                    }
                }

                yield return result;
            }
        }
    }

    /// <summary>The folder and its subfolders, parents before children, siblings in ordinal order; links are not followed.</summary>
    private static IEnumerable<string> Folders(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        return Directory.EnumerateDirectories(root, "*", options).Prepend(root).Order(StringComparer.Ordinal);
    }

    /// <summary>The folder's XML files in ordinal order, or why they could not be listed (a folder removed or locked meanwhile).</summary>
    private static (List<string> Files, string? Problem) Files(string directory)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, MatchCasing = MatchCasing.CaseInsensitive };
        try
        {
            return ([.. Directory.EnumerateFiles(directory, "*.xml", options).Order(StringComparer.Ordinal)], null);
        }
        catch (IOException exception)
        {
            return ([], exception.Message);
        }
        catch (UnauthorizedAccessException exception)
        {
            return ([], exception.Message);
        }
    }

    private static AknMetadataFile? Nearest(string directory, string root, Dictionary<string, AknMetadataFile?> metadataByFolder)
    {
        for (var current = directory; current is not null && current.Length >= root.Length; current = Path.GetDirectoryName(current))
        {
            if (metadataByFolder.TryGetValue(current, out var metadata))
            {
                return metadata;
            }
        }

        return null;
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
