using System.Text;

namespace NormsPortal.Data.Import.Files;

/// <summary>
/// Tells a file's format from its first bytes, never from its name: a PDF begins with <c>%PDF-</c>
/// (within its first kilobyte, as readers allow), a Word file is a zip (<c>PK\x03\x04</c>), Akoma
/// Ntoso is XML (after a byte order mark and white space, <c>&lt;</c>), and a UN text file is UTF-8
/// text without control characters other than line breaks, tabs and form feeds.
/// </summary>
public static class ImportFileSniffer
{
    private const int PdfHeaderWindow = 1024;
    private static readonly byte[] s_pdfHeader = "%PDF-"u8.ToArray();
    private static readonly byte[] s_zipHeader = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] s_utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ImportFileFormat Detect(ReadOnlySpan<byte> content)
    {
        if (content.IsEmpty)
        {
            return ImportFileFormat.Unknown;
        }

        if (content[..Math.Min(content.Length, PdfHeaderWindow)].IndexOf(s_pdfHeader) >= 0)
        {
            return ImportFileFormat.Pdf;
        }

        if (content.StartsWith(s_zipHeader))
        {
            return ImportFileFormat.Word;
        }

        var text = DecodeText(content);
        if (text is null)
        {
            return ImportFileFormat.Unknown;
        }

        return text.TrimStart().StartsWith('<') ? ImportFileFormat.Akn : ImportFileFormat.UnText;
    }

    /// <summary>The content as text when it is strict UTF-8 (a byte order mark dropped) with no control character but line breaks, tabs and form feeds; otherwise null.</summary>
    public static string? DecodeText(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith(s_utf8Bom))
        {
            content = content[s_utf8Bom.Length..];
        }

        string text;
        try
        {
            text = s_strictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }

        return text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) ? null : text;
    }
}
