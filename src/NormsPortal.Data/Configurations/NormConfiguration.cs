using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class NormConfiguration : IEntityTypeConfiguration<Norm>
{
    public void Configure(EntityTypeBuilder<Norm> builder)
    {
        builder.ConfigureAudit();
        builder.Property(n => n.Number).HasMaxLength(16);
        builder.HasIndex(n => n.Number).IsUnique();
        builder.Property(n => n.Label).HasMaxLength(Lengths.Label);
        builder.ComplexProperty(n => n.Statement, r => r.ConfigureTextReference());
        builder.HasMany(n => n.Counterparts).WithOne().HasForeignKey(c => c.NormId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Themes).WithOne().HasForeignKey(t => t.NormId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.Links).WithOne().HasForeignKey(l => l.NormId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(n => n.StepReviews).WithOne().HasForeignKey(r => r.NormId).OnDelete(DeleteBehavior.Cascade);
    }
}
