using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.PageObjects;

/// <summary>
/// /agreed-language: a pasted text checked for agreed language. Hooks: <c>data-testid</c> agreed-form,
/// agreed-text, agreed-lang, agreed-submit, agreed-result, agreed-segment, new-segment, agreed-part,
/// agreed-part-source, agreed-problem, agreed-not-shareable, and the answer's reuse-* hooks.
/// </summary>
public sealed class AgreedLanguagePageObject(IPage page) : PortalPage(page)
{
    public const string Path = "/agreed-language";

    public ILocator TextField => Page.GetByTestId("agreed-text");

    public ILocator LanguageChoice => Page.GetByTestId("agreed-lang");

    public ILocator Submit => Page.GetByTestId("agreed-submit");

    public ILocator Result => Page.GetByTestId("agreed-result");

    /// <summary>The stretches of the pasted text that are agreed language.</summary>
    public ILocator AgreedSegments => Page.GetByTestId("agreed-segment");

    /// <summary>The stretches of the pasted text that are new.</summary>
    public ILocator NewSegments => Page.GetByTestId("new-segment");

    public ILocator AgreedParts => Page.GetByTestId("agreed-part");
}
