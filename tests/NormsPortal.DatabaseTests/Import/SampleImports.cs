using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.Storage;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Import;

/// <summary>Imports sample documents through the real importer, failing the test when an import fails.</summary>
internal static class SampleImports
{
    public static Task ImportAsync(TestDatabase database, ParsedDocument document) => ImportAsync(new TestContextFactory(database), document);

    /// <summary>A resolution titled "Marsupials" holding <paramref name="paragraphs"/> as operative paragraphs op1, op2 …</summary>
    public static Task ImportParagraphsAsync(TestDatabase database, string symbol, string language, params string[] paragraphs) =>
        ImportParagraphsAsync(new TestContextFactory(database), symbol, language, paragraphs);

    /// <summary>The same through <paramref name="contexts"/> (contexts set up other than the provider sets them).</summary>
    public static Task ImportParagraphsAsync(IDbContextFactory<PortalDbContext> contexts, string symbol, string language, params string[] paragraphs) =>
        ImportAsync(contexts, SampleDocuments.WithParagraphs(symbol, language, "Marsupials", paragraphs));

    private static async Task ImportAsync(IDbContextFactory<PortalDbContext> contexts, ParsedDocument document)
    {
        var result = await new DocumentImporter(contexts).ImportAsync(document, cancellationToken: TestContext.Current.CancellationToken);
        Assert.NotEqual(ImportOutcome.Failed, result.Outcome);
    }
}
