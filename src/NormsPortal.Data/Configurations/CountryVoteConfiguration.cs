using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class CountryVoteConfiguration : IEntityTypeConfiguration<CountryVote>
{
    public void Configure(EntityTypeBuilder<CountryVote> builder)
    {
        builder.Property(c => c.CountryCode).HasMaxLength(8);
        builder.Property(c => c.CountryName).HasMaxLength(Lengths.Label);
        builder.HasIndex(c => new { c.VoteId, c.CountryName }).IsUnique();
    }
}
