using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Files;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.TestSupport.Import;
using NormsPortal.UnitTests.Import.UnText;

namespace NormsPortal.UnitTests.Import.Files;

/// <summary>The seed draft as a Word file (<see cref="UnWordLayout"/>) reads as the seed's own extraction does.</summary>
public sealed class ImportFileReaderWordTests
{
    private const string WordName = "A_C.1_73_L.27_Rev.1.docx";

    private static readonly ParsedDocument s_seed = SeedFile.Parse();

    private static ImportFileResult Read(byte[] content) => ImportFileReader.Read(content, new ImportFileRequest(WordName), new ImportFileLimits());

    [Fact]
    public void Read_SeedAsWordFile_ParsesToTheSeedTextsDocument()
    {
        var result = Read(UnWordLayout.Build(s_seed));

        Assert.True(result.Succeeded, string.Join("\n", result.AllMessages()));
        Assert.Equal(ImportFileFormat.Word, result.Format);
        var document = Assert.Single(result.Documents);
        Assert.Equal("docx", document.SourceFormat);
        Assert.Equal("UN document A/C.1/73/L.27/Rev.1 (its Word file), English", document.CitedSource);
        Assert.Equal(ParsedDocumentComparison.Content(s_seed), ParsedDocumentComparison.Content(document));
        Assert.Equal(new CrossReferenceFinder().Find(s_seed), new CrossReferenceFinder().Find(document));
    }

    [Fact]
    public void Read_WordFileWithHyperlinks_IsRead()
    {
        var content = UnWordLayout.Build(s_seed, main => main.AddHyperlinkRelationship(new Uri("https://undocs.org/A/70/174"), true));

        Assert.True(Read(content).Succeeded);
    }
}
