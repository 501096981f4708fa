using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class ExpressionConfiguration : IEntityTypeConfiguration<Expression>
{
    public void Configure(EntityTypeBuilder<Expression> builder)
    {
        builder.ConfigureAudit();
        builder.Property(e => e.Language).HasMaxLength(Lengths.Language);
        builder.Property(e => e.Source).HasMaxLength(Lengths.Source);
        builder.Property(e => e.SourceFormat).HasMaxLength(16);
        builder.Property(e => e.TextOfSymbol).HasMaxLength(Lengths.Symbol);
        builder.Property(e => e.ContentHash).HasMaxLength(64);
        builder.HasIndex(e => new { e.WorkId, e.Language }).IsUnique();
        builder.HasMany(e => e.Provisions).WithOne(p => p.Expression).HasForeignKey(p => p.ExpressionId).OnDelete(DeleteBehavior.Cascade);
    }
}
