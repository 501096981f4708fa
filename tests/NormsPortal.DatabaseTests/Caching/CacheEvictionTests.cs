using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data;
using NormsPortal.Data.Caching;
using NormsPortal.Data.Import.Storage;
using NormsPortal.Data.Model;
using NormsPortal.Data.Postgres.Caching;
using NormsPortal.Data.Seeding;
using NormsPortal.DatabaseTests.Accounts;
using NormsPortal.DatabaseTests.Import;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Schema;
using NormsPortal.DatabaseTests.Web;
using NormsPortal.TestSupport;
using NormsPortal.TestSupport.Accounts;
using NormsPortal.Web.Features.Library;
using NormsPortal.Web.Features.Annotations;
using NormsPortal.Web.Features.Facts;
using NormsPortal.Web.Features.Norms;
using NormsPortal.Web.Infrastructure.Caching;
using Npgsql;

namespace NormsPortal.DatabaseTests.Caching;

/// <summary>
/// Every kind of write evicts exactly the cached answers it changes (<see cref="CacheTags"/>) when it commits, and
/// announces the same to the other instances; a write rolled back evicts and announces nothing; on PostgreSQL a write
/// through one instance evicts on another, also after the other lost its listening connection, and a session ended
/// through one is forgotten by the other's session checks. Evictions are observed in the output cache store, and in
/// what it keeps for the renders: a norm's lineage.
/// </summary>
public sealed class CacheEvictionTests
{
    private const string Curator = "curator";
    private const string Later = "A/RES/76/19";

    private static readonly string s_resolution = CacheTags.Work(SampleGraph.Symbol);
    private static readonly string s_later = CacheTags.Work(Later);
    private static readonly string s_norm = CacheTags.Norm("1.6");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task EachKindOfWrite_EvictsAndAnnouncesTheAnswersItChanges_WhenItCommits(DatabaseKind kind)
    {
        await using var database = await SampleDatabaseAsync(kind);
        var announced = new AnnouncementRecorder();
        await using var portal = Instance(database, announced);
        var evicted = portal.Services.GetRequiredService<EvictionRecorder>();
        var services = portal.Services;
        void Evicts(string[] expected, string write)
        {
            Assert.True(expected.Order(StringComparer.Ordinal).SequenceEqual(evicted.Take()), write);
            Assert.True(expected.Order(StringComparer.Ordinal).SequenceEqual(announced.Take()), write);
        }

        var facts = services.GetRequiredService<FactCuration>();
        var title = (await facts.GetAsync(SampleGraph.Symbol, Cancel))!.Facts.Single(f => f.Key == FactKeys.Title);
        Done(await facts.ReviseAsync(Curator, new FactEditRequest(SampleGraph.Symbol, FactKeys.Title, "A new title", "UN page", false, title.Version), Cancel));
        Evicts([s_resolution, CacheTags.Catalogue], "a fact revised");
        Done(await facts.AddWorkAsync(Curator, new WorkAddRequest("A/RES/75/1", "ga-resolution", "A title", "2020-10-01", "UN page", false, null), Cancel));
        Evicts([CacheTags.Work("A/RES/75/1"), CacheTags.Catalogue], "a work added");

        var norm = Done(await services.GetRequiredService<NormCuration>().ReviseAsync(Curator, "1.6", new NormRevisionRequest(null, ["supply chain"], 1), Cancel));
        Assert.Equal(["supply chain"], norm.Themes);
        Evicts([s_norm, CacheTags.Norms, CacheTags.Catalogue], "a norm's themes");

        var links = services.GetRequiredService<NormLinkCuration>();
        var link = Done(await links.AddAsync(Curator, "1.6", new NormLinkRequest(Later, "op2", null, "develops", null, null), Cancel));
        Evicts([s_norm], "a norm link added");
        Assert.True(await links.RemoveAsync(Curator, "1.6", link.Id, Cancel));
        Evicts([s_norm], "a norm link removed");
        Done(await services.GetRequiredService<NormStepReviews>().DecideAsync(Curator, "1.6", new NormStepReviewRequest(Later, "op2", "hidden"), Cancel));
        Evicts([s_norm], "a step decision");

        var annotations = services.GetRequiredService<AnnotationService>();
        var note = Done(await annotations.CreateAsync(Curator, new AnnotationCreateRequest(new BookmarkTargetDto { Symbol = Later, Anchor = "op2" }, "A draft", "draft"), Cancel));
        Evicts([], "a draft note, which the public does not see");
        note = Done(await annotations.UpdateAsync(Curator, note.Id, new AnnotationUpdateRequest(note.Version, "Published", "published"), Cancel));
        Evicts([s_later, CacheTags.Catalogue], "a note published");
        note = Done(await annotations.ReattachAsync(Curator, note.Id, new AnnotationReattachRequest(new BookmarkTargetDto { Norm = "1.6" }, note.Version), Cancel));
        Evicts([s_later, s_norm, CacheTags.Catalogue], "a published note moved from a paragraph to a norm");
        Done(await annotations.SetDeletedAsync(Curator, note.Id, deleted: true, Cancel));
        Evicts([s_norm, CacheTags.Catalogue], "a published note deleted");

        var importer = new DocumentImporter(services.GetRequiredService<IDbContextFactory<PortalDbContext>>());
        var imported = SampleDocuments.WithParagraphs("A/RES/75/240", "en", "Imported", "Welcomes the report;", "Decides to convene a group;");
        Assert.Equal(ImportOutcome.Imported, (await importer.ImportAsync(imported, cancellationToken: Cancel)).Outcome);
        Evicts([CacheTags.Work("A/RES/75/240"), CacheTags.Catalogue, CacheTags.Lineages], "a document imported");
        var changed = SampleDocuments.WithParagraphs("A/RES/75/240", "en", "Imported", "Welcomes the report warmly;");
        Assert.Equal(ImportOutcome.Updated, (await importer.ImportAsync(changed, new ImportOptions { Preview = true }, Cancel)).Outcome);
        Evicts([], "an import previewed (rolled back)");

        await RollBackATitleAsync(services.GetRequiredService<IDbContextFactory<PortalDbContext>>());
        Evicts([], "a save rolled back");
    }

    [Theory, DatabaseData]
    public async Task Seeding_EvictsTheCatalogueTheNormsAndEveryWorkSeeded_AndAgainAfterAMoment(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using var portal = Instance(database, new AnnouncementRecorder(), repeatAfter: TimeSpan.FromMilliseconds(100));
        await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Cancel))
        {
            await CatalogSeeder.SeedAsync(db, SeedFiles.Catalog, Cancel);
        }

        // An answer rendered from what the database held before the write, and stored after the eviction, goes too.
        var recorder = portal.Services.GetRequiredService<EvictionRecorder>();
        await recorder.WaitForAsync(s_resolution, times: 2);
        Assert.Superset(new HashSet<string>([CacheTags.Catalogue, CacheTags.Norms, s_resolution, s_norm, CacheTags.Work("A/70/174")]), recorder.Take().ToHashSet());
    }

    [Theory, DatabaseData]
    public async Task NormLineageAndNorms_ReadOnceForEveryReader_AreReadAgainAfterEachWriteThatChangesThem(DatabaseKind kind)
    {
        await using var database = await SampleDatabaseAsync(kind);
        await using var portal = Instance(database, keepAnswers: true);
        var services = portal.Services;
        var lineage = services.GetRequiredService<NormLineageQuery>();
        async Task<NormLineageDto> LineAsync() => (await lineage.FindAsync("1.6", Cancel))!;
        const string Reusing = "A/RES/75/240";
        Assert.DoesNotContain((await LineAsync()).Steps, step => step.Symbol is Later or Reusing);
        var norms = services.GetRequiredService<NormQueries>();
        Assert.Contains(await norms.ListAsync(Cancel), n => n.Number == "1.6");

        // A write that announces nothing (in bulk, past the change tracker) is not seen: what was read before is shared.
        await using (var db = database.CreateContext())
        {
            await db.Norms.Where(n => n.Number == "1.6").ExecuteUpdateAsync(n => n.SetProperty(x => x.Label, "Unannounced"), Cancel);
        }

        Assert.NotEqual("Unannounced", (await LineAsync()).Label);
        Assert.NotEqual("Unannounced", (await norms.ListAsync(Cancel)).Single(n => n.Number == "1.6").Label);

        var links = services.GetRequiredService<NormLinkCuration>();
        var link = Done(await links.AddAsync(Curator, "1.6", new NormLinkRequest(Later, "op2", null, "develops", null, null), Cancel));
        var linked = await LineAsync();
        Assert.Equal("Unannounced", linked.Label);
        Assert.Equal("Unannounced", (await norms.ListAsync(Cancel)).Single(n => n.Number == "1.6").Label);
        Assert.Contains(linked.Steps, step => step.Symbol == Later && step.Relation == "develops");
        Assert.True(await links.RemoveAsync(Curator, "1.6", link.Id, Cancel));
        Assert.DoesNotContain((await LineAsync()).Steps, step => step.Symbol == Later);

        // A paragraph anywhere that reuses the norm's wording is a new step (the lineages' tag).
        var statement = (await LineAsync()).Text;
        var importer = new DocumentImporter(services.GetRequiredService<IDbContextFactory<PortalDbContext>>());
        var reusing = SampleDocuments.WithParagraphs(Reusing, "en", "Reusing", "Welcomes the report;", statement);
        Assert.Equal(ImportOutcome.Imported, (await importer.ImportAsync(reusing, cancellationToken: Cancel)).Outcome);
        var computed = Assert.Single((await LineAsync()).Steps, step => step.Symbol == Reusing);
        Assert.Equal(LineageOrigins.Computed, computed.Origin);

        // Its work's facts are the step's (the work's tag); a step hidden is hidden from the public, shown to admins only.
        var date = (await services.GetRequiredService<FactCuration>().GetAsync(Reusing, Cancel))!.Facts.Single(f => f.Key == FactKeys.Date);
        Done(await services.GetRequiredService<FactCuration>().ReviseAsync(
            Curator, new FactEditRequest(Reusing, FactKeys.Date, "2020-12-31", "UN page", false, date.Version), Cancel));
        Assert.Equal(new DateOnly(2020, 12, 31), Assert.Single((await LineAsync()).Steps, step => step.Symbol == Reusing).Date);
        Done(await services.GetRequiredService<NormStepReviews>().DecideAsync(Curator, "1.6", new NormStepReviewRequest(Reusing, computed.Anchor, "hidden"), Cancel));
        Assert.DoesNotContain((await LineAsync()).Steps, step => step.Symbol == Reusing);
        Assert.True(Assert.Single((await lineage.FindAsync("1.6", withHidden: true, Cancel))!.Steps, step => step.Symbol == Reusing).Hidden);
        Assert.DoesNotContain((await LineAsync()).Steps, step => step.Symbol == Reusing);
    }

    [Fact]
    public async Task OnPostgres_AWriteThroughOneInstance_EvictsOnAnother_AlsoAfterItLostItsListeningConnection()
    {
        Assert.SkipWhen(TestEnvironment.PostgresSkipReason is not null, TestEnvironment.PostgresSkipReason ?? "");
        await using var database = await SampleDatabaseAsync(DatabaseKind.Postgres);
        await using var writer = Instance(database);
        await using var reader = Instance(database);
        var onReader = reader.Services.GetRequiredService<EvictionRecorder>();
        var facts = writer.Services.GetRequiredService<FactCuration>();
        var contexts = writer.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>();

        // A write rolled back on the first instance is never heard: the next one, committed, is heard first.
        await RollBackATitleAsync(contexts);
        Done(await facts.AddWorkAsync(Curator, new WorkAddRequest("A/RES/75/1", "ga-resolution", "A title", "2020-10-01", "UN page", false, null), Cancel));
        await HearsAsync(onReader, CacheTags.Catalogue, CacheTags.Work("A/RES/75/1"));

        // Both instances lose their listening connections; each evicts everything when it listens again.
        await TerminateListenersAsync(database);
        await HearsAsync(onReader, CacheTags.Catalogue, CacheTags.Lineages, s_norm, CacheTags.Norms, CacheTags.Work("A/RES/75/1"), s_resolution, s_later);

        var title = (await facts.GetAsync(Later, Cancel))!.Facts.Single(f => f.Key == FactKeys.Title);
        Done(await facts.ReviseAsync(Curator, new FactEditRequest(Later, FactKeys.Title, "Heard again", "UN page", false, title.Version), Cancel));
        await HearsAsync(onReader, CacheTags.Catalogue, s_later);
    }

    [Fact]
    public async Task OnPostgres_ASessionEndedThroughOneInstance_StopsWorkingOnAnotherThatRememberedItsCheck()
    {
        Assert.SkipWhen(TestEnvironment.PostgresSkipReason is not null, TestEnvironment.PostgresSkipReason ?? "");
        await using var database = await TestDatabase.CreateAsync(DatabaseKind.Postgres);
        await using var first = Instance(database);
        await using var second = Instance(database);
        using var onFirst = first.CreateHttpsClient();
        using var onSecond = second.CreateHttpsClient();
        var email = TestPasswords.NewEmail();
        var (access, _) = await onFirst.RegisterWithTokensAsync(email, TestPasswords.New());
        using (var remembered = await onSecond.GetWithBearerAsync("/api/v1/auth/manage/info", access))
        {
            // The second instance now trusts what it read of the session for the default check interval (60 s).
            Assert.Equal(HttpStatusCode.OK, remembered.StatusCode);
        }

        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/logout");
        logout.Headers.Authorization = new("Bearer", access);
        using (var signedOut = await onFirst.SendAsync(logout, Cancel))
        {
            Assert.Equal(HttpStatusCode.NoContent, signedOut.StatusCode);
        }

        await using var db = database.CreateContext();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(Cancel);
        await second.Services.GetRequiredService<EvictionRecorder>().WaitForAsync(CacheTags.Sessions(userId));
        using var ended = await onSecond.GetWithBearerAsync("/api/v1/auth/manage/info", access);
        Assert.Equal(HttpStatusCode.Unauthorized, ended.StatusCode);
    }

    /// <summary>Waits until the instance evicted each of <paramref name="tags"/>, and checks it evicted nothing else.</summary>
    private static async Task HearsAsync(EvictionRecorder instance, params string[] tags)
    {
        await Task.WhenAll(tags.Select(tag => instance.WaitForAsync(tag)));
        Assert.Equal(tags.Order(StringComparer.Ordinal), instance.Take());
    }

    /// <summary>Changes 76/19's title in a transaction of its own, saves, and rolls the transaction back.</summary>
    private static async Task RollBackATitleAsync(IDbContextFactory<PortalDbContext> contexts)
    {
        await using var db = await contexts.CreateDbContextAsync(Cancel);
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Cancel);
            (await db.Works.SingleAsync(w => w.Symbol == Later, Cancel)).Title = "Never committed";
            await db.SaveChangesAsync(Cancel);
            await transaction.RollbackAsync(Cancel);
        });
    }

    private static T Done<T>(LibraryOutcome<T> outcome)
        where T : class
    {
        Assert.True(outcome.Status == LibraryOutcomeStatus.Done, outcome.Problem ?? outcome.Status.ToString());
        return outcome.Value!;
    }

    /// <summary>
    /// An instance of the portal whose output cache records evictions (with <paramref name="keepAnswers"/>, the real
    /// store: it keeps what it is given); with <paramref name="announcements"/>, its channel to the other instances is
    /// that recorder (it hears nothing), else the provider's own. It evicts a write's tags again after
    /// <paramref name="repeatAfter"/>, by default not, so what a write evicted is known when it returns.
    /// </summary>
    private static WebApplicationFactory<Program> Instance(
        TestDatabase database, AnnouncementRecorder? announcements = null, TimeSpan repeatAfter = default, bool keepAnswers = false)
    {
        var settings = new Dictionary<string, string> { [CacheEvictionSetup.RepeatAfterKey] = repeatAfter.ToString("c", CultureInfo.InvariantCulture) };
        var portal = new PortalFactory(database.Provider.Name, database.ConnectionString, settings: settings).WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<EvictionRecorder>();
            if (!keepAnswers)
            {
                services.AddSingleton<IOutputCacheStore>(s => s.GetRequiredService<EvictionRecorder>());
            }

            if (announcements is not null)
            {
                services.AddSingleton<ICacheTagChannel>(announcements);
            }
        }));
        _ = portal.Server; // starts the instance (and its listener) now, not at its first request
        return portal;
    }

    private static async Task TerminateListenersAsync(TestDatabase database)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync(Cancel);
        await using var terminate = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = @name", connection);
        terminate.Parameters.AddWithValue("name", PostgresCacheTagChannel.ListenerApplicationName);
        Assert.Equal(2L, await terminate.ExecuteScalarAsync(Cancel));
    }

    /// <summary>The sample 73/27 with its norm 1.6, and 76/19 with a paragraph (op2) notes and norm links can point at.</summary>
    private static async Task<TestDatabase> SampleDatabaseAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.CreateContext();
        db.Works.Add(SampleGraph.Work());
        db.Norms.Add(SampleGraph.Norm());
        var later = new Work { Symbol = Later, Kind = WorkKind.GaResolution, Session = 76, Date = new DateOnly(2021, 12, 6) };
        later.Facts.Add(new Fact { Key = FactKeys.Title, Value = "Later", Source = "UN page", Verified = true, Origin = FactOrigin.Seed });
        var english = new Expression { Language = "en", Source = "A_RES_76_19.txt", SourceFormat = "un-text" };
        english.Provisions.Add(new Provision
        {
            Kind = ProvisionKind.Operative,
            Number = "2",
            Anchor = "op2",
            Ordinal = 1,
            Text = "Calls upon States to exercise due diligence so that no ICT activity contrary to international law is knowingly supported from their territory;",
        });
        later.Expressions.Add(english);
        db.Works.Add(later);
        await db.SaveChangesAsync(Cancel);
        return database;
    }
}
