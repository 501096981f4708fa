using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.PageObjects;

/// <summary>What the portal shows for a URL it does not know.</summary>
public sealed class NotFoundPage(IPage page) : PortalPage(page)
{
    /// <summary>A path no page of the portal will ever claim.</summary>
    public const string UnknownPath = "/no-such-page";

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Page not found" });

    public Task<IResponse> GotoAsync() => GotoAsync(UnknownPath);
}
