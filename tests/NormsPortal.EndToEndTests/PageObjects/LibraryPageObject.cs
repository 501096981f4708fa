using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests.PageObjects;

/// <summary>The signed-in reader's library, /library: bookmarks with their editors, and the collections beside them.</summary>
public sealed class LibraryPageObject(IPage page) : PortalPage(page)
{
    public const string Path = "/library";

    public ILocator Count => Page.GetByTestId("library-count");

    public ILocator List => Page.GetByTestId("bookmark-list");

    public ILocator Bookmarks => Page.GetByTestId("bookmark");

    public ILocator Collections => Page.GetByTestId("collection");

    /// <summary>The one bookmark that quotes a passage.</summary>
    public ILocator BookmarkWithQuote => Bookmarks.Filter(new() { Has = Page.GetByTestId("bookmark-quote") });

    /// <summary>The one bookmark that quotes nothing (a norm, a paragraph, a work or a search).</summary>
    public ILocator BookmarkWithoutQuote => Bookmarks.Filter(new() { HasNot = Page.GetByTestId("bookmark-quote") });

    public async Task CreateCollectionAsync(string name)
    {
        await WaitUntilInteractiveAsync();
        var form = Page.GetByTestId("collection-new");
        await form.GetByTestId("collection-new-name").FillAsync(name);
        await form.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();
        await Expect(Collections.Filter(new() { HasText = name })).ToHaveCountAsync(1);
    }

    /// <summary>Opens the bookmark's editor, writes the note (when given), puts it in the collection, and saves.</summary>
    public static async Task EditAsync(ILocator bookmark, string? note, string collection)
    {
        ArgumentNullException.ThrowIfNull(bookmark);
        await bookmark.GetByTestId("bookmark-edit").ClickAsync();
        if (note is not null)
        {
            await bookmark.GetByTestId("note-input").FillAsync(note);
        }

        await bookmark.GetByRole(AriaRole.Checkbox, new() { Name = collection }).CheckAsync();
        await bookmark.GetByTestId("note-save").ClickAsync();
        await Expect(bookmark.GetByText($"in {collection}")).ToBeVisibleAsync();
    }

    public async Task SelectCollectionAsync(string name)
    {
        await WaitUntilInteractiveAsync();
        await Collections.Filter(new() { HasText = name }).GetByTestId("collection-select").ClickAsync();
    }
}
