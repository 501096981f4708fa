namespace NormsPortal.Data.Model;

/// <summary>
/// One row of the reuse index: a paragraph (its <see cref="SearchEntry"/>) and the distinct hashes of its word
/// five-grams (<see cref="Hashes"/>). The hashes are of the search analyser's terms and the language
/// (<c>ReuseShingles</c>), so both databases index the same units and a language only ever meets its own.
/// Each provider keeps an inverted index over <see cref="Hashes"/> (an FTS5 table on SQLite, a GIN index on
/// PostgreSQL: <c>IReuseSqlDialect</c>), whose compressed posting lists answer which paragraphs hold a
/// five-gram. Written with the paragraph's search row, in its transaction, and deleted with it (cascade): no
/// writer writes these rows (<c>ReuseIndexer</c>).
/// </summary>
public sealed class ReuseShingleSet
{
    /// <summary>The paragraph's <see cref="SearchEntry.Id"/>: it carries the work and the language (<c>SearchEntryKey</c>).</summary>
    public long EntryId { get; set; }

    /// <summary>The distinct five-gram hashes of the paragraph, at least one.</summary>
    public long[] Hashes { get; set; } = [];
}
