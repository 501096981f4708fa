using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Library;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

internal sealed class BookmarkTagConfiguration : IEntityTypeConfiguration<BookmarkTag>
{
    public void Configure(EntityTypeBuilder<BookmarkTag> builder)
    {
        builder.HasKey(t => new { t.BookmarkId, t.Name });
        builder.Property(t => t.Name).HasMaxLength(BookmarkTarget.MaxTagLength);
        // The library is filtered by tag.
        builder.HasIndex(t => t.Name);
    }
}
