using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class TrackMemberConfiguration : IEntityTypeConfiguration<TrackMember>
{
    public void Configure(EntityTypeBuilder<TrackMember> builder)
    {
        builder.Property(m => m.WorkSymbol).HasMaxLength(Lengths.Symbol);
        builder.HasIndex(m => new { m.TrackId, m.WorkSymbol }).IsUnique();
        builder.HasIndex(m => m.WorkSymbol);
    }
}
