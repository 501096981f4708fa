using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class FactConfiguration : IEntityTypeConfiguration<Fact>
{
    public void Configure(EntityTypeBuilder<Fact> builder)
    {
        builder.ConfigureAudit();
        builder.Property(f => f.Key).HasMaxLength(Fact.MaxKeyLength);
        builder.Property(f => f.Source).HasMaxLength(Fact.MaxSourceLength);
        // A work has one current value per key; earlier values live in the history.
        builder.HasIndex(f => new { f.WorkId, f.Key }).IsUnique();
        builder.HasMany(f => f.History).WithOne().HasForeignKey(r => r.FactId).OnDelete(DeleteBehavior.Cascade);
    }
}
