using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class WorkConfiguration : IEntityTypeConfiguration<Work>
{
    public void Configure(EntityTypeBuilder<Work> builder)
    {
        builder.ConfigureAudit();
        builder.Property(w => w.Symbol).HasMaxLength(Lengths.Symbol);
        builder.HasIndex(w => w.Symbol).IsUnique();
        builder.Property(w => w.Body).HasMaxLength(Lengths.Label);
        builder.Property(w => w.Committee).HasMaxLength(Lengths.Label);
        builder.Property(w => w.Title).HasMaxLength(1024);
        builder.Property(w => w.OfficialUrl).HasMaxLength(Lengths.Url);
        builder.Property(w => w.AknWorkIri).HasMaxLength(Lengths.Url);
        builder.HasIndex(w => w.Session);
        builder.HasIndex(w => w.Date);
        builder.HasIndex(w => w.Kind);
        builder.HasMany(w => w.Facts).WithOne(f => f.Work).HasForeignKey(f => f.WorkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(w => w.Expressions).WithOne(e => e.Work).HasForeignKey(e => e.WorkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(w => w.Votes).WithOne(v => v.Work).HasForeignKey(v => v.WorkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(w => w.Sponsors).WithOne().HasForeignKey(s => s.WorkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(w => w.Relations).WithOne().HasForeignKey(r => r.SourceWorkId).OnDelete(DeleteBehavior.Cascade);
    }
}
