using NormsPortal.Data.Model;

namespace NormsPortal.Data.Reuse;

/// <summary>
/// A provider's faster way to append reuse index rows in the context's current transaction. An import
/// writes tens of rows per paragraph (3.9 million on the <c>ga-en</c> corpus); PostgreSQL's binary
/// <c>COPY</c> skips the statement text and the parameter per value of the general multi-row insert
/// (<c>RowInserter</c>), which SQLite keeps: one prepared single-row statement per row measured slower there.
/// Set by the provider project (<see cref="ReuseShingleWriterExtension"/>).
/// </summary>
public interface IReuseShingleWriter
{
    /// <summary>Appends <paramref name="rows"/> to the reuse index in the context's current transaction.</summary>
    Task WriteAsync(PortalDbContext db, IReadOnlyList<ReuseShingle> rows, CancellationToken cancellationToken);
}
