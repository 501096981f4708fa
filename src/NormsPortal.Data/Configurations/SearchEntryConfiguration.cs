using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

/// <summary>
/// The search index's content table. The full-text structures over <see cref="SearchEntry.Terms"/>
/// (FTS5 table and triggers on SQLite, a <c>tsvector</c> table with its GIN index and triggers on
/// PostgreSQL) are created by each provider's migrations, outside the EF model.
/// </summary>
internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        // The indexer packs the work and the language into the id (SearchEntryKey), so the database generates none.
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Language).HasMaxLength(Lengths.Language);
        builder.Property(e => e.Anchor).HasMaxLength(Lengths.Anchor);
        builder.HasIndex(e => e.WorkId);
        builder.HasIndex(e => e.ProvisionId);
        builder.HasOne<Work>().WithMany().HasForeignKey(e => e.WorkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Provision>().WithMany().HasForeignKey(e => e.ProvisionId).OnDelete(DeleteBehavior.Cascade);
    }
}
