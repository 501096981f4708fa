using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class NormCounterpartConfiguration : IEntityTypeConfiguration<NormCounterpart>
{
    public void Configure(EntityTypeBuilder<NormCounterpart> builder)
    {
        builder.ComplexProperty(c => c.Target, r => r.ConfigureTextReference());
        builder.Property(c => c.Citation).HasMaxLength(Lengths.Label);
        builder.Property(c => c.Note).HasMaxLength(1024);
    }
}
