using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class TrackConfiguration : IEntityTypeConfiguration<Track>
{
    public void Configure(EntityTypeBuilder<Track> builder)
    {
        builder.ConfigureAudit();
        builder.Property(t => t.Key).HasMaxLength(64);
        builder.HasIndex(t => t.Key).IsUnique();
        builder.Property(t => t.Title).HasMaxLength(1024);
        builder.HasMany(t => t.Members).WithOne().HasForeignKey(m => m.TrackId).OnDelete(DeleteBehavior.Cascade);
    }
}
