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
    /// <summary>The styles and their exact texts, copied in turn on one page.</summary>
    private static readonly (string Style, string Expected)[] s_styles =
    [
        ("un", "A/RES/73/27, para. 1.6"),
        ("bluebook", "G.A. Res. 73/27, ¶ 1.6, U.N. Doc. A/RES/73/27 (Dec. 5, 2018)"),
        ("oscola", "UNGA Res 73/27 (5 December 2018) UN Doc A/RES/73/27, para 1.6"),
    ];

    /// <summary>The reference-manager formats, each downloaded in turn from one page.</summary>
    private static readonly (string Format, string Extension, string MustContain)[] s_downloads =
    [
        ("csl-json", ".json", "\"A/RES/73/27\""),
        ("bibtex", ".bib", "@"),
        ("ris", ".ris", "TY  - "),
    ];

    [Fact]
    public async Task Norm16_CopiesEachCitationStyle_ExactlyAsShown_AndTheLinkAsItsPermalink()
    {
        await using var context = await portal.NewContextAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var norm = new NormPageObject(await context.NewPageAsync());
        await norm.GotoNormAsync("1.6");
        await norm.WaitUntilInteractiveAsync();
        var panel = norm.Page.GetByTestId("citation-panel");

        foreach (var (style, expected) in s_styles)
        {
            await Expect(panel.GetByTestId($"citation-text-{style}")).ToHaveTextAsync(expected);
            var copy = panel.GetByTestId($"copy-{style}");
            await Expect(copy).ToBeEnabledAsync();

            await copy.ClickAsync();

            await Expect(panel.GetByTestId($"copy-{style}-status")).ToContainTextAsync("copied");
            Assert.Equal(expected, await norm.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        }

        await Expect(panel.GetByTestId("copy-link")).ToBeEnabledAsync();

        await panel.GetByTestId("copy-link").ClickAsync();

        await Expect(panel.GetByTestId("copy-link-status")).ToHaveTextAsync("Link copied");
        var copied = await norm.Page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.Equal(new Uri(portal.BaseAddress, "/documents/A/RES/73/27#op1.6").ToString(), copied);
    }

    [Fact]
    public async Task Norm16_DownloadsEachReferenceManagerFormat()
    {
        await using var context = await portal.NewContextAsync();
        var norm = new NormPageObject(await context.NewPageAsync());
        await norm.GotoNormAsync("1.6");

        foreach (var (format, extension, mustContain) in s_downloads)
        {
            var download = await norm.Page.RunAndWaitForDownloadAsync(() =>
                norm.Page.GetByTestId("citation-panel").GetByTestId($"download-{format}").ClickAsync());

            Assert.EndsWith(extension, download.SuggestedFilename, StringComparison.Ordinal);
            var path = await download.PathAsync();
            var content = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
            Assert.True(content.Contains(mustContain, StringComparison.Ordinal) && content.Contains("73/27", StringComparison.Ordinal),
                $"The {format} download lacks {mustContain} or 73/27: {content}");
        }
    }
}
