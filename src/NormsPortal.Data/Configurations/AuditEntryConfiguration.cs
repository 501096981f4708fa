using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Configurations;

/// <summary>
/// The audit log: no relationship to the users' table (the actor is a snapshot), and an index for
/// each filter of its page and endpoint, newest first.
/// </summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.Property(e => e.ActorId).HasMaxLength(AuditEntry.ActorIdLength);
        builder.Property(e => e.ActorEmail).HasMaxLength(AuditEntry.ActorEmailLength);
        builder.Property(e => e.Action).HasMaxLength(AuditEntry.ActionLength);
        builder.Property(e => e.Target).HasMaxLength(AuditEntry.TargetLength);
        builder.HasIndex(e => e.OccurredAt);
        builder.HasIndex(e => new { e.ActorId, e.OccurredAt });
        builder.HasIndex(e => new { e.Action, e.OccurredAt });
        builder.HasIndex(e => new { e.Target, e.OccurredAt });
    }
}
