using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.Web.Infrastructure.Corpus;

namespace NormsPortal.DatabaseTests.Corpus;

/// <summary>The <c>import</c> command on a folder with good and bad files, on both providers.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "normsportal-import-" + Guid.NewGuid().ToString("N"));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ImportCommandTests()
    {
        var ict = Path.Combine(AppContext.BaseDirectory, "SeedData", "akn", "ict");
        Directory.CreateDirectory(Path.Combine(_folder, "en"));
        Directory.CreateDirectory(Path.Combine(_folder, "fr"));
        File.Copy(Path.Combine(ict, "en", "A_RES_77_36.xml"), Path.Combine(_folder, "en", "A_RES_77_36.xml"));
        File.Copy(Path.Combine(ict, "fr", "A_RES_77_36.xml"), Path.Combine(_folder, "fr", "A_RES_77_36.xml"));
        File.WriteAllText(Path.Combine(_folder, "en", "truncated.xml"), "<akomaNtoso><act><meta>");
    }

    [Theory, DatabaseData]
    public async Task Import_FolderWithABrokenFile_StoresTheGoodOnesAndReportsTheBadOne(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        using var output = new StringWriter();

        var exitCode = await ImportCommand.RunAsync(portal.Services, [_folder], output, Cancel);

        var printed = output.ToString();
        Assert.Equal(1, exitCode);
        Assert.Contains("Imported 2, updated 0, unchanged 0, failed 1.", printed, StringComparison.Ordinal);
        Assert.Contains("truncated.xml", printed, StringComparison.Ordinal);
        await using var db = database.CreateContext();
        Assert.Equal(["en", "fr"], await db.Expressions.Where(e => e.Work.Symbol == "A/RES/77/36").Select(e => e.Language).OrderBy(l => l).ToListAsync(Cancel));
        Assert.True(await db.Provisions.CountAsync(Cancel) > 20);
    }

    [Theory, DatabaseData]
    public async Task Import_SameFolderTwice_ReportsEverythingUnchanged(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = new PortalFactory(database.Provider.Name, database.ConnectionString);
        File.Delete(Path.Combine(_folder, "en", "truncated.xml"));
        await ImportCommand.RunAsync(portal.Services, [_folder], TextWriter.Null, Cancel);
        using var output = new StringWriter();

        var exitCode = await ImportCommand.RunAsync(portal.Services, [_folder], output, Cancel);

        Assert.Equal(0, exitCode);
        Assert.Contains("Imported 0, updated 0, unchanged 2, failed 0.", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_NoPath_PrintsUsage()
    {
        using var output = new StringWriter();

        var exitCode = await ImportCommand.RunAsync(new ServiceCollection().BuildServiceProvider(), [], output, Cancel);

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Usage: import", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
