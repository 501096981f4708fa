using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.Infrastructure;

/// <summary>Runs axe-core on a page and fails on the violations that block people.</summary>
public static class Accessibility
{
    private static readonly string[] _blockingImpacts = ["serious", "critical"];

    /// <summary>
    /// Asserts that axe-core finds no serious or critical violation on the page as it is now.
    /// Minor and moderate findings are not failures; they are worth a look but often disputed.
    /// </summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        AxeResult result = await page.RunAxe();
        var blocking = result.Violations
            .Where(violation => _blockingImpacts.Contains(violation.Impact))
            .ToList();

        Assert.True(blocking.Count == 0, Describe(page.Url, blocking));
    }

    private static string Describe(string url, List<AxeResultItem> violations) =>
        $"axe-core found {violations.Count} serious or critical violation(s) on {url}:{Environment.NewLine}"
        + string.Join(Environment.NewLine, violations.Select(violation =>
            $"- {violation.Id} ({violation.Impact}): {violation.Help}{Environment.NewLine}"
            + string.Join(Environment.NewLine, violation.Nodes.Take(3).Select(node => $"    {node.Html}"))));
}
