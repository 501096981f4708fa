using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

public sealed partial class SearchTests(PortalFixture portal)
{
    [GeneratedRegex(@"/search\?q=critical(%20|\+)infrastructure$")]
    private static partial Regex CriticalInfrastructureSearch();

    [GeneratedRegex(@"/documents/A/RES/73/27\?lang=en#op1\.6$")]
    private static partial Regex Norm16Permalink();

    [GeneratedRegex(@"/norms/1\.6$")]
    private static partial Regex Norm16Page();

    [GeneratedRegex(@"<section\b[^>]*\bclass=""np-search-page""[^>]*\bdata-state=""(?<state>[^""]*)""")]
    private static partial Regex SearchPageState();

    [Fact]
    public async Task SlashKey_FocusesTheAppBarsSearchBox_OnAStaticPageToo()
    {
        await using var context = await portal.NewContextAsync();
        var norm = new NormPageObject(await context.NewPageAsync());
        await norm.GotoNormAsync("1.6");
        await norm.WaitUntilInteractiveAsync();

        await norm.Page.Keyboard.PressAsync("/");

        await Expect(norm.Page.Locator("#site-search")).ToBeFocusedAsync();

        // The account pages have no circuit; the shortcut is the page's own script.
        await norm.GotoAsync("/account/login");
        await norm.Page.Locator("h1").ClickAsync();
        await norm.Page.Keyboard.PressAsync("/");

        await Expect(norm.Page.Locator("#site-search")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task TypeAQuery_OpenAResult_LandsOnTheParagraph()
    {
        await using var context = await portal.NewContextAsync();
        var search = new SearchPage(await context.NewPageAsync());
        await search.GotoAsync(HomePage.Path);
        await search.WaitUntilInteractiveAsync();

        await search.SiteSearch.FillAsync("critical infrastructure");
        await search.SiteSearch.PressAsync("Enter");

        await Expect(search.Page).ToHaveURLAsync(CriticalInfrastructureSearch());
        await Expect(search.State).ToHaveAttributeAsync("data-state", "results");
        var permalink = search.Permalinks.First;
        await Expect(permalink).ToHaveAttributeAsync("href", Norm16Permalink());
        await Expect(search.Page.Locator(".np-result").First.Locator("mark").First).ToHaveTextAsync(new Regex("^critical$", RegexOptions.IgnoreCase));

        await permalink.ClickAsync();

        await Expect(search.Page).ToHaveURLAsync(Norm16Permalink());
        Assert.Equal("#op1.6", await search.Page.EvaluateAsync<string>("() => location.hash"));
        await Expect(search.Page.Locator("[id='op1.6']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SharedUrl_GivesTheSameResultsInAnotherBrowser()
    {
        const string query = "\"knowingly support\" -territory";
        await using var first = await portal.NewContextAsync();
        var mine = new SearchPage(await first.NewPageAsync());
        await mine.GotoAsync(HomePage.Path);
        await mine.WaitUntilInteractiveAsync();
        await mine.SiteSearch.FillAsync(query);
        await mine.SiteSearch.PressAsync("Enter");
        await Expect(mine.State).ToHaveAttributeAsync("data-state", "results");
        var sharedUrl = mine.Page.Url;
        var myResults = await mine.PermalinkHrefsAsync();

        await using var second = await portal.NewContextAsync(PortalFixture.PhoneWidth);
        var theirs = new SearchPage(await second.NewPageAsync());
        var response = await theirs.Page.GotoAsync(sharedUrl);

        Assert.Equal(200, response!.Status);
        Assert.NotEmpty(myResults);
        Assert.Equal(myResults, await theirs.PermalinkHrefsAsync());
        await Expect(theirs.PageSearch).ToHaveValueAsync(query);
    }

    [Fact]
    public async Task Suggestions_OfferTheNormByNumber_AndTheKeyboardOpensIt()
    {
        await using var context = await portal.NewContextAsync();
        var search = new SearchPage(await context.NewPageAsync());
        await search.GotoAsync(HomePage.Path);
        await search.WaitUntilInteractiveAsync();

        await search.SiteSearch.PressSequentiallyAsync("1.6");
        var option = search.Page.Locator("#site-search-suggestions [role=option]").First;
        await Expect(option).ToContainTextAsync("Norm 1.6");
        await Expect(search.SiteSearch).ToHaveAttributeAsync("aria-expanded", "true");
        await search.SiteSearch.PressAsync("ArrowDown");
        await Expect(search.SiteSearch).ToHaveAttributeAsync("aria-activedescendant", "site-search-option-0");
        await search.SiteSearch.PressAsync("Enter");

        await Expect(search.Page).ToHaveURLAsync(Norm16Page());
    }

    [Fact]
    public async Task SlashKey_FocusesTheSearchBox_ButNotWhileTypingInAField()
    {
        await using var context = await portal.NewContextAsync();
        var search = new SearchPage(await context.NewPageAsync());
        await search.GotoAsync(SearchPage.HelpPath);
        await search.WaitUntilInteractiveAsync();

        await search.Page.Locator("h1").ClickAsync();
        await search.Page.Keyboard.PressAsync("/");

        await Expect(search.SiteSearch).ToBeFocusedAsync();
        await Expect(search.SiteSearch).ToHaveValueAsync("");

        await search.SiteSearch.PressSequentiallyAsync("a/b");
        await Expect(search.SiteSearch).ToHaveValueAsync("a/b");
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("NEAR(")]
    [InlineData("*:*")]
    [InlineData("&|!")]
    [InlineData("\"unbalanced")]
    [InlineData("col:")]
    public async Task HostileQuery_GivesAPageNotAnError(string query)
    {
        // The page is not streamed (the first response carries its state) and the check is of that response
        // alone, so a plain request does it without a browser page and a circuit.
        await using var context = await portal.NewContextAsync();

        var response = await context.APIRequest.GetAsync(SearchPage.For(query));

        Assert.Equal(200, response.Status);
        var section = SearchPageState().Match(await response.TextAsync());
        Assert.True(section.Success, $"The answer to {query} has no search page section with a data-state.");
        Assert.Matches("^(nothing|none|results|direct)$", section.Groups["state"].Value);
    }

    [Fact]
    public async Task NothingToSearchFor_IsSaidClearly()
    {
        await using var context = await portal.NewContextAsync();
        var search = new SearchPage(await context.NewPageAsync());

        await search.SearchForAsync("&|!");

        await Expect(search.State).ToHaveAttributeAsync("data-state", "nothing");
        await Expect(search.Page.GetByRole(AriaRole.Heading, new() { Name = "Nothing to search for" })).ToBeVisibleAsync();
        await Expect(search.Warnings).ToContainTextAsync("&|!");
    }

    /// <summary>
    /// Each page at both widths and in both themes, in two scans rather than four: sideways scrolling depends on
    /// the width and contrast on the theme, hardly ever on both. The page is loaded once on a desktop in one theme,
    /// then resized to a phone (<see cref="Widths"/>) and switched to the other theme; the pairing alternates from
    /// page to page, so every width meets every theme somewhere.
    /// </summary>
    public static TheoryData<string, ColorScheme> SearchPagesAndDesktopThemes()
    {
        var data = new TheoryData<string, ColorScheme>();
        var paths = new[] { SearchPage.Path, SearchPage.For("critical infrastructure 1.6"), SearchPage.For("&|!"), SearchPage.HelpPath };
        for (var i = 0; i < paths.Length; i++)
        {
            data.Add(paths[i], i % 2 == 0 ? ColorScheme.Light : ColorScheme.Dark);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SearchPagesAndDesktopThemes))]
    public async Task SearchPages_HaveNoSeriousAccessibilityViolations_AndNoSidewaysScrolling_OnADesktopAndAPhone(string path, ColorScheme desktopScheme)
    {
        await using var context = await portal.NewContextAsync(PortalFixture.DesktopWidth, desktopScheme);
        var page = await context.NewPageAsync();
        var portalPage = new PortalPage(page);
        await portalPage.GotoAsync(path);
        await portalPage.WaitUntilInteractiveAsync();

        await Widths.DesktopThenPhoneAsync(page, async width =>
        {
            if (width == PortalFixture.PhoneWidth)
            {
                await portalPage.SwitchThemeAsync();
            }

            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Widths.AssertNoSidewaysScrollAsync(page);
        });
    }

    [Fact]
    public async Task OpenSuggestions_HaveNoSeriousAccessibilityViolations()
    {
        await using var context = await portal.NewContextAsync();
        var search = new SearchPage(await context.NewPageAsync());
        await search.GotoAsync(HomePage.Path);
        await search.WaitUntilInteractiveAsync();
        await search.SiteSearch.PressSequentiallyAsync("1.1");
        await Expect(search.Page.Locator("#site-search-suggestions [role=option]").First).ToBeVisibleAsync();
        await search.SiteSearch.PressAsync("ArrowDown");

        await Accessibility.AssertNoSeriousViolationsAsync(search.Page);
    }
}
