using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.PageObjects;

/// <summary>A norm's page, /norms/{number}.</summary>
public sealed class NormPageObject(IPage page) : PortalPage(page)
{
    public static string PathOf(string number) => "/norms/" + number;

    public ILocator Heading => Page.Locator("h1");

    /// <summary>The link to the norm's paragraph in resolution 73/27.</summary>
    public ILocator ParagraphLink => Page.GetByTestId("norm-paragraph-link");

    public ILocator PrintHeader => Page.GetByTestId("print-header");

    public ILocator Counterpart => Page.GetByTestId("norm-counterpart");

    /// <summary>The lineage section: the norm's text, then each step of its wording.</summary>
    public ILocator Lineage => Page.GetByTestId("norm-lineage");

    /// <summary>The lineage's steps, in date order.</summary>
    public ILocator LineageSteps => Page.GetByTestId("lineage-step");

    public ILocator NextNorm => Page.Locator("[data-testid=norm-neighbours] a[rel=next]");

    public Task<IResponse> GotoNormAsync(string number) => GotoAsync(PathOf(number));
}
