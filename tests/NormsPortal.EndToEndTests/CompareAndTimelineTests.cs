using Microsoft.Playwright;
using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

/// <summary>/compare and /timeline in Chromium, with axe and no sideways scrolling on a desktop and a phone.</summary>
public sealed class CompareAndTimelineTests(PortalFixture portal)
{
    private const string ComparePath = "/compare?a=A/RES/77/36&b=A/RES/78/237";

    /// <summary>Loaded once on a desktop and checked there, then at phone width (<see cref="Widths"/>), the unchanged paragraphs unfolded.</summary>
    [Fact]
    public async Task Compare_TwoResolutions_MarksChanges_AndUnfoldsUnchangedParagraphs_OnADesktopAndAPhone()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var portalPage = new PortalPage(page);

        var response = await portalPage.GotoAsync(ComparePath);
        await portalPage.WaitUntilInteractiveAsync();

        Assert.Equal(200, response.Status);
        var unchanged = page.Locator("[data-testid=compare-unchanged]").First;
        await Expect(unchanged.Locator("[data-testid=compare-row]").First).ToBeHiddenAsync();
        await unchanged.Locator("summary").ClickAsync();
        await Widths.DesktopThenPhoneAsync(page, async _ =>
        {
            await Expect(page.Locator("h1")).ToHaveTextAsync("A/RES/77/36 compared with A/RES/78/237");
            await Expect(page.Locator("[data-change=changed] ins").First).ToBeVisibleAsync();
            await Expect(unchanged.Locator("[data-testid=compare-row]").First).ToBeVisibleAsync();
            await Widths.AssertNoSidewaysScrollAsync(page);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
        });
    }

    /// <summary>
    /// 78/237 puts "Calls upon States" before "Welcomes the adoption", which was op2 of 77/36 and is op3 now; 77/36 op6
    /// ("Invites Member States to share") is 78/237 op7 grown, in its place among its neighbours: changed, not moved.
    /// Both views, with axe, on a desktop in the light theme and on a phone in the dark one (sideways scrolling
    /// depends on the width and contrast on the theme, hardly ever on both).
    /// </summary>
    [Theory]
    [InlineData(PortalFixture.DesktopWidth, ColorScheme.Light)]
    [InlineData(PortalFixture.PhoneWidth, ColorScheme.Dark)]
    public async Task Compare_ShowsTheMovedParagraph_AndTurnsSideBySide(int width, ColorScheme scheme)
    {
        await using var context = await portal.NewContextAsync(width, scheme);
        var page = await context.NewPageAsync();
        var portalPage = new PortalPage(page);
        await portalPage.GotoAsync(ComparePath);
        await portalPage.WaitUntilInteractiveAsync();
        await Expect(portalPage.Html).ToHaveAttributeAsync("data-theme", scheme == ColorScheme.Dark ? "dark" : "light");

        var moved = page.Locator("[data-change=moved][data-first-anchor=op2][data-second-anchor=op3]");
        await Expect(moved.Locator(".np-compare-row__change")).ToHaveTextAsync("Moved:");
        await Expect(moved.Locator("a")).ToHaveTextAsync(["paragraph 2 of A/RES/77/36", "paragraph 3 of A/RES/78/237"]);
        await Expect(moved.Locator("ins").First).ToBeVisibleAsync();
        await Expect(page.Locator("[data-change=changed][data-first-anchor=op6][data-second-anchor=op7]")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("[data-testid=compare-view-side-by-side]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("view=side-by-side"));
        await Expect(page.Locator("[data-testid=compare-view-side-by-side]")).ToHaveAttributeAsync("aria-current", "page");
        var sides = page.Locator("[data-change=moved][data-first-anchor=op2]");
        var first = await sides.Locator("[data-testid=compare-side-first]").BoundingBoxAsync();
        var second = await sides.Locator("[data-testid=compare-side-second]").BoundingBoxAsync();
        if (width == PortalFixture.PhoneWidth)
        {
            Assert.True(second!.Y >= first!.Y + first.Height - 1, "The two texts should stack at 375 px.");
        }
        else
        {
            Assert.True(second!.X >= first!.X + first.Width - 1 && Math.Abs(second.Y - first.Y) < 1, "The two texts should stand side by side at 1280 px.");
        }

        await Widths.AssertNoSidewaysScrollAsync(page);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
    }

    [Fact]
    public async Task Compare_FormAndSwap_LeadToTheOtherDirection()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var portalPage = new PortalPage(page);
        await portalPage.GotoAsync("/compare");
        // Typed before the circuit's first render, the text would be replaced by the empty values it renders.
        await portalPage.WaitUntilInteractiveAsync();

        await page.Locator("#compare-a").FillAsync("A/RES/77/36");
        await page.Locator("#compare-b").FillAsync("A/RES/78/237");
        await page.Locator("[data-testid=compare-submit]").ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("A/RES/77/36 compared with A/RES/78/237");
        await page.Locator("[data-testid=compare-swap]").ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync("A/RES/78/237 compared with A/RES/77/36");
    }

    [Fact]
    public async Task Compare_UnknownSymbol_Answers404()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();

        var response = await new PortalPage(page).GotoAsync("/compare?a=A/RES/77/99&b=A/RES/78/237");

        Assert.Equal(404, response.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("No document A/RES/77/99");
    }

    /// <summary>Loaded once on a desktop and checked there, then at phone width (<see cref="Widths"/>).</summary>
    [Fact]
    public async Task Timeline_ShowsTheLanes_TheGap_AndTheVotes_OnADesktopAndAPhone()
    {
        await using var context = await portal.NewContextAsync();
        var page = await context.NewPageAsync();
        var portalPage = new PortalPage(page);

        await portalPage.GotoAsync("/timeline");
        await portalPage.WaitUntilInteractiveAsync();

        await Widths.DesktopThenPhoneAsync(page, async width =>
        {
            await Expect(page.Locator("[data-testid=timeline-lane]")).ToHaveCountAsync(4);
            await Expect(page.Locator("[data-testid=timeline-gap][data-session='72']")).ToContainTextAsync("72/512");
            await Expect(page.Locator("[data-testid=timeline-entry][data-symbol='A/RES/73/27'] [data-testid=vote-counts]"))
                .ToHaveTextAsync("119 yes, 46 no, 14 abstaining");
            await Expect(page.Locator("[data-testid=timeline-report]")).ToHaveCountAsync(3);
            if (width == PortalFixture.PhoneWidth)
            {
                // On a phone the lanes stack: the second lane starts below the first.
                var first = await page.Locator("[data-testid=timeline-lane]").Nth(0).BoundingBoxAsync();
                var second = await page.Locator("[data-testid=timeline-lane]").Nth(1).BoundingBoxAsync();
                Assert.True(second!.Y > first!.Y + first.Height - 1, "The lanes should stack at 375 px.");
            }

            await Widths.AssertNoSidewaysScrollAsync(page);
            var broken = await WordsBrokenAcrossLinesAsync(page.Locator("[data-testid=timeline-page]"));
            Assert.True(broken.Length == 0, $"At {width} px, words broken across lines: {string.Join(", ", broken)}");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
        });
    }

    /// <summary>
    /// The words (split at spaces and hyphens, where a line may break) whose letters the browser put
    /// on more than one line: a column too narrow for them. Each word is measured with a DOM range.
    /// </summary>
    private static Task<string[]> WordsBrokenAcrossLinesAsync(ILocator root) => root.EvaluateAsync<string[]>("""
        root => {
          const broken = [];
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement?.closest('.np-visually-hidden')) {
              continue;
            }
            const text = node.textContent;
            for (const match of text.matchAll(/[^\s\-–]+/g)) {
              const range = document.createRange();
              range.setStart(node, match.index);
              range.setEnd(node, match.index + match[0].length);
              const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
              if (tops.size > 1) {
                broken.push(match[0]);
              }
            }
          }
          return broken;
        }
        """);

    [Fact]
    public async Task CitationDownloads_AreFilesWithTheirNames()
    {
        await using var context = await portal.NewContextAsync();
        foreach (var (format, fileName) in new[] { ("csl-json", "A_RES_73_27-op1.6.json"), ("bibtex", "A_RES_73_27-op1.6.bib"), ("ris", "A_RES_73_27-op1.6.ris") })
        {
            var response = await context.APIRequest.GetAsync($"/api/v1/documents/A/RES/73/27/citation?anchor=op1.6&format={format}");

            Assert.Equal(200, response.Status);
            Assert.Contains($"filename={fileName}", response.Headers["content-disposition"], StringComparison.Ordinal);
        }
    }
}
