using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Symbols;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// Writes parsed documents into the database, one transaction per document: a document that
/// fails leaves the database as it was and is reported, and a batch goes on with the next one.
/// A document whose content hash matches the stored one is <see cref="ImportOutcome.Unchanged"/>
/// and writes nothing. The rules for facts, languages and relations are in README.md beside this file.
/// </summary>
/// <param name="contexts">A fresh context per document keeps change tracking small and a failure contained.</param>
/// <param name="crossReferenceFinder">When given, each stored text's cross-references are replaced by what it finds.</param>
/// <param name="time">The clock for fact history; the system clock when not given.</param>
public sealed class DocumentImporter(
    IDbContextFactory<PortalDbContext> contexts, ICrossReferenceFinder? crossReferenceFinder = null, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public Task<DocumentImportResult> ImportAsync(ParsedDocument document, ImportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ImportAsync(new PreparedDocument(document, options, crossReferenceFinder), cancellationToken);
    }

    /// <summary>Imports the documents in order, each in its own transaction; a failure is counted and the next goes on.</summary>
    public Task<ImportSummary> ImportManyAsync(
        IEnumerable<ParsedDocument> documents, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return ImportManyAsync(documents.Select(d => new ImportRequest(d)), progress, cancellationToken);
    }

    /// <summary>
    /// Imports the documents in order, each with its own options and in its own transaction. What a document's import
    /// computes without the database is done for the next few documents on another thread while one is written
    /// (<see cref="DocumentPreparer"/>); the writes, their order and the results are those of one document after the other.
    /// The provider's full-text indexes merge their segments once after the batch rather than as each document adds
    /// one (<see cref="DeferredIndexMerging"/>).
    /// </summary>
    public async Task<ImportSummary> ImportManyAsync(
        IEnumerable<ImportRequest> requests, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var documents = requests.Select(r => new PreparedDocument(r.Document, r.Options, crossReferenceFinder)).ToList();
        var summary = new ImportSummary();
        await using var merging = await DeferredIndexMerging.BeginAsync(contexts, cancellationToken);
        await using var preparer = new DocumentPreparer(documents, cancellationToken);
        foreach (var document in documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = await ImportAsync(document, cancellationToken);
            preparer.Written(changed: result.Outcome != ImportOutcome.Unchanged);
            summary.Add(result);
            progress?.Report(new ImportProgress(summary.Total, result));
        }

        return summary;
    }

    private async Task<DocumentImportResult> ImportAsync(PreparedDocument prepared, CancellationToken cancellationToken)
    {
        var document = prepared.Document;
        var options = prepared.Options;
        if (prepared.Problems.Count > 0)
        {
            return DocumentImportResult.For(document, ImportOutcome.Failed, prepared.Problems);
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            // With retry on failure (Npgsql) a transaction must run inside the execution strategy,
            // which repeats the whole document on a transient error.
            var strategy = db.Database.CreateExecutionStrategy();
            return await strategy.ExecuteAsync(
                async token =>
                {
                    db.ChangeTracker.Clear();
                    var now = _time.GetUtcNow().UtcDateTime;
                    var writer = new DocumentWriter(db, prepared, now);
                    await using var transaction = await db.Database.BeginTransactionAsync(token);
                    var symbols = TextSymbols(document, options);
                    var annotations = await AnnotationFollower.CaptureAsync(db, symbols, document.Language, token);
                    var bookmarks = options.Preview ? await BookmarkImpact.CaptureAsync(db, symbols, token) : null;
                    var outcome = await writer.StageAsync(token);
                    IReadOnlyList<ImportMessage> followed = [];
                    var bookmarksLost = 0;
                    if (outcome != ImportOutcome.Unchanged)
                    {
                        // The save and the bulk inserts write the search index rows too, in this transaction.
                        await db.SaveChangesAsync(token);
                        await writer.WriteRowsAfterSaveAsync(token);
                        followed = await annotations.FollowAsync(db, now, token);
                        bookmarksLost = bookmarks is null ? 0 : await bookmarks.CountLostAsync(db, token);
                        if (options.Preview)
                        {
                            await transaction.RollbackAsync(token);
                        }
                        else
                        {
                            await transaction.CommitAsync(token);
                        }
                    }

                    return DocumentImportResult.For(document, outcome, [.. writer.Messages, .. followed]) with { BookmarksLost = bookmarksLost };
                },
                cancellationToken);
        }
        // Whatever goes wrong with one document (a constraint, a finder's bug) is that document's
        // failure: its transaction is gone, and a batch goes on. Cancellation is not a failure.
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var reason = new ImportMessage(ImportSeverity.Error, ImportCodes.StoreFailed, Describe(exception), document.SourceName);
            return DocumentImportResult.For(document, ImportOutcome.Failed, [reason]);
        }
    }

    /// <summary>The works whose text in the document's language the import replaces: its own, and the one it is the text of.</summary>
    private static List<string> TextSymbols(ParsedDocument document, ImportOptions options) =>
        options.TextOf is { } target ? [UnSymbol.Normalise(document.Symbol), UnSymbol.Normalise(target.Symbol)] : [UnSymbol.Normalise(document.Symbol)];

    // EF Core wraps the database's words ("duplicate key value violates …") in its own.
    private static string Describe(Exception exception) =>
        $"{exception.GetType().Name}: {exception.GetBaseException().Message}";
}
