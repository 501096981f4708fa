using NormsPortal.Data.Model;

namespace NormsPortal.Data.Reuse;

/// <summary>
/// A provider's fastest way to append reuse index rows in the context's current transaction. An import
/// writes tens of rows per paragraph (3.9 million on the <c>ga-en</c> corpus), so the general multi-row
/// insert's statement building and per-value parameters are a measurable share of the import; each provider
/// has a cheaper path (PostgreSQL's binary <c>COPY</c>, one prepared SQLite statement).
/// Set by the provider project (<see cref="ReuseShingleWriterExtension"/>).
/// </summary>
public interface IReuseShingleWriter
{
    /// <summary>Appends <paramref name="rows"/> to the reuse index in the context's current transaction.</summary>
    Task WriteAsync(PortalDbContext db, IReadOnlyList<ReuseShingle> rows, CancellationToken cancellationToken);
}
