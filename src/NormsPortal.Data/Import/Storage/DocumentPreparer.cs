namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// Prepares the documents of a batch (<see cref="PreparedDocument.PrepareAll"/>) on a thread of its own, in order, at
/// most <see cref="Lookahead"/> documents ahead of the one being written, so that a document's analysis runs on the
/// second core while the one before it is written instead of inside its own transaction. The writer still
/// writes one document after the other, each in its own transaction: it only finds the work done. A document the
/// writer has passed already is skipped, and while the writer meets unchanged documents (which need no analysis, a
/// re-import) nothing is prepared: the writer computes what a changed one needs itself, as a single import does.
/// </summary>
internal sealed class DocumentPreparer : IAsyncDisposable
{
    /// <summary>Enough that the writer seldom waits, few enough that a stopped batch wastes little.</summary>
    private const int Lookahead = 4;

    private readonly SemaphoreSlim _room = new(Lookahead);
    private readonly CancellationTokenSource _stop;
    private readonly Task _running;
    private int _written;
    private volatile bool _lastWrittenChanged = true;

    public DocumentPreparer(IReadOnlyList<PreparedDocument> documents, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _running = Task.Run(() => PrepareAsync(documents, _stop.Token), CancellationToken.None);
    }

    /// <summary>The writer is done with one more document, changed or not: the preparer may go one further.</summary>
    public void Written(bool changed)
    {
        _lastWrittenChanged = changed;
        Interlocked.Increment(ref _written);
        _room.Release();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopped with the batch, as asked.
        }

        _stop.Dispose();
        _room.Dispose();
    }

    private async Task PrepareAsync(IReadOnlyList<PreparedDocument> documents, CancellationToken cancellationToken)
    {
        for (var next = 0; next < documents.Count; next++)
        {
            // One place of room per document considered, one given back per document written.
            await _room.WaitAsync(cancellationToken);
            if (next < Volatile.Read(ref _written) || !_lastWrittenChanged)
            {
                continue;
            }

            try
            {
                documents[next].PrepareAll();
            }
            catch (Exception)
            {
                // Kept in the document's part: the writer meets it again, in that document's transaction.
            }
        }
    }
}
