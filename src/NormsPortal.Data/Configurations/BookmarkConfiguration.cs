using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Library;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class BookmarkConfiguration : IEntityTypeConfiguration<Bookmark>
{
    public void Configure(EntityTypeBuilder<Bookmark> builder)
    {
        builder.ConfigureAudit();
        // A user's library goes with the user, and nothing else does.
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(b => b.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(b => b.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.TargetKey).HasMaxLength(BookmarkTarget.MaxKeyLength);
        builder.HasIndex(b => new { b.OwnerId, b.TargetKey }).IsUnique();
        builder.Property(b => b.NormNumber).HasMaxLength(16);
        builder.Property(b => b.Symbol).HasMaxLength(Lengths.Symbol);
        builder.Property(b => b.Anchor).HasMaxLength(Lengths.Anchor);
        builder.Property(b => b.Quote).HasMaxLength(BookmarkTarget.MaxQuoteLength);
        builder.Property(b => b.Prefix).HasMaxLength(BookmarkTarget.MaxContextLength);
        builder.Property(b => b.Suffix).HasMaxLength(BookmarkTarget.MaxContextLength);
        builder.Property(b => b.Query).HasMaxLength(BookmarkTarget.MaxQueryLength);
        builder.Property(b => b.Filters).HasMaxLength(BookmarkTarget.MaxFiltersLength);
        builder.Property(b => b.Note).HasMaxLength(BookmarkTarget.MaxNoteLength);
        builder.HasMany(b => b.Tags).WithOne().HasForeignKey(t => t.BookmarkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(b => b.Folders).WithOne(c => c.Bookmark).HasForeignKey(c => c.BookmarkId).OnDelete(DeleteBehavior.Cascade);
    }
}
