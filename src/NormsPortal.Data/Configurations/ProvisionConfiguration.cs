using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class ProvisionConfiguration : IEntityTypeConfiguration<Provision>
{
    public void Configure(EntityTypeBuilder<Provision> builder)
    {
        builder.Property(p => p.Number).HasMaxLength(32);
        builder.Property(p => p.Anchor).HasMaxLength(Lengths.Anchor);
        builder.HasIndex(p => new { p.ExpressionId, p.Anchor }).IsUnique();
        builder.HasIndex(p => new { p.ExpressionId, p.Ordinal });
        // Children go with their expression; deleting a parent alone is not something the portal does.
        builder.HasOne(p => p.Parent).WithMany(p => p.Children).HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.FootnoteMarks).WithOne().HasForeignKey(m => m.ProvisionId).OnDelete(DeleteBehavior.Cascade);
    }
}
