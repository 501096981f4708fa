using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class BookmarkInFolderConfiguration : IEntityTypeConfiguration<BookmarkInFolder>
{
    public void Configure(EntityTypeBuilder<BookmarkInFolder> builder)
    {
        builder.ToTable("BookmarkCollections");
        builder.HasKey(l => new { l.BookmarkId, l.FolderId });
        // A collection's bookmarks are listed by collection.
        builder.HasIndex(l => l.FolderId);
    }
}
