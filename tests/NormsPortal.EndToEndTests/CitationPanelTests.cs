using NormsPortal.EndToEndTests.Infrastructure;
using NormsPortal.EndToEndTests.PageObjects;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests;

/// <summary>
/// The citation panel where readers meet it, on a norm's page: each style copied through the real
/// clipboard with exactly the issue's text, the permalink, and each reference-manager download.
/// </summary>
public sealed class CitationPanelTests(PortalFixture portal)
{
    [Theory]
    [InlineData("un", "A/RES/73/27, para. 1.6")]
    [InlineData("bluebook", "G.A. Res. 73/27, ¶ 1.6, U.N. Doc. A/RES/73/27 (Dec. 5, 2018)")]
    [InlineData("oscola", "UNGA Res 73/27 (5 December 2018) UN Doc A/RES/73/27, para 1.6")]
    public async Task Norm16_CopiesEachCitationStyle_ExactlyAsShown(string style, string expected)
    {
        await using var context = await portal.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var norm = new NormPageObject(await context.NewPageAsync());
        await norm.GotoNormAsync("1.6");
        await norm.WaitUntilInteractiveAsync();
        var panel = norm.Page.GetByTestId("citation-panel");
        await Expect(panel.GetByTestId($"citation-text-{style}")).ToHaveTextAsync(expected);

        var copy = panel.GetByTestId($"copy-{style}");
        await Expect(copy).ToBeEnabledAsync();
        await copy.ClickAsync();

        await Expect(panel.GetByTestId($"copy-{style}-status")).ToContainTextAsync("copied");
        Assert.Equal(expected, await norm.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [Fact]
    public async Task Norm16_CopyLink_CopiesTheParagraphsPermalink()
    {
        await using var context = await portal.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var norm = new NormPageObject(await context.NewPageAsync());
        await norm.GotoNormAsync("1.6");
        await norm.WaitUntilInteractiveAsync();
        var panel = norm.Page.GetByTestId("citation-panel");
        await Expect(panel.GetByTestId("copy-link")).ToBeEnabledAsync();

        await panel.GetByTestId("copy-link").ClickAsync();

        await Expect(panel.GetByTestId("copy-link-status")).ToHaveTextAsync("Link copied");
        var copied = await norm.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(new Uri(portal.BaseAddress, "/documents/A/RES/73/27#op1.6").ToString(), copied);
    }

    [Theory]
    [InlineData("csl-json", ".json", "\"A/RES/73/27\"")]
    [InlineData("bibtex", ".bib", "@")]
    [InlineData("ris", ".ris", "TY  - ")]
    public async Task Norm16_DownloadsEachReferenceManagerFormat(string format, string extension, string mustContain)
    {
        await using var context = await portal.NewContextAsync();
        var norm = new NormPageObject(await context.NewPageAsync());
        await norm.GotoNormAsync("1.6");

        var download = await norm.Page.RunAndWaitForDownloadAsync(() =>
            norm.Page.GetByTestId("citation-panel").GetByTestId($"download-{format}").ClickAsync());

        Assert.EndsWith(extension, download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var content = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        Assert.Contains(mustContain, content, StringComparison.Ordinal);
        Assert.Contains("73/27", content, StringComparison.Ordinal);
    }
}
