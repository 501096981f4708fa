using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Schema;
using NormsPortal.Web.Features.Citations;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.DatabaseTests.Library;

/// <summary>
/// A database of its own holding 73/27 (with op1, op1.6, pp1 and fn2 in English), report A/70/174 without text,
/// norm 1.6, and two researchers, with the library's services over it.
/// </summary>
internal sealed class LibraryUnderTest : IAsyncDisposable
{
    public const string Alice = "alice-id";
    public const string Bob = "bob-id";

    /// <summary>Words of op1.6 of the sample work.</summary>
    public const string Quote = "knowingly support ICT activity";

    private LibraryUnderTest(TestDatabase database)
    {
        Database = database;
        var contexts = new TestContextFactory(database);
        Service = new LibraryService(contexts);
        Export = new LibraryExport(Service, new CitationService(contexts), contexts);
        Import = new LibraryImport(Service);
    }

    public TestDatabase Database { get; }

    public LibraryService Service { get; }

    public LibraryExport Export { get; }

    public LibraryImport Import { get; }

    public static async Task<LibraryUnderTest> CreateAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            db.Works.Add(SampleGraph.Work());
            db.Works.Add(new Work { Symbol = "A/70/174", Kind = WorkKind.Report, Session = 70 });
            db.Norms.Add(SampleGraph.Norm());
            db.Users.Add(User(Alice, "alice@example.org"));
            db.Users.Add(User(Bob, "bob@example.org"));
            await db.SaveChangesAsync();
        }

        return new LibraryUnderTest(database);
    }

    public static PortalUser User(string id, string email) => new()
    {
        Id = id,
        UserName = email,
        NormalizedUserName = email.ToUpperInvariant(),
        Email = email,
        NormalizedEmail = email.ToUpperInvariant(),
        SecurityStamp = Guid.NewGuid().ToString(),
    };

    /// <summary>Bookmarks <paramref name="target"/> for <paramref name="owner"/>; fails the test unless it is saved.</summary>
    public async Task<BookmarkDto> BookmarkAsync(string owner, BookmarkTargetDto target, string? note = null, IReadOnlyList<string>? tags = null, IReadOnlyList<int>? collections = null)
    {
        var outcome = await Service.CreateBookmarkAsync(owner, new BookmarkCreateRequest(target, note, tags, collections), TestContext.Current.CancellationToken);
        Assert.True(outcome.Status == LibraryOutcomeStatus.Done, outcome.Problem);
        return outcome.Value!;
    }

    public async Task<CollectionDto> CollectionAsync(string owner, string name, string description = "")
    {
        var outcome = await Service.CreateCollectionAsync(owner, new CollectionRequest(null, name, description, null), TestContext.Current.CancellationToken);
        Assert.True(outcome.Status == LibraryOutcomeStatus.Done, outcome.Problem);
        return outcome.Value!;
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
