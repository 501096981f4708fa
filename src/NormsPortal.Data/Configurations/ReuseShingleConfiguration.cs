using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

/// <summary>
/// The reuse index: keyed by hash first, so the document frequency of a five-gram and the paragraphs
/// holding it are one range of the key; the entry index serves the cascade and the check of a candidate's
/// other five-grams.
/// </summary>
internal sealed class ReuseShingleConfiguration : IEntityTypeConfiguration<ReuseShingle>
{
    public void Configure(EntityTypeBuilder<ReuseShingle> builder)
    {
        builder.HasKey(s => new { s.Hash, s.EntryId });
        builder.HasIndex(s => s.EntryId);
        builder.HasOne<SearchEntry>().WithMany().HasForeignKey(s => s.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}
