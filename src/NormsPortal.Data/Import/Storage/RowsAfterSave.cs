namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// Writes queued while a document is staged that need ids the database assigns on save (a new
/// expression's id for its provisions, a new vote's for the States' votes). The importer runs
/// them after <c>SaveChanges</c>, in the same transaction, in the order they were queued.
/// </summary>
internal sealed class RowsAfterSave
{
    private readonly List<Func<CancellationToken, Task>> _writes = [];

    public void Add(Func<CancellationToken, Task> write) => _writes.Add(write);

    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        foreach (var write in _writes)
        {
            await write(cancellationToken);
        }
    }
}
