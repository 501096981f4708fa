using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class NormStepReviewConfiguration : IEntityTypeConfiguration<NormStepReview>
{
    public void Configure(EntityTypeBuilder<NormStepReview> builder)
    {
        builder.Property(r => r.Symbol).HasMaxLength(Lengths.Symbol);
        builder.Property(r => r.Anchor).HasMaxLength(Lengths.Anchor);
        builder.Property(r => r.Decision).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ReviewedBy).HasMaxLength(Lengths.Label);
        builder.HasIndex(r => new { r.NormId, r.Symbol, r.Anchor }).IsUnique();
    }
}
