using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features.Library;
using static NormsPortal.DatabaseTests.Library.LibraryUnderTest;

namespace NormsPortal.DatabaseTests.Library;

/// <summary>The library's rules, on both providers: targets, notes, tags, collections, versions and owners.</summary>
public sealed class LibraryServiceTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task CreateBookmark_EveryKindOfTarget_IsKeptAndReadBack(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);

        var norm = await library.BookmarkAsync(Alice, new BookmarkTargetDto { Norm = "1.6" }, note: "Critical *infrastructure*", tags: ["ci", "Due diligence"]);
        var paragraph = await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = "a/res/73/27", Anchor = "op1" });
        var passage = await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = "A/RES/73/27", Anchor = "op1.6", Quote = "  knowingly   support ICT activity ", Prefix = "conduct or", Suffix = "contrary" });
        var work = await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = "A/70/174" });
        var search = await library.BookmarkAsync(Alice, new BookmarkTargetDto { Query = "due diligence", Filters = new Dictionary<string, string> { ["Kind"] = "ga-resolution", ["lang"] = "fr" } });

        Assert.Equal(("norm", "Norm 1.6", "/norms/1.6"), (norm.Target.Kind, norm.Label, norm.Url));
        Assert.Equal(["ci", "Due diligence"], norm.Tags);
        Assert.Equal(1, norm.Version);
        Assert.Equal(("paragraph", "A/RES/73/27", "A/RES/73/27, para. 1"), (paragraph.Target.Kind, paragraph.Target.Symbol, paragraph.Label));
        Assert.Equal(("passage", Quote, "present"), (passage.Target.Kind, passage.Target.Quote, passage.Place!.State));
        Assert.Equal(("work", "/documents/A/70/174"), (work.Target.Kind, work.Url));
        Assert.Null(work.Place);
        Assert.Equal("search", search.Target.Kind);
        Assert.Equal(new Dictionary<string, string> { ["kind"] = "ga-resolution", ["lang"] = "fr" }, search.Target.Filters);
        Assert.Equal("/search?q=due%20diligence&kind=ga-resolution&lang=fr", search.Url);

        var (items, total) = await library.Service.ListBookmarksAsync(Alice, new BookmarkListQuery(), Cancel);
        Assert.Equal(5, total);
        Assert.Equal([search.Id, work.Id, passage.Id, paragraph.Id, norm.Id], items.Select(i => i.Id));
        Assert.All(items, i => Assert.Equal(DateTimeKind.Utc, i.CreatedAt.Kind));
    }

    private static readonly (string Target, string Problem)[] s_invalidTargets =
    [
        ("{\"norm\":\"9.9\"}", "no norm numbered '9.9'"),
        ("{\"symbol\":\"A/RES/99/1\"}", "no document with the symbol 'A/RES/99/1'"),
        ("{\"symbol\":\"A/RES/73/27\",\"anchor\":\"op42\"}", "no paragraph with the anchor 'op42'"),
        ("{\"symbol\":\"A/RES/73/27\",\"anchor\":\"op1.6\",\"quote\":\"not in the text\"}", "The quote is not in A/RES/73/27, para. 1.6"),
        ("{\"symbol\":\"A/RES/73/27\",\"quote\":\"State\"}", "add \"anchor\""),
        ("{\"norm\":\"1.6\",\"symbol\":\"A/RES/73/27\"}", "exactly one of norm, symbol or query"),
        ("{\"query\":\"x\",\"filters\":{\"colour\":\"red\"}}", "'colour' is not a search filter"),
        ("{}", "exactly one of norm, symbol or query"),
    ];

    [Theory, DatabaseData]
    public async Task CreateBookmark_TargetsThePortalDoesNotHold_AreInvalidAndSayWhy(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        foreach (var (target, problem) in s_invalidTargets)
        {
            var dto = JsonSerializer.Deserialize<BookmarkTargetDto>(target, JsonSerializerOptions.Web);
            var outcome = await library.Service.CreateBookmarkAsync(Alice, new BookmarkCreateRequest(dto, null, null, null), Cancel);
            Assert.True(outcome.Status == LibraryOutcomeStatus.Invalid, target);
            Assert.Contains(problem, outcome.Problem, StringComparison.Ordinal);
        }

        Assert.Equal(0, (await library.Service.ListBookmarksAsync(Alice, new BookmarkListQuery(), Cancel)).Total);
    }

    [Theory, DatabaseData]
    public async Task CreateBookmark_TargetAlreadyInTheLibrary_IsAConflictCarryingTheBookmark(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        var first = await library.BookmarkAsync(Alice, new BookmarkTargetDto { Norm = "1.6" }, note: "first");

        var second = await library.Service.CreateBookmarkAsync(Alice, new BookmarkCreateRequest(new BookmarkTargetDto { Norm = " 1.6 " }, "second", null, null), Cancel);
        var bobs = await library.Service.CreateBookmarkAsync(Bob, new BookmarkCreateRequest(new BookmarkTargetDto { Norm = "1.6" }, null, null, null), Cancel);

        Assert.Equal(LibraryOutcomeStatus.Conflict, second.Status);
        Assert.Equal((first.Id, "first"), (second.Value!.Id, second.Value.Note));
        Assert.Equal(LibraryOutcomeStatus.Done, bobs.Status);
    }

    [Theory, DatabaseData]
    public async Task UpdateBookmark_SecondTabWithTheStaleVersion_GetsAConflictWithTheFirstTabsNote(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        var read = await library.BookmarkAsync(Alice, new BookmarkTargetDto { Norm = "1.6" }, note: "read in both tabs");

        var firstTab = await library.Service.UpdateBookmarkAsync(Alice, read.Id, new BookmarkUpdateRequest(read.Version, "first tab", null, null), Cancel);
        var secondTab = await library.Service.UpdateBookmarkAsync(Alice, read.Id, new BookmarkUpdateRequest(read.Version, "second tab", null, null), Cancel);

        Assert.Equal((LibraryOutcomeStatus.Done, 2L), (firstTab.Status, firstTab.Value!.Version));
        Assert.Equal(LibraryOutcomeStatus.Conflict, secondTab.Status);
        Assert.Equal(("first tab", 2L), (secondTab.Value!.Note, secondTab.Value.Version));
        Assert.Equal("first tab", (await library.Service.GetBookmarkAsync(Alice, read.Id, Cancel))!.Note);
    }

    [Theory, DatabaseData]
    public async Task UpdateBookmark_OmittedFieldsStay_AndATagOnlyChangeCountsAVersion(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        var ci = await library.CollectionAsync(Alice, "Critical infrastructure");
        var read = await library.BookmarkAsync(Alice, new BookmarkTargetDto { Norm = "1.6" }, note: "kept", tags: ["a", "b"], collections: [ci.Id]);

        var tagged = await library.Service.UpdateBookmarkAsync(Alice, read.Id, new BookmarkUpdateRequest(read.Version, null, ["b", "c", "C"], null), Cancel);

        Assert.Equal(LibraryOutcomeStatus.Done, tagged.Status);
        Assert.Equal(("kept", 2L), (tagged.Value!.Note, tagged.Value.Version));
        Assert.Equal(["b", "c"], tagged.Value.Tags);
        Assert.Equal([ci.Id], tagged.Value.Collections);
        Assert.Equal(read.Target, tagged.Value.Target);
    }

    [Theory, DatabaseData]
    public async Task UpdateAndDelete_AnotherUsersBookmark_AreNotFoundBeforeTheRequestIsChecked(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        var alices = await library.BookmarkAsync(Alice, new BookmarkTargetDto { Norm = "1.6" }, note: "Alice's");

        // No version and a collection Bob lacks: still "not found", never "invalid", so nothing about Alice's item leaks.
        var update = await library.Service.UpdateBookmarkAsync(Bob, alices.Id, new BookmarkUpdateRequest(null, "Bob's", null, [999]), Cancel);
        var deleted = await library.Service.DeleteBookmarkAsync(Bob, alices.Id, Cancel);

        Assert.Equal(LibraryOutcomeStatus.NotFound, update.Status);
        Assert.False(deleted);
        Assert.Null(await library.Service.GetBookmarkAsync(Bob, alices.Id, Cancel));
        Assert.Equal(0, (await library.Service.ListBookmarksAsync(Bob, new BookmarkListQuery(), Cancel)).Total);
        Assert.Equal("Alice's", (await library.Service.GetBookmarkAsync(Alice, alices.Id, Cancel))!.Note);
    }

    [Theory, DatabaseData]
    public async Task Collections_ABookmarkInSeveral_StaysWhenOneIsDeleted_AndAnotherUsersCollectionIsRefused(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        var first = await library.CollectionAsync(Alice, "Thesis");
        var second = await library.CollectionAsync(Alice, "Course", "Readings");
        var bobs = await library.CollectionAsync(Bob, "Bob's");
        var bookmark = await library.BookmarkAsync(Alice, new BookmarkTargetDto { Norm = "1.6" }, collections: [first.Id, second.Id]);

        var intoBobs = await library.Service.UpdateBookmarkAsync(Alice, bookmark.Id, new BookmarkUpdateRequest(bookmark.Version, null, null, [bobs.Id]), Cancel);
        Assert.Equal(LibraryOutcomeStatus.Invalid, intoBobs.Status);
        Assert.Equal([1, 1], (await library.Service.ListCollectionsAsync(Alice, Cancel)).Select(c => c.Count));
        Assert.Equal([1, 2], (await library.Service.ListCollectionsAsync(Alice, Cancel)).Select(c => c.Order));

        Assert.True(await library.Service.DeleteCollectionAsync(Alice, first.Id, Cancel));
        Assert.False(await library.Service.DeleteCollectionAsync(Bob, second.Id, Cancel));
        var kept = await library.Service.GetBookmarkAsync(Alice, bookmark.Id, Cancel);
        Assert.Equal([second.Id], kept!.Collections);
    }

    [Theory, DatabaseData]
    public async Task UpdateCollection_RenameAndReorder_WithAStaleVersion_IsAConflict(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        var read = await library.CollectionAsync(Alice, "Thesis");

        var renamed = await library.Service.UpdateCollectionAsync(Alice, read.Id, new CollectionRequest(read.Version, "Thesis, ch. 2", null, 5), Cancel);
        var stale = await library.Service.UpdateCollectionAsync(Alice, read.Id, new CollectionRequest(read.Version, "Other", null, null), Cancel);
        var bobs = await library.Service.UpdateCollectionAsync(Bob, read.Id, new CollectionRequest(renamed.Value!.Version, "Bob's", null, null), Cancel);

        Assert.Equal(("Thesis, ch. 2", 5, 2L), (renamed.Value.Name, renamed.Value.Order, renamed.Value.Version));
        Assert.Equal(LibraryOutcomeStatus.Conflict, stale.Status);
        Assert.Equal("Thesis, ch. 2", stale.Value!.Name);
        Assert.Equal(LibraryOutcomeStatus.NotFound, bobs.Status);
    }

    [Theory, DatabaseData]
    public async Task ListBookmarks_FiltersByCollectionTagKindAndText_IgnoringCase_AndPages(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        var thesis = await library.CollectionAsync(Alice, "Thesis");
        var norm = await library.BookmarkAsync(Alice, new BookmarkTargetDto { Norm = "1.6" }, note: "Critical Infrastructure", tags: ["CI"], collections: [thesis.Id]);
        var paragraph = await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = "A/RES/73/27", Anchor = "pp1" }, tags: ["history"]);
        var work = await library.BookmarkAsync(Alice, new BookmarkTargetDto { Symbol = "A/70/174" }, collections: [thesis.Id]);
        await library.BookmarkAsync(Bob, new BookmarkTargetDto { Symbol = "A/70/174" }, note: "critical", tags: ["ci"]);

        async Task<IEnumerable<int>> Ids(BookmarkListQuery query) => (await library.Service.ListBookmarksAsync(Alice, query, Cancel)).Items.Select(i => i.Id);

        Assert.Equal([work.Id, norm.Id], await Ids(new BookmarkListQuery { Collection = thesis.Id }));
        Assert.Equal([norm.Id], await Ids(new BookmarkListQuery { Tag = "ci" }));
        Assert.Equal([paragraph.Id], await Ids(new BookmarkListQuery { Kind = BookmarkKind.Paragraph }));
        Assert.Equal([norm.Id], await Ids(new BookmarkListQuery { Text = "CRITICAL" }));
        Assert.Equal([work.Id], await Ids(new BookmarkListQuery { Text = "70/174" }));
        Assert.Equal([norm.Id, paragraph.Id, work.Id], await Ids(new BookmarkListQuery { Sort = BookmarkSort.Oldest }));
        var (page, total) = await library.Service.ListBookmarksAsync(Alice, new BookmarkListQuery { Page = 2, PageSize = 2 }, Cancel);
        Assert.Equal(3, total);
        Assert.Equal([norm.Id], page.Select(i => i.Id));

        var summary = await library.Service.SummaryAsync(Alice, Cancel);
        Assert.Equal(3, summary.Total);
        Assert.Equal(1, summary.ByKind[BookmarkKind.Norm]);
        Assert.Equal(["CI", "history"], summary.Tags.Select(t => t.Name));
    }

    [Theory, DatabaseData]
    public async Task DeletingAUser_DeletesTheirLibrary_AndNothingElse(DatabaseKind kind)
    {
        await using var library = await CreateAsync(kind);
        var alicesCollection = await library.CollectionAsync(Alice, "Thesis");
        await library.BookmarkAsync(Alice, new BookmarkTargetDto { Norm = "1.6" }, tags: ["ci"], collections: [alicesCollection.Id]);
        var bobsCollection = await library.CollectionAsync(Bob, "Bob's");
        var bobs = await library.BookmarkAsync(Bob, new BookmarkTargetDto { Norm = "1.6" }, tags: ["ci"], collections: [bobsCollection.Id]);

        await using (var db = library.Database.CreateContext())
        {
            db.Users.Remove(await db.Users.SingleAsync(u => u.Id == Alice, Cancel));
            await db.SaveChangesAsync(Cancel);
        }

        await using var read = library.Database.CreateContext();
        Assert.Equal([Bob], await read.Bookmarks.Select(b => b.OwnerId).ToListAsync(Cancel));
        Assert.Equal([Bob], await read.Folders.Select(f => f.OwnerId).ToListAsync(Cancel));
        Assert.Equal([bobs.Id], await read.BookmarkTags.Select(t => t.BookmarkId).ToListAsync(Cancel));
        Assert.Equal([bobsCollection.Id], await read.BookmarksInFolders.Select(l => l.FolderId).ToListAsync(Cancel));
        Assert.Equal(1, await read.Norms.CountAsync(Cancel));
        Assert.Equal(2, await read.Works.CountAsync(Cancel));
    }
}
