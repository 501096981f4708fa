using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Library;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class FolderConfiguration : IEntityTypeConfiguration<Folder>
{
    public void Configure(EntityTypeBuilder<Folder> builder)
    {
        // The schema says what readers call them.
        builder.ToTable("Collections");
        builder.ConfigureAudit();
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Name).HasMaxLength(BookmarkTarget.MaxCollectionNameLength);
        builder.Property(c => c.Description).HasMaxLength(BookmarkTarget.MaxCollectionDescriptionLength);
        builder.HasIndex(c => new { c.OwnerId, c.Order });
        builder.HasMany(c => c.Bookmarks).WithOne(b => b.Folder).HasForeignKey(b => b.FolderId).OnDelete(DeleteBehavior.Cascade);
    }
}
