using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

/// <summary>
/// The library issue's journey, as one researcher in Chromium: register; save norm 1.6 with a note;
/// save a passage of 73/27 op1.9; put both in a new collection; export BibTeX and RIS; sign out and
/// back in with a passkey (the virtual authenticator); find the library unchanged; and a second
/// researcher sees none of it. It runs on http://localhost: WebAuthn refuses an IP address as a site.
/// </summary>
public sealed class LibraryJourneyTests(PortalFixture portal)
{
    /// <summary>Words of 73/27 op1.9 (norm 1.9).</summary>
    private const string SupplyChain = "reasonable steps to ensure the integrity of the supply chain";

    private const string Note = "Compare with the **2021** report's reading.";

    private const string CollectionName = "Critical infrastructure";

    [Fact]
    public async Task Researcher_SavesNormAndPassage_CollectsAndExportsThem_SignsBackInWithAPasskey_AndOnlyTheySeeThem()
    {
        await using var context = await portal.NewLocalhostContextAsync();
        // The button is the way under test here; the sign-in page's passkey autofill has its own test (PasskeyTests).
        await AccountPages.WithoutPasskeyAutofillAsync(context);
        var page = await context.NewPageAsync();
        await VirtualAuthenticator.AttachAsync(context, page);
        var account = new AccountPages(page);

        // 1. Register (and add the passkey of step 6).
        var email = await account.RegisterAndSignInAsync();
        await account.AddPasskeyAsync("This laptop");

        // 2. Save norm 1.6.
        var norm = new NormPageObject(page);
        await norm.GotoNormAsync("1.6");
        var saveNorm = page.GetByRole(AriaRole.Button, new() { Name = "Save norm 1.6 to my library" }).First;
        await saveNorm.ClickAsync();
        await Expect(saveNorm).ToHaveAttributeAsync("aria-pressed", "true");

        // 3. Save a passage of 73/27 op1.9.
        var document = new DocumentPage(page);
        await document.GotoAsync(DocumentPage.Resolution7327);
        await document.WaitUntilInteractiveAsync();
        await document.SelectAsync("op1.9", SupplyChain);
        await document.PassageToolbar.GetByTestId("save-passage-button").ClickAsync();
        await Expect(document.PassageToolbar.GetByTestId("save-passage-outcome")).ToHaveTextAsync("Saved to your library.");

        // 2 (the note) and 4. A new collection, with both in it.
        var library = new LibraryPageObject(page);
        await library.GotoAsync(LibraryPageObject.Path);
        await library.CreateCollectionAsync(CollectionName);
        await LibraryPageObject.EditAsync(library.BookmarkWithoutQuote, note: Note, collection: CollectionName);
        await LibraryPageObject.EditAsync(library.BookmarkWithQuote, note: null, collection: CollectionName);
        await library.SelectCollectionAsync(CollectionName);
        await Expect(library.Count).ToHaveTextAsync("2 bookmarks");
        await Expect(library.BookmarkWithQuote.GetByTestId("bookmark-quote")).ToContainTextAsync(SupplyChain);
        await Expect(library.BookmarkWithoutQuote.GetByTestId("bookmark-note")).ToContainTextAsync("Compare with the 2021 report's reading.");
        var before = await library.List.InnerTextAsync();

        // 5. Export the collection as BibTeX and RIS from the library page's download links.
        var bibtex = await DownloadAsync(page, "bibtex");
        var ris = await DownloadAsync(page, "ris");
        Assert.Equal(2, bibtex.Split('@').Length - 1);
        Assert.Contains("op1.9", bibtex, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("2021", bibtex, StringComparison.Ordinal);
        Assert.Equal(2, ris.Split("\nER  -").Length - 1);
        Assert.Contains("2021", ris, StringComparison.Ordinal);

        // 6. Sign out, and back in with the passkey.
        await account.GotoAsync("/");
        await account.SignOutButton.ClickAsync();
        await Expect(account.SignInLink).ToBeVisibleAsync();
        await account.SignInWithPasskeyButtonAsync();
        await Expect(account.AccountLink).ToHaveAttributeAsync("aria-label", $"Your account ({email})");

        // 7. The library is as it was.
        await library.GotoAsync(LibraryPageObject.Path);
        await library.SelectCollectionAsync(CollectionName);
        await Expect(library.Count).ToHaveTextAsync("2 bookmarks");
        Assert.Equal(before, await library.List.InnerTextAsync());

        // 8. A second researcher sees none of it.
        await using var otherContext = await portal.NewContextAsync();
        var other = new AccountPages(await otherContext.NewPageAsync());
        await other.RegisterAndSignInAsync("second");
        var otherLibrary = new LibraryPageObject(other.Page);
        await otherLibrary.GotoAsync(LibraryPageObject.Path);
        await Expect(otherLibrary.Count).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Your library is empty"));
        await Expect(otherLibrary.Collections).ToHaveCountAsync(0);
        var otherDocument = new DocumentPage(other.Page);
        await otherDocument.GotoAsync(DocumentPage.Resolution7327);
        await otherDocument.WaitUntilInteractiveAsync();
        Assert.Empty(await otherDocument.SavedPassageHighlightsAsync());
    }

    private static async Task<string> DownloadAsync(IPage page, string format)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId($"export-{format}").ClickAsync());
        return await File.ReadAllTextAsync(await download.PathAsync(), TestContext.Current.CancellationToken);
    }
}
