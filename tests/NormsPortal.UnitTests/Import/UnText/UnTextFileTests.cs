using NormsPortal.Data.Import.UnText;

namespace NormsPortal.UnitTests.Import.UnText;

public sealed class UnTextFileTests
{
    [Fact]
    public async Task ParseAsync_SeedFile_TakesTheSymbolFromTheFileName()
    {
        var document = await UnTextFile.ParseAsync(SeedFile.FullPath, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("A/C.1/73/L.27/Rev.1", document.Symbol);
        Assert.Equal(SeedDraftExpectation.FileName, document.SourceName);
        Assert.Equal(46, document.Provisions.Sum(p => p.SelfAndDescendants().Count()));
    }

    [Fact]
    public async Task ParseAsync_GivenSymbol_UsesIt()
    {
        var document = await UnTextFile.ParseAsync(SeedFile.FullPath, "A/C.1/73/L.27/Rev.1", cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("A/C.1/73/L.27/Rev.1", document.Symbol);
        Assert.Equal(73, document.Session);
    }
}
