using System.Globalization;
using NormsPortal.Data.Import.Akn;
using NormsPortal.Data.Import.Files.Pdf;
using NormsPortal.Data.Import.Files.Word;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.UnText;
using NormsPortal.Data.Symbols;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Import.Files;

/// <summary>
/// The one entry point for an import file, from the command line or an upload: it tells the
/// format from the content (<see cref="ImportFileSniffer"/>), keeps the file within
/// <see cref="ImportFileLimits"/>, and reads it with the parser for that format. A PDF or Word
/// file is turned into the text a UN PDF's extraction gives and read by <see cref="UnTextParser"/>,
/// so every format gets the same heading rules, anchors and repairs. Hostile or broken input is
/// refused with an <see cref="ImportSeverity.Error"/> message (<see cref="ImportFileCodes"/>); no
/// input makes these methods throw.
/// </summary>
public static class ImportFileReader
{
    /// <summary>Reads a file from disk, checking its size before reading it.</summary>
    public static async Task<ImportFileResult> ReadFileAsync(string path, ImportFileLimits limits, string? symbol = null, string? language = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(limits);
        var request = new ImportFileRequest(Path.GetFileName(path), symbol, language ?? Languages.English);
        try
        {
            await using var stream = File.OpenRead(path);
            return await ReadAsync(stream, request, limits, cancellationToken);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return ImportFileResult.Refused(ImportFileFormat.Unknown, request.SourceName, ImportFileCodes.Unreadable,
                $"{request.SourceName} could not be read: {exception.Message}");
        }
    }

    /// <summary>Reads a file from a stream (which stays open), taking no more than the size limit allows.</summary>
    public static async Task<ImportFileResult> ReadAsync(Stream content, ImportFileRequest request, ImportFileLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(limits);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limits.MaxFileBytes)
            {
                return TooLarge(request.SourceName, limits, content.CanSeek ? content.Length : buffer.Length);
            }
        }

        return Read(buffer.ToArray(), request, limits);
    }

    /// <summary>Reads a file held in memory.</summary>
    public static ImportFileResult Read(byte[] content, ImportFileRequest request, ImportFileLimits limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(limits);
        var name = request.SourceName;
        if (content.Length == 0)
        {
            return ImportFileResult.Refused(ImportFileFormat.Unknown, name, ImportFileCodes.Empty, $"{name} is empty (0 bytes): there is no document to read.");
        }

        if (content.Length > limits.MaxFileBytes)
        {
            return TooLarge(name, limits, content.Length);
        }

        var format = ImportFileSniffer.Detect(content);
        try
        {
            return format switch
            {
                ImportFileFormat.Akn => FromAkn(AknParser.Parse(new MemoryStream(content, writable: false), name)),
                ImportFileFormat.UnText => ParseText(format, ImportFileSniffer.DecodeText(content)!, UnTextParser.SourceFormat, request),
                ImportFileFormat.Pdf => PdfTextReader.Read(content, name, limits, out var pdfRefusal) is { } pdfText
                    ? ParseText(format, pdfText, PdfTextReader.SourceFormat, request)
                    : new ImportFileResult(format, name, [], [pdfRefusal!]),
                ImportFileFormat.Word => WordTextReader.Read(content, name, limits, out var wordRefusal) is { } wordText
                    ? ParseText(format, wordText, WordTextReader.SourceFormat, request)
                    : new ImportFileResult(format, name, [], [wordRefusal!]),
                _ => ImportFileResult.Refused(format, name, ImportFileCodes.UnknownFormat,
                    $"{name} is not a file the portal reads: its content is neither PDF, Word (.docx), Akoma Ntoso XML nor UTF-8 text."),
            };
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The parsers refuse what they recognise as bad; anything else a crafted file provokes
            // in a library is still a refusal of that file, never an error page.
            return ImportFileResult.Refused(format, name, ImportFileCodes.Unreadable,
                $"{name} could not be read ({exception.GetType().Name}: {exception.Message}).");
        }
    }

    private static ImportFileResult FromAkn(AknParseResult result) =>
        new(ImportFileFormat.Akn, result.SourceName, result.Documents, result.Messages);

    private static ImportFileResult ParseText(ImportFileFormat format, string text, string sourceFormat, ImportFileRequest request)
    {
        var name = request.SourceName;
        var symbol = string.IsNullOrWhiteSpace(request.Symbol) ? UnSymbol.FromFileName(name) : UnSymbol.Normalise(request.Symbol);
        if (!symbol.Contains('/', StringComparison.Ordinal))
        {
            return ImportFileResult.Refused(format, name, ImportFileCodes.NoSymbol,
                $"{name} does not say which document it is: give its symbol (such as A/RES/73/27), or name the file after it (A_RES_73_27.pdf).");
        }

        var document = UnTextParser.Parse(text, symbol, name, request.Language, sourceFormat);
        if (!document.AllProvisions().Any())
        {
            return ImportFileResult.Refused(format, name, ImportFileCodes.NoText, $"{name} holds no paragraph that could be read.");
        }

        return new ImportFileResult(format, name, [document], []);
    }

    /// <summary>The refusal of a file of <paramref name="length"/> bytes over the size limit, for a caller that knows the size before reading (an upload).</summary>
    public static ImportFileResult TooLarge(string name, ImportFileLimits limits, long length) =>
        ImportFileResult.Refused(ImportFileFormat.Unknown, name, ImportFileCodes.TooLarge, string.Create(CultureInfo.InvariantCulture,
            $"{name} is {Megabytes(length)} MB, more than the {Megabytes(limits.MaxFileBytes)} MB an import file may be ({ImportFileLimits.SectionName}:{nameof(ImportFileLimits.MaxFileBytes)})."));

    /// <summary>A size in MB with one decimal, as the refusals write it.</summary>
    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
}
