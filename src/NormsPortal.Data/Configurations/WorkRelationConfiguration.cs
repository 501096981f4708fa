using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class WorkRelationConfiguration : IEntityTypeConfiguration<WorkRelation>
{
    public void Configure(EntityTypeBuilder<WorkRelation> builder)
    {
        builder.Property(r => r.TargetSymbol).HasMaxLength(Lengths.Symbol);
        builder.Property(r => r.Source).HasMaxLength(Lengths.Source);
        builder.HasIndex(r => new { r.SourceWorkId, r.Kind, r.TargetSymbol }).IsUnique();
        builder.HasIndex(r => r.TargetSymbol);
    }
}
