using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class AnnotationRevisionConfiguration : IEntityTypeConfiguration<AnnotationRevision>
{
    public void Configure(EntityTypeBuilder<AnnotationRevision> builder)
    {
        builder.Property(r => r.Body).HasMaxLength(Annotation.MaxBodyLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.SavedBy).HasMaxLength(Lengths.Label);
        builder.Property(r => r.SavedByName).HasMaxLength(Lengths.Label);
        // Two saves based on one version cannot both add the same revision number.
        builder.HasIndex(r => new { r.AnnotationId, r.Number }).IsUnique();
    }
}
