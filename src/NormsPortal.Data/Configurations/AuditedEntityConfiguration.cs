using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

/// <summary>The version column every audited entity uses as its concurrency token.</summary>
internal static class AuditedEntityConfiguration
{
    public static void ConfigureAudit<T>(this EntityTypeBuilder<T> builder)
        where T : class, IAuditedEntity
    {
        builder.Property(e => e.Version).IsConcurrencyToken();
    }
}
