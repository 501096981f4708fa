using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

/// <summary>Maps a <see cref="TextReference"/> to three columns of its owner's table.</summary>
internal static class TextReferenceConfiguration
{
    public static void ConfigureTextReference(this ComplexPropertyBuilder<TextReference> reference)
    {
        reference.Property(r => r.Symbol).HasMaxLength(Lengths.Symbol);
        reference.Property(r => r.Anchor).HasMaxLength(Lengths.Anchor);
    }
}
