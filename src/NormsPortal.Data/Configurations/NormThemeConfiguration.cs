using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class NormThemeConfiguration : IEntityTypeConfiguration<NormTheme>
{
    public void Configure(EntityTypeBuilder<NormTheme> builder)
    {
        builder.ToTable("NormThemes");
        builder.Property(t => t.Text).HasMaxLength(NormTheme.MaxLength);
    }
}
