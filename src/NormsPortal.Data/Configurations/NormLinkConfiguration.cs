using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Library;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class NormLinkConfiguration : IEntityTypeConfiguration<NormLink>
{
    public void Configure(EntityTypeBuilder<NormLink> builder)
    {
        builder.ConfigureAudit();
        builder.ComplexProperty(l => l.Target, r =>
        {
            r.ConfigureTextReference();
            r.Property(t => t.Quote).HasMaxLength(BookmarkTarget.MaxQuoteLength);
        });
        builder.Property(l => l.Relation).HasConversion<string>().HasMaxLength(16);
        builder.Property(l => l.Note).HasMaxLength(NormLink.MaxNoteLength);
        builder.Property(l => l.CreatedBy).HasMaxLength(Lengths.Label);
        builder.Property(l => l.UpdatedBy).HasMaxLength(Lengths.Label);
    }
}
