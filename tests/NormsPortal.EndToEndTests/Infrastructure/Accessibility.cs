using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace NormsPortal.EndToEndTests.Infrastructure;

/// <summary>Runs axe-core on a page and fails on the violations that block people.</summary>
/// <remarks>
/// axe-core runs inside the page with its default rules, exactly as <c>axe.run(document)</c>. The
/// Deque.AxeCore.Playwright wrapper did the same work but then opened a second browser page for
/// every scan to merge frame results (the portal has no frames) and shipped every passing node back
/// to .NET; that cost 4-10 s a scan against well under 2 s here, on this suite's 50-odd scans.
/// Only violations are collected (axe's <c>resultTypes</c>), which leaves what is found unchanged.
/// </remarks>
public static class Accessibility
{
    private static readonly string[] _blockingImpacts = ["serious", "critical"];

    // The axe-core release bundled with Deque.AxeCore.Commons, read once for the whole run.
    private static readonly Lazy<string> _axeSource = new(() => new BundledAxeScriptProvider().GetScript());

    private static readonly JsonSerializerOptions _jsonOptions = new(JsonSerializerDefaults.Web);

    private const string RunAxeScript = """
        async () => {
          const result = await axe.run(document, { resultTypes: ['violations'] });
          return JSON.stringify({
            theme: document.documentElement.dataset.theme ?? null,
            language: document.documentElement.lang || null,
            violations: result.violations.map(violation => ({
              id: violation.id,
              impact: violation.impact,
              help: violation.help,
              nodes: violation.nodes.map(node => node.html),
            })),
          });
        }
        """;

    /// <summary>
    /// Asserts that axe-core finds no serious or critical violation on the page as it is now.
    /// Minor and moderate findings are not failures; they are worth a look but often disputed.
    /// </summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        // A page keeps axe across Blazor's in-page navigations; a new document needs it again.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe?.run === 'function'"))
        {
            await page.EvaluateAsync(_axeSource.Value);
        }

        var json = await page.EvaluateAsync<string>(RunAxeScript);
        var scan = JsonSerializer.Deserialize<Scan>(json, _jsonOptions)
            ?? throw new InvalidOperationException("axe-core returned no result.");
        var blocking = scan.Violations.Where(violation => _blockingImpacts.Contains(violation.Impact)).ToList();

        Assert.True(blocking.Count == 0, Describe(Where(page, scan), blocking));
    }

    // The page, width, theme and language scanned: one page load is often scanned at both widths and in both themes.
    private static string Where(IPage page, Scan scan) =>
        $"{page.Url} at {page.ViewportSize?.Width} px, {scan.Theme ?? "no"} theme, language {scan.Language ?? "not set"}";

    private static string Describe(string where, List<Violation> violations) =>
        $"axe-core found {violations.Count} serious or critical violation(s) on {where}:{Environment.NewLine}"
        + string.Join(Environment.NewLine, violations.Select(violation =>
            $"- {violation.Id} ({violation.Impact}): {violation.Help}{Environment.NewLine}"
            + string.Join(Environment.NewLine, violation.Nodes.Take(3).Select(node => $"    {node}"))));

    /// <summary>What one scan saw: the page's theme and language, and the rules it breaks.</summary>
    private sealed record Scan(string? Theme, string? Language, IReadOnlyList<Violation> Violations);

    /// <summary>One axe-core rule a page breaks, with the HTML of the elements that break it.</summary>
    private sealed record Violation(string Id, string? Impact, string Help, IReadOnlyList<string> Nodes);
}
