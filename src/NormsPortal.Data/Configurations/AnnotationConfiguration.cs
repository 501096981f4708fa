using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Library;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class AnnotationConfiguration : IEntityTypeConfiguration<Annotation>
{
    public void Configure(EntityTypeBuilder<Annotation> builder)
    {
        builder.ConfigureAudit();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.NormNumber).HasMaxLength(16);
        builder.Property(a => a.Symbol).HasMaxLength(Lengths.Symbol);
        builder.Property(a => a.Anchor).HasMaxLength(Lengths.Anchor);
        builder.Property(a => a.Quote).HasMaxLength(BookmarkTarget.MaxQuoteLength);
        builder.Property(a => a.Prefix).HasMaxLength(BookmarkTarget.MaxContextLength);
        builder.Property(a => a.Suffix).HasMaxLength(BookmarkTarget.MaxContextLength);
        builder.Property(a => a.Body).HasMaxLength(Annotation.MaxBodyLength);
        builder.Property(a => a.CreatedBy).HasMaxLength(Lengths.Label);
        // Pages and the API ask for the annotations of a norm, or of a work's paragraph.
        builder.HasIndex(a => a.NormNumber);
        builder.HasIndex(a => new { a.Symbol, a.Anchor });
        builder.HasMany(a => a.Revisions).WithOne().HasForeignKey(r => r.AnnotationId).OnDelete(DeleteBehavior.Cascade);
    }
}
