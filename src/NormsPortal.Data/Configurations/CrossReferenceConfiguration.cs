using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class CrossReferenceConfiguration : IEntityTypeConfiguration<CrossReference>
{
    public void Configure(EntityTypeBuilder<CrossReference> builder)
    {
        builder.HasOne(r => r.SourceWork).WithMany().HasForeignKey(r => r.SourceWorkId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.SourceLanguage).HasMaxLength(Lengths.Language);
        builder.Property(r => r.SourceAnchor).HasMaxLength(Lengths.Anchor);
        builder.Property(r => r.MatchedText).HasMaxLength(1024);
        builder.Property(r => r.TargetSymbol).HasMaxLength(Lengths.Symbol);
        builder.Property(r => r.TargetAnchor).HasMaxLength(Lengths.Anchor);
        // "Cited by" looks references up by their target.
        builder.HasIndex(r => new { r.TargetSymbol, r.TargetAnchor });
        builder.HasIndex(r => new { r.SourceWorkId, r.SourceLanguage, r.SourceAnchor });
    }
}
