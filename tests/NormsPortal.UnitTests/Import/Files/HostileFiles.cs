using System.IO.Compression;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NormsPortal.UnitTests.Import.Files;

/// <summary>Files made to hurt an importer, built in memory: bombs, locks, lies and damage.</summary>
internal static class HostileFiles
{
    /// <summary>A PDF of <paramref name="pages"/> pages, each with one line of text.</summary>
    public static byte[] PdfWithPages(int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 1; i <= pages; i++)
        {
            builder.AddPage(PageSize.A4).AddText($"Page {i}", 10, new PdfPoint(72, 700), font);
        }

        return builder.Build();
    }

    /// <summary>A PDF whose only page holds a drawing and no text, as a scan has.</summary>
    public static byte[] PdfWithoutText()
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).DrawRectangle(new PdfPoint(72, 72), 300, 500);
        return builder.Build();
    }

    /// <summary>A PDF with the standard security handler's dictionary in its trailer and a user password nobody gave.</summary>
    public static byte[] EncryptedPdf()
    {
        var pdf = Encoding.Latin1.GetString(PdfWithPages(1));
        var hash = new string('A', 64);
        var encrypt = $"<</Encrypt << /Filter /Standard /V 1 /R 2 /O <{hash}> /U <{hash}> /P -4 >> /Size";
        var trailer = pdf.LastIndexOf("<</Size", StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(pdf[..trailer] + encrypt + pdf[(trailer + "<</Size".Length)..]);
    }

    /// <summary>A zip that unpacks to <paramref name="expandedBytes"/> bytes of zeros beside a Word document's parts.</summary>
    public static byte[] ZipBomb(byte[] word, long expandedBytes) => WithEntries(word, zip =>
    {
        using var entry = zip.CreateEntry("word/media/image1.bin", CompressionLevel.SmallestSize).Open();
        var zeros = new byte[1024 * 1024];
        for (long written = 0; written < expandedBytes; written += zeros.Length)
        {
            entry.Write(zeros);
        }
    });

    /// <summary>A Word document with <paramref name="count"/> more (empty) zip entries.</summary>
    public static byte[] WithManyEntries(byte[] word, int count) => WithEntries(word, zip =>
    {
        for (var i = 0; i < count; i++)
        {
            zip.CreateEntry($"customXml/item{i}.xml");
        }
    });

    /// <summary>A Word document carrying a VBA project, as a macro-enabled file does.</summary>
    public static byte[] WithMacros(byte[] word) => WithEntries(word, zip =>
    {
        using var entry = zip.CreateEntry("word/vbaProject.bin").Open();
        entry.Write("VBA"u8);
    });

    public static byte[] Truncated(byte[] content) => content[..(content.Length / 2)];

    private static byte[] WithEntries(byte[] word, Action<ZipArchive> add)
    {
        using var stream = new MemoryStream();
        stream.Write(word);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            add(zip);
        }

        return stream.ToArray();
    }
}
