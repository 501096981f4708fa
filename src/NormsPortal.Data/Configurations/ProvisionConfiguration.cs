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
        // Children go with their parent. Deleting a work or an expression deletes every provision in
        // one statement, and SQLite checks a restricting key row by row within it: a parent deleted
        // before its child would fail the delete.
        builder.HasOne(p => p.Parent).WithMany(p => p.Children).HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.FootnoteMarks).WithOne().HasForeignKey(m => m.ProvisionId).OnDelete(DeleteBehavior.Cascade);
    }
}
