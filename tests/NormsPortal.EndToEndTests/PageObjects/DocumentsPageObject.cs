using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.PageObjects;

/// <summary>The document list, /documents, with its filter form.</summary>
public sealed class DocumentsPageObject(IPage page) : PortalPage(page)
{
    public const string Path = "/documents";

    public ILocator Kind => Page.Locator("#filter-kind");

    public ILocator Body => Page.Locator("#filter-body");

    public ILocator YearFrom => Page.Locator("#filter-year-from");

    public ILocator YearTo => Page.Locator("#filter-year-to");

    public ILocator Sort => Page.Locator("#filter-sort");

    public ILocator Apply => Page.GetByTestId("apply-filters");

    public ILocator Rows => Page.GetByTestId("document-row");

    public ILocator RowSymbols => Page.Locator("[data-testid=document-row] > a");

    public ILocator Count => Page.GetByTestId("documents-count");

    public ILocator Problem => Page.GetByTestId("documents-problem");

    public Task<IResponse> GotoListAsync(string query = "") => GotoAsync(Path + query);
}
