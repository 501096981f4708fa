using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Files;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.UnText;
using NormsPortal.TestSupport.Import;
using NormsPortal.UnitTests.Import.UnText;

namespace NormsPortal.UnitTests.Import.Files;

/// <summary>The seed draft set as the UN's PDF (<see cref="UnPdfLayout"/>) reads as the seed's own extraction does.</summary>
public sealed class ImportFileReaderPdfTests
{
    private const string PdfName = "A_C.1_73_L.27_Rev.1.pdf";

    private static readonly ParsedDocument s_seed = SeedFile.Parse();
    private static readonly Lazy<ImportFileResult> s_pdf = new(() =>
        ImportFileReader.Read(UnPdfLayout.Build(SeedFile.ReadText(), s_seed.Symbol, "18-18962"), new ImportFileRequest(PdfName), new ImportFileLimits()));

    [Fact]
    public void Read_SeedAsUnPdf_IsReadAsPdfFromItsContent()
    {
        var result = s_pdf.Value;

        Assert.True(result.Succeeded, string.Join("\n", result.AllMessages()));
        Assert.Equal(ImportFileFormat.Pdf, result.Format);
        var document = Assert.Single(result.Documents);
        Assert.Equal("pdf", document.SourceFormat);
        Assert.Equal(PdfName, document.SourceName);
        Assert.Equal("A/C.1/73/L.27/Rev.1", document.Symbol);
        Assert.Equal("UN document A/C.1/73/L.27/Rev.1 (its PDF), English", document.CitedSource);
    }

    [Fact]
    public void Read_SeedAsUnPdf_ParsesToTheSeedTextsDocument()
    {
        var document = Assert.Single(s_pdf.Value.Documents);

        Assert.Equal(ParsedDocumentComparison.Content(s_seed), ParsedDocumentComparison.Content(document));
    }

    [Fact]
    public void Read_SeedAsUnPdf_FindsTheSeedTextsCrossReferences()
    {
        var finder = new CrossReferenceFinder();
        var document = Assert.Single(s_pdf.Value.Documents);

        Assert.NotEmpty(finder.Find(s_seed));
        Assert.Equal(finder.Find(s_seed), finder.Find(document));
    }

    [Fact]
    public void Read_SeedAsUnPdf_ReportsThePageFurnitureRemovedAndThePagesJoined()
    {
        var document = Assert.Single(s_pdf.Value.Documents);
        var codes = document.Messages.Where(m => m.Severity == ImportSeverity.Repair).Select(m => m.Code).ToHashSet();

        Assert.Contains(UnTextMessageCodes.PageResidue, codes);
        Assert.Contains(UnTextMessageCodes.PageJoin, codes);
        Assert.Contains(UnTextMessageCodes.HyphenSpace, codes);
        Assert.Equal(s_seed.Messages.Where(m => m.Severity != ImportSeverity.Repair), document.Messages.Where(m => m.Severity != ImportSeverity.Repair));
    }
}
