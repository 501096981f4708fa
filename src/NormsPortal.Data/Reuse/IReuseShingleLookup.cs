namespace NormsPortal.Data.Reuse;

/// <summary>
/// The reads of a provider that keeps the reuse index in a structure of its own instead of the
/// <c>ReuseShingles</c> table (SQLite: an FTS5 table, whose segments take a document's rows in one sequential
/// write where the table's B-tree took a random page write per row). Implemented by the provider's
/// <see cref="IReuseShingleWriter"/>, which writes that structure; <see cref="ReuseFinder"/> and
/// <see cref="ReuseIndexer"/> read through it when the context's writer has it, and the table otherwise.
/// </summary>
public interface IReuseShingleLookup
{
    /// <summary>How many paragraphs hold each of <paramref name="hashes"/>; a five-gram none holds is absent.</summary>
    Task<Dictionary<long, int>> DocumentFrequencyAsync(PortalDbContext db, IReadOnlyCollection<long> hashes, CancellationToken cancellationToken);

    /// <summary>
    /// The paragraphs (search entry ids) holding at least one of <paramref name="any"/>, each with which of
    /// <paramref name="passage"/> it holds.
    /// </summary>
    Task<Dictionary<long, HashSet<long>>> HoldingAsync(
        PortalDbContext db, IReadOnlyCollection<long> any, IReadOnlySet<long> passage, CancellationToken cancellationToken);

    /// <summary>The search entry ids that have rows in the index, for a query to compose with.</summary>
    IQueryable<long> IndexedEntryIds(PortalDbContext db);
}
