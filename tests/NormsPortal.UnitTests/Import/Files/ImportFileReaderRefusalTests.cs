using NormsPortal.Data.Import.Files;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.TestSupport.Import;
using NormsPortal.UnitTests.Import.UnText;

namespace NormsPortal.UnitTests.Import.Files;

/// <summary>Hostile, broken and oversized files are refused with a coded message that says why; none makes the reader throw.</summary>
public sealed class ImportFileReaderRefusalTests
{
    private static readonly ImportFileLimits s_defaults = new();
    private static readonly Lazy<byte[]> s_word = new(() => UnWordLayout.Build(SeedFile.Parse()));
    private static readonly Lazy<byte[]> s_pdf = new(() => UnPdfLayout.Build(SeedFile.ReadText(), "A/C.1/73/L.27/Rev.1", "18-18962"));

    private static ImportMessage Refusal(byte[] content, ImportFileLimits? limits = null, string name = "A_RES_99_1.bin")
    {
        var result = ImportFileReader.Read(content, new ImportFileRequest(name), limits ?? s_defaults);

        Assert.False(result.Succeeded);
        Assert.Empty(result.Documents);
        var refusal = Assert.Single(result.Messages);
        Assert.Equal(ImportSeverity.Error, refusal.Severity);
        Assert.Contains(name, refusal.Text, StringComparison.Ordinal);
        return refusal;
    }

    [Fact]
    public void Read_FileOverTheSizeLimit_IsRefusedNamingTheSetting()
    {
        var refusal = Refusal(s_pdf.Value, new ImportFileLimits { MaxFileBytes = 1024 });

        Assert.Equal(ImportFileCodes.TooLarge, refusal.Code);
        Assert.Contains("Import:Files:MaxFileBytes", refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_StreamOverTheSizeLimit_StopsReadingAndIsRefused()
    {
        using var endless = new MemoryStream(new byte[64 * 1024]);

        var result = await ImportFileReader.ReadAsync(endless, new ImportFileRequest("big.pdf"), new ImportFileLimits { MaxFileBytes = 1000 }, TestContext.Current.CancellationToken);

        Assert.Equal(ImportFileCodes.TooLarge, Assert.Single(result.Messages).Code);
    }

    [Fact]
    public void Read_EmptyFile_IsRefused() => Assert.Equal(ImportFileCodes.Empty, Refusal([]).Code);

    [Fact]
    public void Read_BinaryGarbage_IsRefusedAsUnknownFormat()
    {
        var garbage = new byte[4096];
        new Random(13).NextBytes(garbage);

        Assert.Equal(ImportFileCodes.UnknownFormat, Refusal(garbage).Code);
    }

    [Fact]
    public void Read_PdfWithMorePagesThanAllowed_IsRefusedNamingTheSetting()
    {
        var refusal = Refusal(HostileFiles.PdfWithPages(4), new ImportFileLimits { MaxPdfPages = 3 });

        Assert.Equal(ImportFileCodes.PdfTooManyPages, refusal.Code);
        Assert.Contains("4 pages", refusal.Text, StringComparison.Ordinal);
        Assert.Contains("Import:Files:MaxPdfPages", refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EncryptedPdf_IsRefused() => Assert.Equal(ImportFileCodes.PdfEncrypted, Refusal(HostileFiles.EncryptedPdf()).Code);

    [Fact]
    public void Read_TruncatedPdf_IsRefusedAsDamaged() => Assert.Equal(ImportFileCodes.PdfCorrupt, Refusal(HostileFiles.Truncated(s_pdf.Value)).Code);

    [Fact]
    public void Read_PdfHeaderOverGarbage_IsRefusedAsDamaged()
    {
        var garbage = new byte[4096];
        new Random(13).NextBytes(garbage);
        var content = "%PDF-1.7\n"u8.ToArray().Concat(garbage).Concat("\n%%EOF\n"u8.ToArray()).ToArray();

        Assert.Equal(ImportFileCodes.PdfCorrupt, Refusal(content).Code);
    }

    [Fact]
    public void Read_PdfWithoutText_IsRefusedAsNeedingOcr() => Assert.Equal(ImportFileCodes.PdfNoText, Refusal(HostileFiles.PdfWithoutText()).Code);

    [Fact]
    public void Read_WordZipBomb_IsRefusedBeforeItIsUnpacked()
    {
        var bomb = HostileFiles.ZipBomb(s_word.Value, 64L * 1024 * 1024);

        Assert.True(bomb.Length < s_defaults.MaxFileBytes / 100);
        var refusal = Refusal(bomb);
        Assert.Equal(ImportFileCodes.WordTooLargeExpanded, refusal.Code);
        Assert.Contains("Import:Files:MaxWordExpandedBytes", refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WordFileWithTooManyEntries_IsRefused() =>
        Assert.Equal(ImportFileCodes.WordTooManyEntries, Refusal(HostileFiles.WithManyEntries(s_word.Value, s_defaults.MaxWordEntries)).Code);

    [Fact]
    public void Read_WordFileWithMacros_IsRefused() => Assert.Equal(ImportFileCodes.WordMacros, Refusal(HostileFiles.WithMacros(s_word.Value)).Code);

    [Fact]
    public void Read_WordFileWithAnExternalTemplate_IsRefused()
    {
        var content = UnWordLayout.Build(SeedFile.Parse(), main => main.AddExternalRelationship(
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate", new Uri("http://template.example/normal.dotm")));

        var refusal = Refusal(content);

        Assert.Equal(ImportFileCodes.WordExternalRelationship, refusal.Code);
        Assert.Contains("template.example", refusal.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedWordFile_IsRefusedAsDamaged() => Assert.Equal(ImportFileCodes.WordCorrupt, Refusal(HostileFiles.Truncated(s_word.Value)).Code);

    [Fact]
    public void Read_PdfWithoutASymbolInItsName_IsRefusedAskingForTheSymbol() =>
        Assert.Equal(ImportFileCodes.NoSymbol, Refusal(s_pdf.Value, name: "upload.pdf").Code);
}
