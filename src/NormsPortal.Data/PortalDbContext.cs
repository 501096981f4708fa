using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NormsPortal.Data.Caching;
using NormsPortal.Data.Model;
using NormsPortal.Data.Search.Index;

namespace NormsPortal.Data;

/// <summary>
/// The portal's one DbContext, Identity and Data Protection keys included. The provider projects
/// (SQLite, PostgreSQL) add their own migrations and model parts; nothing here knows which one runs.
/// Its saves stamp audited rows, keep the audit log append-only, keep the search index in step
/// with the texts they change, and evict the cached answers they change once committed (<see cref="CacheTagChanges"/>).
/// </summary>
public class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    private CacheEviction? _cacheEviction;

    public DbSet<Work> Works => Set<Work>();

    public DbSet<Fact> Facts => Set<Fact>();

    public DbSet<FactRevision> FactRevisions => Set<FactRevision>();

    public DbSet<Expression> Expressions => Set<Expression>();

    public DbSet<Provision> Provisions => Set<Provision>();

    public DbSet<FootnoteMark> FootnoteMarks => Set<FootnoteMark>();

    public DbSet<Norm> Norms => Set<Norm>();

    public DbSet<NormCounterpart> NormCounterparts => Set<NormCounterpart>();

    public DbSet<NormTheme> NormThemes => Set<NormTheme>();

    public DbSet<NormLink> NormLinks => Set<NormLink>();

    public DbSet<NormStepReview> NormStepReviews => Set<NormStepReview>();

    public DbSet<CrossReference> CrossReferences => Set<CrossReference>();

    public DbSet<Vote> Votes => Set<Vote>();

    public DbSet<CountryVote> CountryVotes => Set<CountryVote>();

    public DbSet<Sponsor> Sponsors => Set<Sponsor>();

    public DbSet<WorkRelation> WorkRelations => Set<WorkRelation>();

    public DbSet<Track> Tracks => Set<Track>();

    public DbSet<TrackMember> TrackMembers => Set<TrackMember>();

    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();

    public DbSet<ReuseShingle> ReuseShingles => Set<ReuseShingle>();

    public DbSet<Bookmark> Bookmarks => Set<Bookmark>();

    public DbSet<BookmarkTag> BookmarkTags => Set<BookmarkTag>();

    public DbSet<Folder> Folders => Set<Folder>();

    public DbSet<BookmarkInFolder> BookmarksInFolders => Set<BookmarkInFolder>();

    public DbSet<Model.Annotation> Annotations => Set<Model.Annotation>();

    public DbSet<AnnotationRevision> AnnotationRevisions => Set<AnnotationRevision>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();

    public DbSet<ShippedCorpusLoad> ShippedCorpusLoads => Set<ShippedCorpusLoad>();

    /// <summary>Append-only: rows are added (through the web project's audit log), never changed or removed.</summary>
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    /// <summary>What this context's writes will evict when their transaction commits.</summary>
    internal CacheEviction CacheEviction => _cacheEviction ??= new CacheEviction(this);

    /// <summary>
    /// Identity builds its tables from the <c>IdentityOptions</c> of the application's services. The
    /// design-time factories and the tests build this context without the host, so it falls back on
    /// <see cref="IdentitySchema"/>'s: every context builds the model the migrations describe.
    /// </summary>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        if (optionsBuilder.Options.FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider is null)
        {
            optionsBuilder.UseApplicationServiceProvider(IdentitySchema.Services);
        }

        optionsBuilder.AddInterceptors(CacheEvictionInterceptor.Instance);
    }

    /// <summary>
    /// Saves synchronously. A save that touches nothing the search index holds nor any cached answer shows
    /// (Data Protection's key store saves this way) stays synchronous; one that does waits for
    /// <see cref="SaveChangesAsync(bool, CancellationToken)"/> on the thread pool, so the index follows it
    /// through the one implementation, and a caller on a synchronisation context (a Blazor circuit)
    /// cannot deadlock on the continuation.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (!SearchIndexChanges.Collect(ChangeTracker).IsEmpty || !CacheTagChanges.Collect(ChangeTracker).IsEmpty)
        {
            return Task.Run(() => SaveChangesAsync(acceptAllChangesOnSuccess)).GetAwaiter().GetResult();
        }

        StampAuditedEntities();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// Stamps audited rows, saves, and brings the search index in line with what the save changed
    /// (<see cref="SearchIndexChanges"/>) in the same transaction: the caller's when it opened one,
    /// else one of its own, inside the provider's execution strategy. So no writer has to remember
    /// the index, and a failed save leaves no index rows behind. The cached answers the save changes
    /// (<see cref="CacheTagChanges"/>, read before the save) are evicted when that transaction commits.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampAuditedEntities();
        var index = SearchIndexChanges.Collect(ChangeTracker);
        var cached = CacheTagChanges.Collect(ChangeTracker);
        if (index.IsEmpty && cached.IsEmpty)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            var tags = await cached.ResolveAsync(this, cancellationToken);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await index.WriteAsync(this, cancellationToken);
            await CacheEviction.AddAsync(tags, cancellationToken);
            return saved;
        }

        // Changes are accepted only after the commit, so a retried attempt saves them again.
        return await Database.CreateExecutionStrategy().ExecuteAsync(
            (Index: index, Cached: cached, Accept: acceptAllChangesOnSuccess),
            async (_, state, token) =>
            {
                await using var transaction = await Database.BeginTransactionAsync(token);
                var tags = await state.Cached.ResolveAsync(this, token);
                var saved = await SaveTrackedChangesAsync(token);
                await state.Index.WriteAsync(this, token);
                await CacheEviction.AddAsync(tags, token);
                await transaction.CommitAsync(token);
                if (state.Accept)
                {
                    ChangeTracker.AcceptAllChanges();
                }

                return saved;
            },
            verifySucceeded: null,
            cancellationToken);
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

    private Task<int> SaveTrackedChangesAsync(CancellationToken cancellationToken) =>
        base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);

    /// <summary>
    /// Sets timestamps and bumps the version of every added or changed audited row. The version is
    /// the concurrency token, so an update based on a stale read fails on either provider. Stamps
    /// new audit log rows with the same time, and refuses a save that would change or delete one.
    /// </summary>
    private void StampAuditedEntities()
    {
        var now = DateTime.UtcNow;
        foreach (var entry in ChangeTracker.Entries<AuditEntry>())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    entry.Entity.OccurredAt = now;
                    break;
                case EntityState.Modified or EntityState.Deleted:
                    throw new InvalidOperationException(
                        $"The audit log is append-only: entry {entry.Entity.Id} cannot be {(entry.State == EntityState.Deleted ? "deleted" : "changed")}.");
            }
        }

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
