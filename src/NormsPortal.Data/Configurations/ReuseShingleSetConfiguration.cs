using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

/// <summary>
/// The reuse index: a row per paragraph, keyed by its search entry and deleted with it. The hashes are a
/// <c>bigint[]</c> on PostgreSQL and JSON text on SQLite; the inverted index over them is each provider's
/// own, created by its migration (<c>PostgresReuseIndex</c>, <c>SqliteReuseIndex</c>).
/// </summary>
internal sealed class ReuseShingleSetConfiguration : IEntityTypeConfiguration<ReuseShingleSet>
{
    public void Configure(EntityTypeBuilder<ReuseShingleSet> builder)
    {
        builder.HasKey(s => s.EntryId);
        builder.Property(s => s.EntryId).ValueGeneratedNever();
        builder.HasOne<SearchEntry>().WithOne().HasForeignKey<ReuseShingleSet>(s => s.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
