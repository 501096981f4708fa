using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;

namespace NormsPortal.Data;

/// <summary>
/// The portal's one DbContext, Identity and Data Protection keys included. The provider projects
/// (SQLite, PostgreSQL) add their own migrations and model parts; nothing here knows which one runs.
/// </summary>
public class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<Work> Works => Set<Work>();

    public DbSet<Fact> Facts => Set<Fact>();

    public DbSet<FactRevision> FactRevisions => Set<FactRevision>();

    public DbSet<Expression> Expressions => Set<Expression>();

    public DbSet<Provision> Provisions => Set<Provision>();

    public DbSet<FootnoteMark> FootnoteMarks => Set<FootnoteMark>();

    public DbSet<Norm> Norms => Set<Norm>();

    public DbSet<NormCounterpart> NormCounterparts => Set<NormCounterpart>();

    public DbSet<CrossReference> CrossReferences => Set<CrossReference>();

    public DbSet<Vote> Votes => Set<Vote>();

    public DbSet<CountryVote> CountryVotes => Set<CountryVote>();

    public DbSet<Sponsor> Sponsors => Set<Sponsor>();

    public DbSet<WorkRelation> WorkRelations => Set<WorkRelation>();

    public DbSet<Track> Tracks => Set<Track>();

    public DbSet<TrackMember> TrackMembers => Set<TrackMember>();

    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampAuditedEntities();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampAuditedEntities();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in either database and safe against reordering.
        configurationBuilder.Properties<WorkKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<FactOrigin>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<ProvisionKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<VoteStage>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<VoteSubject>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<VoteMode>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<CountryVoteChoice>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<SponsorRole>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<WorkRelationKind>().HaveConversion<string>().HaveMaxLength(24);

        // Every timestamp is UTC, and comes back marked as UTC from SQLite too.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    /// <summary>
    /// Sets timestamps and bumps the version of every added or changed audited row. The version is
    /// the concurrency token, so an update based on a stale read fails on either provider.
    /// </summary>
    private void StampAuditedEntities()
    {
        var now = DateTime.UtcNow;
        foreach (var entry in ChangeTracker.Entries<IAuditedEntity>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.Version = 1;
                    entry.Entity.CreatedAt = now;
                    entry.Entity.UpdatedAt = now;
                    break;
                case EntityState.Modified:
                    entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
                    entry.Entity.UpdatedAt = now;
                    break;
            }
        }
    }
}
