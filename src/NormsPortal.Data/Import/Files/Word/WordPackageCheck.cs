using System.Globalization;
using System.IO.Compression;
using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.Data.Import.Files.Word;

/// <summary>
/// Checks a Word file's zip before anything parses it: no more entries than allowed, no more bytes
/// once unzipped than allowed (counted while inflating, never trusting the sizes the zip declares:
/// a zip bomb lies about them), and no macros (a VBA project, a macro-enabled content type).
/// </summary>
internal static class WordPackageCheck
{
    private const string ContentTypesEntry = "[Content_Types].xml";

    public static ImportMessage? Refusal(byte[] content, string sourceName, ImportFileLimits limits)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > limits.MaxWordEntries)
        {
            return Refuse(ImportFileCodes.WordTooManyEntries, string.Create(CultureInfo.InvariantCulture,
                $"{sourceName} holds {zip.Entries.Count} zip entries, more than the {limits.MaxWordEntries} a Word file may have ({ImportFileLimits.SectionName}:{nameof(ImportFileLimits.MaxWordEntries)})."), sourceName);
        }

        var buffer = new byte[81920];
        long expanded = 0;
        foreach (var entry in zip.Entries)
        {
            if (entry.FullName.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase))
            {
                return Macros(sourceName);
            }

            using var stream = entry.Open();
            using var kept = entry.FullName == ContentTypesEntry ? new MemoryStream() : null;
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                expanded += read;
                if (expanded > limits.MaxWordExpandedBytes)
                {
                    return Refuse(ImportFileCodes.WordTooLargeExpanded,
                        $"{sourceName} expands to more than {ImportFileReader.Megabytes(limits.MaxWordExpandedBytes)} MB when unzipped, more than a Word file may ({ImportFileLimits.SectionName}:{nameof(ImportFileLimits.MaxWordExpandedBytes)}); a file that small expanding that far is a zip bomb.", sourceName);
                }

                kept?.Write(buffer, 0, read);
            }

            if (kept is not null && System.Text.Encoding.UTF8.GetString(kept.ToArray()).Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            {
                return Macros(sourceName);
            }
        }

        return null;
    }

    public static ImportMessage Macros(string sourceName) =>
        Refuse(ImportFileCodes.WordMacros, $"{sourceName} contains macros; the portal reads only plain Word documents (.docx). Save it as a Word document without macros.", sourceName);

    public static ImportMessage Refuse(string code, string text, string sourceName) => new(ImportSeverity.Error, code, text, sourceName);
}
