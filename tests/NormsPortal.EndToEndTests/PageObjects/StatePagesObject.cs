using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.PageObjects;

/// <summary>The State pages: the index <c>/states</c>, a State's page <c>/states/FRA</c> and the votes side by side <c>/states/votes</c>.</summary>
public sealed class StatePagesObject(IPage page) : PortalPage(page)
{
    public const string IndexPath = "/states";

    public const string VotesPath = "/states/votes";

    public static string PathOf(string code) => IndexPath + "/" + code;

    public ILocator Heading => Page.Locator("h1");

    /// <summary>A State page's table of its record on each resolution.</summary>
    public ILocator Resolutions => Page.GetByTestId("state-resolutions");

    /// <summary>The side-by-side form's field for States.</summary>
    public ILocator StatesField => Page.GetByLabel("States (codes or names, separated by commas)");

    public ILocator Show => Page.GetByTestId("state-votes-show");

    /// <summary>The side-by-side table.</summary>
    public ILocator VotesTable => Page.GetByTestId("state-votes-table");

    /// <summary>The cell of the side-by-side table for <paramref name="symbol"/> and the State with <paramref name="code"/>.</summary>
    public ILocator VoteCell(string symbol, string code) => VotesTable.Locator($"tr[data-symbol='{symbol}'] td[data-state='{code}']");
}
