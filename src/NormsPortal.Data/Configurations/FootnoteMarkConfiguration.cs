using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class FootnoteMarkConfiguration : IEntityTypeConfiguration<FootnoteMark>
{
    public void Configure(EntityTypeBuilder<FootnoteMark> builder) =>
        builder.Property(m => m.FootnoteAnchor).HasMaxLength(Lengths.Anchor);
}
