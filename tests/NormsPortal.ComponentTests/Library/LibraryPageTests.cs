using Bunit;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Web.Components.Library;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.ComponentTests.Library;

public sealed class LibraryPageTests : LibraryComponentTestBase
{
    [Fact]
    public async Task Library_ShowsNotesAsMarkdown_TagsAndCounts_AndFiltersByTag()
    {
        SignInAda();
        await SaveAsync(new BookmarkTargetDto { Norm = "1.6" }, note: "Read **twice** <script>alert(1)</script>", tags: ["ci"]);
        await SaveAsync(new BookmarkTargetDto { Symbol = "A/RES/73/27" }, tags: ["background"]);

        var page = Render<LibraryPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-testid=bookmark]").Count));
        var note = page.Find("[data-testid=bookmark-note]");
        Assert.Equal("twice", note.QuerySelector("strong")!.TextContent);
        Assert.Empty(note.QuerySelectorAll("script"));
        Assert.Equal("2 bookmarks", page.Find("[data-testid=library-count]").TextContent);

        page.Find("[data-testid=filter-tag]").Change("ci");
        page.Find("[data-testid=library-filters]").Submit();

        page.WaitForAssertion(() => Assert.Equal("Norm 1.6", page.Find("[data-testid=bookmark-link]").TextContent));
        Assert.Single(page.FindAll("[data-testid=bookmark]"));
    }

    [Fact]
    public async Task Library_PassageGoneAfterAReImport_IsMarkedWithItsQuote()
    {
        SignInAda();
        await SaveAsync(new BookmarkTargetDto { Symbol = "A/RES/73/27", Anchor = "op1.6", Quote = "knowingly support" });
        Database.Seed(db => db.Provisions.ExecuteUpdate(p => p.SetProperty(x => x.Text, "A State should not conduct ICT activity.")));

        var page = Render<LibraryPage>();

        page.WaitForAssertion(() => Assert.Equal("No longer in the text", page.Find("[data-testid=bookmark-missing]").TextContent));
        Assert.Equal("knowingly support", page.Find("[data-testid=bookmark-quote]").TextContent);
    }

    [Fact]
    public async Task NoteEditedInTwoTabs_TheSecondSaveShowsBothVersions()
    {
        SignInAda();
        var read = await SaveAsync(new BookmarkTargetDto { Norm = "1.6" }, note: "as read");
        var firstTab = Render<BookmarkItem>(p => p.Add(i => i.Bookmark, read));
        var secondTab = Render<BookmarkItem>(p => p.Add(i => i.Bookmark, read));
        firstTab.Find("[data-testid=bookmark-edit]").Click();
        secondTab.Find("[data-testid=bookmark-edit]").Click();

        firstTab.Find("[data-testid=note-input]").Input("first tab");
        firstTab.Find("[data-testid=bookmark-editor]").Submit();
        secondTab.Find("[data-testid=note-input]").Input("second tab");
        secondTab.Find("[data-testid=bookmark-editor]").Submit();

        secondTab.WaitForAssertion(() => Assert.NotNull(secondTab.Find("[data-testid=bookmark-conflict]")));
        Assert.Equal("second tab", secondTab.Find("[data-testid=conflict-mine]").TextContent);
        Assert.Equal("first tab", secondTab.Find("[data-testid=conflict-saved]").TextContent);

        secondTab.Find("[data-testid=conflict-keep-mine]").Click();

        secondTab.WaitForAssertion(() => Assert.Empty(secondTab.FindAll("[data-testid=bookmark-editor]")));
        Assert.Equal("second tab", (await Library.GetBookmarkAsync(Ada, read.Id, Xunit.TestContext.Current.CancellationToken))!.Note);
    }
}
