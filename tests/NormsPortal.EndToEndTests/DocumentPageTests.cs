using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

/// <summary>
/// The document page in Chromium: paragraphs, languages, side by side, print. Following a
/// cross-reference and its "cited by" link back is part of <see cref="DiplomatJourneyTests"/>.
/// </summary>
public sealed class DocumentPageTests(PortalFixture portal)
{
    [Fact]
    public async Task Resolution7327_OnADesktop_TheContentsStayInView_AndLeadToParagraph1_6_AndHighlightIt()
    {
        await using var context = await portal.NewContextAsync(PortalFixture.DesktopWidth);
        var document = new DocumentPage(await context.NewPageAsync());

        var response = await document.GotoAsync(DocumentPage.Resolution7327);

        Assert.Equal(200, response.Status);
        await Expect(document.Symbol).ToHaveTextAsync("A/RES/73/27");
        await document.WaitUntilInteractiveAsync();
        await Expect(document.JumpBar).ToBeHiddenAsync();

        // While reading a long text the contents stay in view...
        await document.Section("provenance").ScrollIntoViewIfNeededAsync();
        Assert.True(await document.Page.EvaluateAsync<double>("() => window.scrollY") > 2000, "The page should have scrolled far down.");
        await Expect(document.Contents.GetByRole(AriaRole.Heading, new() { Name = "Contents" })).ToBeInViewportAsync();

        // ...and lead to a paragraph, highlighted as the address's target.
        await document.Contents.GetByRole(AriaRole.Link, new() { Name = "paragraph 1.6", Exact = true }).ClickAsync();

        await Expect(document.Page).ToHaveURLAsync(new Uri(portal.BaseAddress, "/documents/A/RES/73/27#op1.6").ToString());
        // Where it ends up: the paragraphs above it must not grow after the jump and push it away.
        await Layout.SettledAsync(document.Provision("op1.6"));
        await Expect(document.Provision("op1.6")).ToBeInViewportAsync();
        await Expect(document.Provision("op1.6")).ToContainTextAsync("A State should not conduct or knowingly support ICT activity");
        Assert.True(await document.IsTargetAsync("op1.6"));
    }

    [Fact]
    public async Task Permalink_OpensThePageAtTheParagraph_AndItsToolsCopyTheFullAddress()
    {
        await using var context = await portal.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var document = new DocumentPage(await context.NewPageAsync());

        await document.GotoAsync(DocumentPage.Resolution7327 + "#op1.6");
        await document.WaitUntilInteractiveAsync();

        Assert.True(await document.IsTargetAsync("op1.6"));
        var paragraph = document.Provision("op1.6");
        await paragraph.GetByRole(AriaRole.Button, new() { Name = "Link and citation for paragraph 1.6" }).ClickAsync();
        var tools = document.ParagraphToolsPanel("op1.6");
        await Expect(tools.GetByTestId("citation-permalink")).ToHaveAttributeAsync("href", new Uri(portal.BaseAddress, "/documents/A/RES/73/27#op1.6").ToString());
        await tools.GetByTestId("copy-link").ClickAsync();
        await Expect(tools.GetByTestId("copy-link-status")).ToHaveTextAsync("Link copied");
        var copied = await document.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(new Uri(portal.BaseAddress, "/documents/A/RES/73/27#op1.6").ToString(), copied);
    }

    /// <summary>
    /// A link to a paragraph opened cold lands on it and it stays there: first on the prerendered page (what a
    /// reader sees until the circuit connects, seconds for a long text), then once the circuit has drawn the
    /// page again. The circuit is held back until the first check, so that check sees the page without it.
    /// </summary>
    [Theory]
    [InlineData(PortalFixture.DesktopWidth)]
    [InlineData(PortalFixture.PhoneWidth)]
    public async Task Permalink_OpenedCold_LandsOnTheParagraph_AndItStaysInView_BeforeTheCircuitAndOnceInteractive(int width)
    {
        await using var context = await portal.NewContextAsync(width);
        var document = new DocumentPage(await context.NewPageAsync());
        // The circuit's first request waits here; any later one (a reconnection) goes through.
        var circuitRequest = new TaskCompletionSource<IRoute>();
        await document.Page.RouteAsync("**/_blazor/negotiate**", route => circuitRequest.TrySetResult(route) ? Task.CompletedTask : route.ContinueAsync());
        var paragraph = document.Provision("op1.6");

        await document.GotoAsync(DocumentPage.Resolution7327 + "#op1.6");

        await Layout.SettledAsync(paragraph);
        await Expect(document.InteractiveMarker).ToHaveCountAsync(0);
        await Expect(paragraph).ToBeInViewportAsync();
        await Expect(document.Target).ToHaveIdAsync("op1.6");

        await (await circuitRequest.Task).ContinueAsync();
        await document.WaitUntilInteractiveAsync();

        // The circuit's render replaces the paragraph; the page makes it the address's target again.
        await Expect(document.Target).ToHaveIdAsync("op1.6");
        await Layout.SettledAsync(paragraph);
        await Expect(paragraph).ToBeInViewportAsync();
    }

    [Fact]
    public async Task SixLanguageResolution_SwitchesLanguage_WithArabicRightToLeft()
    {
        await using var context = await portal.NewContextAsync();
        var document = new DocumentPage(await context.NewPageAsync());
        await document.GotoAsync(DocumentPage.Resolution7736);
        await document.WaitUntilInteractiveAsync();
        await Expect(document.Page.GetByTestId("language-switch").GetByRole(AriaRole.Link)).ToHaveCountAsync(6);

        await document.LanguageLink("fr").ClickAsync();

        await Expect(document.Page).ToHaveURLAsync(new Uri(portal.BaseAddress, "/documents/A/RES/77/36?lang=fr").ToString());
        await Expect(document.Text).ToHaveAttributeAsync("lang", "fr");
        await Expect(document.Provision("op1")).ToContainTextAsync("Appuie");
        await Expect(document.LanguageLink("fr")).ToHaveAttributeAsync("aria-current", "true");

        await document.LanguageLink("ar").ClickAsync();

        await Expect(document.Text).ToHaveAttributeAsync("lang", "ar");
        await Expect(document.Text).ToHaveAttributeAsync("dir", "rtl");
    }

    [Fact]
    public async Task SideBySide_AlignsBothLanguagesParagraphByParagraph()
    {
        await using var context = await portal.NewContextAsync();
        var document = new DocumentPage(await context.NewPageAsync());
        await document.GotoAsync(DocumentPage.Resolution7736);
        await document.WaitUntilInteractiveAsync();

        await document.SideBySideLink("fr").ClickAsync();

        await Expect(document.Page).ToHaveURLAsync(new Uri(portal.BaseAddress, "/documents/A/RES/77/36?lang=en&with=fr").ToString());
        await Expect(document.SideBySide).ToBeVisibleAsync();
        var row = document.Provision("op2");
        await Expect(row.Locator("[lang='en'] .np-provision__text")).ToContainTextAsync("Welcomes");
        await Expect(row.Locator("[lang='fr'] .np-provision__text")).ToContainTextAsync("Se félicite");
        // The enacting formulas open the text, side by side like any paragraph.
        await Expect(document.Page.GetByTestId("parallel-row").First).ToHaveAttributeAsync("id", "formula");
        await Expect(document.Provision("formula").Locator("[lang='fr'] .np-provision__text")).ToHaveTextAsync("L’Assemblée générale,");
        await Expect(document.Page.GetByTestId("parallel-row")).ToHaveCountAsync(16);
        await Expect(document.Page.GetByTestId("no-counterpart")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task CountryVotes_FilterAndSortTheMemberStates()
    {
        await using var context = await portal.NewContextAsync();
        var document = new DocumentPage(await context.NewPageAsync());
        await document.GotoAsync(DocumentPage.Resolution7327);
        await document.WaitUntilInteractiveAsync();
        var table = document.CountryVotes;

        await table.Locator("summary").ClickAsync();
        await table.GetByLabel("Filter Member States").FillAsync("united");

        await Expect(table.GetByTestId("country-count")).ToContainTextAsync(" of ");
        var names = await table.Locator("tbody th").AllTextContentsAsync();
        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.Contains("united", name, StringComparison.OrdinalIgnoreCase));

        await table.GetByTestId("sort-vote").ClickAsync();

        await Expect(table.Locator("th[aria-sort='ascending']")).ToContainTextAsync("Vote");
        var votes = await table.Locator("tbody td").AllTextContentsAsync();
        Assert.Equal(votes.OrderBy(v => v == "Yes" ? 0 : v == "No" ? 1 : 2), votes);
    }

    [Fact]
    public async Task UnknownSymbol_Answers404_WithTheNotFoundPageAndSuggestions()
    {
        await using var context = await portal.NewContextAsync();
        var page = new PortalPage(await context.NewPageAsync());

        var response = await page.GotoAsync("/documents/A/RES/99/999");

        Assert.Equal(404, response.Status);
        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "No document A/RES/99/999" })).ToBeVisibleAsync();
        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Name = "Did you mean" })).ToBeVisibleAsync();
        await Expect(page.Page.GetByTestId("document-page")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task LowerCaseSymbol_RedirectsToTheCanonicalAddress()
    {
        await using var context = await portal.NewContextAsync();
        var document = new DocumentPage(await context.NewPageAsync());

        var response = await document.GotoAsync("/documents/a/res/73/27?lang=en");

        Assert.Equal(200, response.Status);
        Assert.Equal(new Uri(portal.BaseAddress, "/documents/A/RES/73/27?lang=en").ToString(), document.Page.Url);
        await Expect(document.Symbol).ToHaveTextAsync("A/RES/73/27");
    }

    [Fact]
    public async Task Print_ShowsTheCitationAddressAccessedDateAndPermalink_WithoutNavigation_AndPutsProvenanceAfterTheText()
    {
        await using var context = await portal.NewContextAsync();
        var document = new DocumentPage(await context.NewPageAsync());
        await document.GotoAsync(DocumentPage.Resolution7327);
        await Expect(document.PrintHeader).ToBeHiddenAsync();
        await document.WaitUntilInteractiveAsync();

        await document.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Expect(document.PrintHeader).ToBeVisibleAsync();
        await Expect(document.PrintHeader).ToContainTextAsync("A/RES/73/27");
        await Expect(document.PrintHeader).ToContainTextAsync(new Uri(portal.BaseAddress, "/documents/A/RES/73/27").ToString());
        await Expect(document.AppBar).ToBeHiddenAsync();
        await Expect(document.Contents).ToBeHiddenAsync();
        await Expect(document.Provision("formula").Locator(".np-provision__text")).ToHaveTextAsync("The General Assembly,");
        await Expect(document.Provision("op1.6")).ToBeVisibleAsync();
        var today = DateTime.UtcNow.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await Expect(document.PrintHeader).ToContainTextAsync("Accessed on " + today);
        await Expect(document.PrintHeader).ToContainTextAsync("Permalink: " + new Uri(portal.BaseAddress, "/documents/A/RES/73/27"));
        var text = await DocumentPage.TopAsync(document.Section("text"));
        Assert.True(text < await DocumentPage.TopAsync(document.Section("facts")), "On paper the text comes before the facts.");
        Assert.True(await DocumentPage.TopAsync(document.Section("facts")) < await DocumentPage.TopAsync(document.Section("provenance")), "On paper the provenance comes last.");
        await Expect(document.Section("cite")).ToBeHiddenAsync();
        await Expect(document.JumpBar).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Phone_ShowsTheTextBeforeCitationFactsAndVotes_AndTheJumpBarLeadsToThem()
    {
        await using var context = await portal.NewContextAsync(PortalFixture.PhoneWidth);
        var document = new DocumentPage(await context.NewPageAsync());
        await document.Page.SetViewportSizeAsync(375, 740);
        await document.GotoAsync(DocumentPage.Resolution7327);
        await document.WaitUntilInteractiveAsync();

        var text = await DocumentPage.TopAsync(document.Section("text"));
        Assert.True(text < await DocumentPage.TopAsync(document.Section("cite")), "The text should come before the citation box on a phone.");
        Assert.True(text < await DocumentPage.TopAsync(document.Section("facts")), "The text should come before the facts on a phone.");
        Assert.True(text < await DocumentPage.TopAsync(document.Section("votes")), "The text should come before the votes on a phone.");
        await Expect(document.JumpBar).ToBeInViewportAsync();

        await document.JumpBar.GetByRole(AriaRole.Link, new() { Name = "Votes" }).ClickAsync();
        await Expect(document.Page).ToHaveURLAsync(new Uri(portal.BaseAddress, "/documents/A/RES/73/27#votes").ToString());
        await Expect(document.Section("votes").GetByRole(AriaRole.Heading, new() { Name = "Votes" })).ToBeInViewportAsync();
        // The bar stays at the top of the screen, so the next jump is one tap away.
        await Expect(document.JumpBar).ToBeInViewportAsync();

        await document.JumpBar.GetByRole(AriaRole.Link, new() { Name = "Contents" }).ClickAsync();
        await Expect(document.Contents.GetByRole(AriaRole.Heading, new() { Name = "Contents" })).ToBeInViewportAsync();
    }

    [Fact]
    public async Task LongText_AnAnchorDeepInIt_LandsOnItsParagraph_OnFirstLoadAndOnceInteractive()
    {
        await using var context = await portal.NewContextAsync();
        var document = new DocumentPage(await context.NewPageAsync());

        await document.GotoAsync(DocumentPage.Resolution79243 + "#art57-op5d");

        var paragraph = document.Provision("art57-op5d");
        await Expect(paragraph).ToBeInViewportAsync();
        // The circuit loads and renders the whole text again (too large to hand over): give it time on a busy machine.
        await Expect(document.InteractiveMarker).ToBeAttachedAsync(new() { Timeout = 60_000 });
        await Expect(paragraph).ToBeInViewportAsync();
        await Expect(paragraph).ToContainTextAsync("Making appropriate use of relevant information produced by other international and regional organizations");
        Assert.True(await document.IsTargetAsync("art57-op5d"));
        // Every paragraph is in the page, so find-in-page and print see the whole text.
        Assert.True(await document.Page.Locator("[data-testid='provision']").CountAsync() > 600);
    }

    [Fact]
    public async Task Print_LeavesOutEmptySectionsAndNotHeldNotes()
    {
        await using var context = await portal.NewContextAsync();
        var document = new DocumentPage(await context.NewPageAsync());
        await document.GotoAsync(DocumentPage.Resolution4378H);
        await Expect(document.Page.GetByTestId("no-text")).ToBeVisibleAsync();

        await document.Page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        await Expect(document.Page.GetByTestId("no-text")).ToBeHiddenAsync();
        await Expect(document.Page.Locator(".np-facts__value--missing").First).ToBeHiddenAsync();
        await Expect(document.Section("provenance")).ToBeVisibleAsync();
    }

    /// <summary>Each page is loaded once on a desktop and checked there, then at phone width (<see cref="Widths"/>).</summary>
    [Theory]
    // With a paragraph as the address's target, so its highlight is checked too.
    [InlineData(DocumentPage.Resolution7327 + "#op1.6")]
    [InlineData(DocumentPage.Resolution7736 + "?lang=ar")]
    [InlineData(DocumentPage.Resolution7736 + "?lang=en&with=fr")]
    [InlineData(DocumentPage.Resolution4378H)]
    public async Task DocumentPage_IsAccessible_AndNeverScrollsSideways_OnADesktopAndAPhone(string path)
    {
        await using var context = await portal.NewContextAsync();
        var document = new DocumentPage(await context.NewPageAsync());
        await document.GotoAsync(path);
        await document.WaitUntilInteractiveAsync();
        // The Member States' table too, which is folded away at first.
        foreach (var details in await document.Page.Locator("[data-testid='country-votes']").AllAsync())
        {
            await details.EvaluateAsync("element => element.open = true");
        }

        await Widths.DesktopThenPhoneAsync(document.Page, async width =>
        {
            await Accessibility.AssertNoSeriousViolationsAsync(document.Page);
            if (width == PortalFixture.PhoneWidth)
            {
                await document.AssertNothingOverflowsAsync();
            }
        });
    }
}
