using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace NormsPortal.EndToEndTests.PageObjects;

/// <summary>The admin's import page, /admin/import: a file or pasted text, its preview, and the import of what was previewed.</summary>
public sealed class ImportPageObject(IPage page) : PortalPage(page)
{
    public const string Path = "/admin/import";

    public ILocator Preview => Page.GetByTestId("import-preview");

    /// <summary>The previewed paragraphs, in reading order, each with its anchor in <c>data-anchor</c>.</summary>
    public ILocator Paragraphs => Page.GetByTestId("import-paragraph");

    public ILocator Problem => Page.GetByTestId("import-problem");

    public ILocator Done => Page.GetByTestId("import-done");

    /// <summary>Chooses <paramref name="file"/> (with its name) and the symbol, when given, and asks for the preview.</summary>
    public async Task PreviewFileAsync(string name, byte[] file, string? symbol = null)
    {
        await WaitUntilInteractiveAsync();
        await Page.GetByTestId("import-file").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/octet-stream", Buffer = file });
        if (symbol is not null)
        {
            await Page.GetByTestId("import-symbol").FillAsync(symbol);
        }

        await Page.GetByTestId("import-preview-button").ClickAsync();
        await Expect(Preview.Or(Problem)).ToBeVisibleAsync();
    }

    /// <summary>The anchors and texts of the previewed paragraphs.</summary>
    public async Task<IReadOnlyList<(string Anchor, string Text)>> ParagraphsAsync()
    {
        var paragraphs = new List<(string, string)>();
        foreach (var paragraph in await Paragraphs.AllAsync())
        {
            paragraphs.Add(((await paragraph.GetAttributeAsync("data-anchor"))!, await paragraph.Locator(".np-import__text").InnerTextAsync()));
        }

        return paragraphs;
    }

    /// <summary>Imports what was previewed and waits for the confirmation.</summary>
    public async Task CommitAsync()
    {
        await Page.GetByTestId("import-commit").ClickAsync();
        await Expect(Done).ToBeVisibleAsync();
    }
}
