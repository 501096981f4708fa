using System.Text.RegularExpressions;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

/// <summary>A result's "and 8 more" opened in place on the results page, its paragraphs named in words.</summary>
public sealed partial class SearchResultMatchesTests(PortalFixture portal)
{
    [GeneratedRegex(@"^(Title|Paragraph|Preambular paragraph|Footnote|Heading|Annex|Enacting formula)\b")]
    private static partial Regex HumanLabel();

    /// <summary>Opened once on a desktop; the list is checked there, then at phone width (<see cref="Widths"/>).</summary>
    [Fact]
    public async Task ShowAll_ListsEveryMatchOfTheWork_InPlace_NamedInWords_OnADesktopAndAPhone()
    {
        await using var context = await portal.NewContextAsync();
        var search = new SearchPage(await context.NewPageAsync());
        await search.GotoAsync(SearchPage.For("security") + "&scope=document");
        await search.WaitUntilInteractiveAsync();
        var result = search.Results.Filter(new() { Has = search.Page.GetByTestId("show-all-matches") }).First;
        var showAll = result.GetByTestId("show-all-matches");
        var total = int.Parse(Regex.Match(await showAll.InnerTextAsync(), @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
        await Expect(showAll).ToBeEnabledAsync();

        await showAll.ClickAsync();

        await Expect(showAll).ToHaveAttributeAsync("aria-expanded", "true");
        var links = result.Locator(".np-result__permalink");
        await Widths.DesktopThenPhoneAsync(search.Page, async _ =>
        {
            await Expect(links).ToHaveCountAsync(Math.Min(total, 200));
            foreach (var label in await links.AllInnerTextsAsync())
            {
                Assert.Matches(HumanLabel(), label);
            }

            await Accessibility.AssertNoSeriousViolationsAsync(search.Page);
        });
    }
}
