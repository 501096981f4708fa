using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

/// <summary>
/// The reuse index's pending list: keyed by entry first, its one B-tree, so an import's rows (new entries,
/// numbered on from their text's highest id) go to its right end. No index by hash: the list is kept small
/// by the merge, and the finder reads it whole. No foreign key, as for <see cref="ReuseShingle"/>: the
/// providers' delete trigger on <c>SearchEntries</c> deletes an entry's rows from both tables.
/// </summary>
internal sealed class ReusePendingShingleConfiguration : IEntityTypeConfiguration<ReusePendingShingle>
{
    public void Configure(EntityTypeBuilder<ReusePendingShingle> builder) =>
        builder.HasKey(s => new { s.EntryId, s.Hash });
}
