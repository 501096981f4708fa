namespace NormsPortal.Data.Model;

/// <summary>
/// One row of the reuse index: a paragraph (its <see cref="SearchEntry"/>) holds the word five-gram
/// whose hash is <see cref="Hash"/>. Each paragraph holds each of its five-grams once. The hash is of the
/// search analyser's terms and the language (<c>ReuseShingles</c>), so both databases index the same units
/// and a language only ever meets its own. Written with the paragraph's search row, in its transaction,
/// and deleted with it (a trigger on the search rows): no writer writes these rows (<c>ReuseIndexer</c>).
/// SQLite keeps the same pairs in an FTS5 table of its own instead (<c>SqliteReuseIndex</c>), its table empty.
/// </summary>
public sealed class ReuseShingle
{
    public long Hash { get; set; }

    /// <summary>The paragraph's <see cref="SearchEntry.Id"/>: it carries the work and the language (<c>SearchEntryKey</c>).</summary>
    public long EntryId { get; set; }
}
