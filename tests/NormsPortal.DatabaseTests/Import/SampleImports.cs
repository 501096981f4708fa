using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.Storage;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Import;

/// <summary>Imports sample documents through the real importer, failing the test when an import fails.</summary>
internal static class SampleImports
{
    public static async Task ImportAsync(TestDatabase database, ParsedDocument document)
    {
        var result = await new DocumentImporter(new TestContextFactory(database)).ImportAsync(document, cancellationToken: TestContext.Current.CancellationToken);
        Assert.NotEqual(ImportOutcome.Failed, result.Outcome);
    }

    /// <summary>A resolution titled "Marsupials" holding <paramref name="paragraphs"/> as operative paragraphs op1, op2 …</summary>
    public static Task ImportParagraphsAsync(TestDatabase database, string symbol, string language, params string[] paragraphs) =>
        ImportAsync(database, SampleDocuments.WithParagraphs(symbol, language, "Marsupials", paragraphs));
}
