using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class ShippedCorpusLoadConfiguration : IEntityTypeConfiguration<ShippedCorpusLoad>
{
    public void Configure(EntityTypeBuilder<ShippedCorpusLoad> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Fingerprint).HasMaxLength(ShippedCorpusLoad.FingerprintLength);
    }
}
