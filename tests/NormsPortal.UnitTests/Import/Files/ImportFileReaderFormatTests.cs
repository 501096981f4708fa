using NormsPortal.Data.Import.Files;
using NormsPortal.UnitTests.Import.UnText;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NormsPortal.UnitTests.Import.Files;

/// <summary>The reader goes by a file's content, not its name, and reads a PDF's lines in the order they are meant to be read.</summary>
public sealed class ImportFileReaderFormatTests
{
    private static readonly ImportFileLimits s_limits = new();

    [Fact]
    public void Read_UnTextNamedAsPdf_IsReadAsUnText()
    {
        var content = File.ReadAllBytes(SeedFile.FullPath);

        var result = ImportFileReader.Read(content, new ImportFileRequest("A_C.1_73_L.27_Rev.1.pdf"), s_limits);

        Assert.Equal(ImportFileFormat.UnText, result.Format);
        Assert.Equal(ParsedDocumentComparison.Content(SeedFile.Parse()), ParsedDocumentComparison.Content(Assert.Single(result.Documents)));
    }

    [Fact]
    public void Read_XmlNamedAsText_IsReadAsAkomaNtoso()
    {
        var result = ImportFileReader.Read("\uFEFF  <?xml version=\"1.0\"?><html/>"u8.ToArray(), new ImportFileRequest("A_RES_99_1.txt"), s_limits);

        Assert.Equal(ImportFileFormat.Akn, result.Format);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Read_GivenSymbol_OverridesTheFileName()
    {
        var content = File.ReadAllBytes(SeedFile.FullPath);

        var result = ImportFileReader.Read(content, new ImportFileRequest("upload.txt", " A/C.1/73/L.27/Rev.1 "), s_limits);

        Assert.Equal("A/C.1/73/L.27/Rev.1", Assert.Single(result.Documents).Symbol);
    }

    [Fact]
    public void Read_PdfWithATwoColumnList_ReadsDownTheLeftColumnThenTheRight()
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.TimesRoman);
        var page = builder.AddPage(PageSize.A4);
        var y = 770.0;
        void Line(string text, double x = 72, double gapBefore = 12)
        {
            y -= gapBefore;
            page.AddText(text, 10, new PdfPoint(x, y), font);
        }

        Line("First Committee", gapBefore: 0);
        Line("Agenda item 1");
        Line("A group of States", gapBefore: 24);
        Line("The General Assembly,", 108, 24);
        Line("1. Decides that the group shall be composed of:", 108);
        foreach (var (left, right) in new[] { ("Algeria", "Cuba"), ("Brazil", "Denmark"), ("Chile", "") })
        {
            Line(left);
            if (right.Length > 0)
            {
                page.AddText(right, 10, new PdfPoint(300, y), font);
            }
        }

        Line("2. Requests a report.", 108);

        var result = ImportFileReader.Read(builder.Build(), new ImportFileRequest("list.pdf", "A/C.1/99/L.1"), s_limits);

        var document = Assert.Single(result.Documents);
        Assert.Equal("A group of States", document.Title);
        Assert.Equal(["op1", "op2"], document.Provisions.Skip(1).Select(p => p.Anchor));
        Assert.Equal("Decides that the group shall be composed of: Algeria Brazil Chile Cuba Denmark", document.Provisions[1].Text);
    }
}
