using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

/// <summary>
/// The reuse index: keyed by hash first, so the document frequency of a five-gram and the paragraphs
/// holding it are one range of the key; the entry index serves the deletes and the check of a candidate's
/// other five-grams. No foreign key to <see cref="SearchEntry"/>: PostgreSQL checks one with a query per
/// inserted row, which cost as much as the inserts themselves (tens of rows per paragraph). Only
/// <c>ReuseIndexer</c> writes rows, for entries it has just inserted in the same transaction; each
/// provider's migration adds a trigger that deletes an entry's rows with it, as the cascade did
/// (<c>PostgresReuseIndexCleanup</c>). SQLite keeps the rows in an FTS5 table instead, with a trigger of its own
/// (<c>SqliteReuseIndex</c>); its table stays, empty.
/// </summary>
internal sealed class ReuseShingleConfiguration : IEntityTypeConfiguration<ReuseShingle>
{
    public void Configure(EntityTypeBuilder<ReuseShingle> builder)
    {
        builder.HasKey(s => new { s.Hash, s.EntryId });
        builder.HasIndex(s => s.EntryId);
    }
}
