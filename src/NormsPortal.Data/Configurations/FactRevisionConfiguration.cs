using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class FactRevisionConfiguration : IEntityTypeConfiguration<FactRevision>
{
    public void Configure(EntityTypeBuilder<FactRevision> builder)
    {
        builder.Property(r => r.OldSource).HasMaxLength(Lengths.Source);
        builder.Property(r => r.NewSource).HasMaxLength(Lengths.Source);
        builder.Property(r => r.RevisedBy).HasMaxLength(Lengths.Label);
    }
}
