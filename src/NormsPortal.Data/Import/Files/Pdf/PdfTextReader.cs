using System.Globalization;
using NormsPortal.Data.Import.Parsed;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace NormsPortal.Data.Import.Files.Pdf;

/// <summary>
/// Turns a PDF into the text <see cref="UnText.UnTextParser"/> reads: the printed lines in reading
/// order, rebuilt from the letters' positions (<see cref="PdfLineBuilder"/>), with a leading space
/// on an indented line, a blank line where a wider gap than the usual line spacing stands, and a
/// form feed where a page begins (<see cref="PdfTextWriter"/>). Page furniture, footnotes and
/// hyphenation are left to the parser, which repairs them as it does for any extraction.
/// An encrypted, damaged or truncated PDF, or one with more pages than allowed, is refused.
/// </summary>
internal static class PdfTextReader
{
    public const string SourceFormat = "pdf";

    // PdfPig follows nested objects recursively; a crafted file must not exhaust the stack.
    private const int MaxNesting = 64;

    // A PDF ends with "%%EOF", perhaps followed by a line break or a little padding.
    private const int EndMarkerWindow = 1024;

    public static string? Read(byte[] content, string sourceName, ImportFileLimits limits, out ImportMessage? refusal)
    {
        refusal = null;
        if (!EndsWithEndMarker(content))
        {
            refusal = Refuse(ImportFileCodes.PdfCorrupt, $"{sourceName} is not a whole PDF: it does not end with the end-of-file marker (truncated in transfer?).", sourceName);
            return null;
        }

        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, MaxStackDepth = MaxNesting });
            if (document.IsEncrypted)
            {
                refusal = Encrypted(sourceName);
                return null;
            }

            if (document.NumberOfPages > limits.MaxPdfPages)
            {
                refusal = Refuse(ImportFileCodes.PdfTooManyPages, string.Create(CultureInfo.InvariantCulture,
                    $"{sourceName} has {document.NumberOfPages} pages, more than the {limits.MaxPdfPages} an import file may have ({ImportFileLimits.SectionName}:{nameof(ImportFileLimits.MaxPdfPages)})."), sourceName);
                return null;
            }

            var pages = new List<IReadOnlyList<PdfLine>>(document.NumberOfPages);
            for (var number = 1; number <= document.NumberOfPages; number++)
            {
                pages.Add(PdfLineBuilder.Build(document.GetPage(number).Letters));
            }

            if (pages.All(page => page.Count == 0))
            {
                refusal = Refuse(ImportFileCodes.PdfNoText, $"{sourceName} has no text layer (a scanned document?): its text would need OCR, which the portal does not do.", sourceName);
                return null;
            }

            return PdfTextWriter.Write(pages);
        }
        catch (PdfDocumentEncryptedException)
        {
            refusal = Encrypted(sourceName);
            return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // PdfPig reports damage with exceptions of many types (format, parse, index, cast).
            refusal = Refuse(ImportFileCodes.PdfCorrupt, $"{sourceName} is a damaged PDF and could not be read ({exception.Message}).", sourceName);
            return null;
        }
    }

    private static bool EndsWithEndMarker(byte[] content)
    {
        var tail = content.AsSpan(Math.Max(0, content.Length - EndMarkerWindow));
        return tail.IndexOf("%%EOF"u8) >= 0;
    }

    private static ImportMessage Encrypted(string sourceName) =>
        Refuse(ImportFileCodes.PdfEncrypted, $"{sourceName} is encrypted; the portal reads only unencrypted PDFs (save or print it as an unprotected copy).", sourceName);

    private static ImportMessage Refuse(string code, string text, string sourceName) =>
        new(ImportSeverity.Error, code, text, sourceName);
}
