using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.UnText;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport;
using NormsPortal.TestSupport.Import;
using NormsPortal.Web.Infrastructure.Corpus;

namespace NormsPortal.DatabaseTests.Corpus;

/// <summary>The <c>import</c> command on the UN's PDF of the seed draft and a damaged Word file, on both providers.</summary>
public sealed class ImportCommandFileFormatTests : IDisposable
{
    private const string SeedTextName = "A_C.1_73_L.27_Rev.1.txt";
    private const string Symbol = "A/C.1/73/L.27/Rev.1";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "normsportal-import-files-" + Guid.NewGuid().ToString("N"));
    private readonly string _seedText = File.ReadAllText(Path.Combine(SeedFiles.Directory, SeedTextName));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ImportCommandFileFormatTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllBytes(Path.Combine(_folder, "A_C.1_73_L.27_Rev.1.pdf"), UnPdfLayout.Build(_seedText, Symbol, "18-18962"));
        var word = UnWordLayout.Build(UnTextParser.Parse(_seedText, Symbol, SeedTextName));
        File.WriteAllBytes(Path.Combine(_folder, "A_C.1_73_L.27_Rev.1.docx"), word[..(word.Length / 2)]);
    }

    [Theory, DatabaseData]
    public async Task Import_FolderWithAPdfAndADamagedWordFile_StoresThePdfsParagraphsAndReportsTheWordFile(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var output = new StringWriter();

        var exitCode = await ImportCommand.RunAsync(portal.Services, [_folder], output, Cancel);

        var printed = output.ToString();
        Assert.Equal(1, exitCode);
        Assert.Contains("Imported 1, updated 0, unchanged 0, failed 1.", printed, StringComparison.Ordinal);
        Assert.Contains("A_C.1_73_L.27_Rev.1.docx is not a readable Word document", printed, StringComparison.Ordinal);
        var expected = UnTextParser.Parse(_seedText, Symbol, SeedTextName).AllProvisions().Select(p => p.Anchor).Order(StringComparer.Ordinal);
        await using var db = database.CreateContext();
        var expression = await db.Expressions.SingleAsync(e => e.Work.Symbol == Symbol, Cancel);
        Assert.Equal("pdf", expression.SourceFormat);
        var stored = await db.Provisions.Where(p => p.ExpressionId == expression.Id).Select(p => p.Anchor).ToListAsync(Cancel);
        Assert.Equal(expected, stored.Order(StringComparer.Ordinal));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
