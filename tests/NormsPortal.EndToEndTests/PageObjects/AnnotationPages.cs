using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.PageObjects;

/// <summary>The admin annotation pages: the list (<c>/admin/annotations</c>) and one annotation's editor.</summary>
public sealed partial class AnnotationPages(IPage page) : PortalPage(page)
{
    public const string ListPath = "/admin/annotations";

    public const string NewPath = ListPath + "/new";

    /// <summary>The list's rows, one per annotation.</summary>
    public ILocator Rows => Page.GetByTestId("annotation-row");

    /// <summary>The editor's Markdown field.</summary>
    public ILocator Body => Page.GetByTestId("annotation-body");

    /// <summary>The live preview of the body, rendered and cleaned as the public will see it.</summary>
    public ILocator Preview => Page.GetByTestId("annotation-preview-body");

    /// <summary>The annotation's status as saved: draft, published or unpublished.</summary>
    public ILocator Status => Page.GetByTestId("annotation-status");

    /// <summary>What the last action came to ("Published.").</summary>
    public ILocator Message => Page.GetByTestId("annotation-message");

    /// <summary>A stale save's view: theirs, yours and the differences.</summary>
    public ILocator Conflict => Page.GetByTestId("annotation-conflict");

    public ILocator ConflictTheirs => Page.GetByTestId("annotation-conflict-theirs");

    public ILocator ConflictYours => Page.GetByTestId("annotation-conflict-yours");

    public ILocator ConflictDifferences => Page.GetByTestId("annotation-conflict-differences");

    /// <summary>The history's revisions, first to last.</summary>
    public ILocator Revisions => Page.GetByTestId("annotation-revision");

    /// <summary>A button of the editor by its name: "Save draft", "Save", "Publish", "Unpublish", "Delete", "Restore", "Edit from theirs" …</summary>
    public ILocator Button(string name) => Page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    /// <summary>The id of the annotation in the editor, read from the address (<c>/admin/annotations/12</c>).</summary>
    public int Id => int.Parse(EditorAddress().Match(Page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    public Task<IResponse> GotoListAsync() => GotoAsync(ListPath);

    public Task<IResponse> GotoEditorAsync(int id) => GotoAsync(ListPath + "/" + id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Replaces the body, as the admin types it (the preview follows every keystroke).</summary>
    public async Task WriteAsync(string markdown)
    {
        await Body.FillAsync(markdown);
        await Assertions.Expect(Preview).Not.ToBeEmptyAsync();
    }

    /// <summary>Clicks <paramref name="button"/> and waits for what it says it did (<c>Published.</c>), on the annotation's own address.</summary>
    public async Task SaveAsync(string button, string message)
    {
        await Button(button).ClickAsync();
        await Assertions.Expect(Message).ToHaveTextAsync(message);
        await Page.WaitForURLAsync(EditorAddress());
    }

    [GeneratedRegex(@"/admin/annotations/(\d+)$")]
    private static partial Regex EditorAddress();
}
