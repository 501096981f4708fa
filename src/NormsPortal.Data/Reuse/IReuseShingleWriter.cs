using NormsPortal.Data.Model;
using NormsPortal.Data.Providers;

namespace NormsPortal.Data.Reuse;

/// <summary>
/// A provider's own way to append reuse index rows in the context's current transaction. An import
/// writes tens of rows per paragraph (3.9 million on the <c>ga-en</c> corpus); SQLite writes a row per
/// paragraph into an FTS5 table of its own instead of the table (<see cref="IReuseShingleLookup"/>). Without one
/// the rows go to the <c>ReuseShingles</c> table through <c>RowInserter</c> (binary <c>COPY</c> on PostgreSQL).
/// Set by the provider project (<see cref="ProviderWriters"/>).
/// </summary>
public interface IReuseShingleWriter
{
    /// <summary>Appends <paramref name="rows"/> to the reuse index in the context's current transaction.</summary>
    Task WriteAsync(PortalDbContext db, IReadOnlyList<ReuseShingle> rows, CancellationToken cancellationToken);
}
