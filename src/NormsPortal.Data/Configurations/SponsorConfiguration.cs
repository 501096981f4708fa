using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class SponsorConfiguration : IEntityTypeConfiguration<Sponsor>
{
    public void Configure(EntityTypeBuilder<Sponsor> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(Lengths.Label);
        builder.Property(s => s.Source).HasMaxLength(Lengths.Source);
        builder.HasIndex(s => new { s.WorkId, s.Role, s.Name }).IsUnique();
    }
}
