using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class VoteConfiguration : IEntityTypeConfiguration<Vote>
{
    public void Configure(EntityTypeBuilder<Vote> builder)
    {
        builder.ConfigureAudit();
        builder.Property(v => v.SubjectDetail).HasMaxLength(Lengths.Symbol);
        builder.Property(v => v.Meeting).HasMaxLength(Lengths.Label);
        builder.Property(v => v.Source).HasMaxLength(Lengths.Source);
        builder.HasIndex(v => new { v.WorkId, v.Stage });
        builder.HasMany(v => v.CountryVotes).WithOne().HasForeignKey(c => c.VoteId).OnDelete(DeleteBehavior.Cascade);
    }
}
