using NormsPortal.Data.Model;

namespace NormsPortal.Data.Reuse;

/// <summary>
/// A provider's faster way to append reuse index rows in the context's current transaction. An import
/// writes tens of rows per paragraph (3.9 million on the <c>ga-en</c> corpus); PostgreSQL's binary
/// <c>COPY</c> skips the statement text and the parameter per value of the general multi-row insert
/// (<c>RowInserter</c>); SQLite writes a row per paragraph into an FTS5 table of its own instead of the table
/// (<see cref="IReuseShingleLookup"/>). Set by the provider project (<see cref="ReuseShingleWriterExtension"/>).
/// </summary>
public interface IReuseShingleWriter
{
    /// <summary>Appends <paramref name="rows"/> to the reuse index in the context's current transaction.</summary>
    Task WriteAsync(PortalDbContext db, IReadOnlyList<ReuseShingle> rows, CancellationToken cancellationToken);
}
