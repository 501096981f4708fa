using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.ComponentTests.Reader;
using NormsPortal.Data;
using NormsPortal.Web.Components.Compare;
using NormsPortal.Web.Features.Compare;
using NormsPortal.Web.Features.NotFound;

namespace NormsPortal.ComponentTests.Compare;

public sealed class ComparePageTests : PortalComponentTestBase
{
    private static readonly ComparedWork s_first = new("A/RES/77/36", "Developments", new DateOnly(2022, 12, 7), ["en", "fr"], "/documents/A/RES/77/36");
    private static readonly ComparedWork s_second = new("A/RES/78/237", "Developments", new DateOnly(2023, 12, 22), ["en", "fr"], "/documents/A/RES/78/237");

    private readonly InMemoryPortalDatabase _database;

    public ComparePageTests()
        : this(new InMemoryPortalDatabase())
    {
    }

    private ComparePageTests(InMemoryPortalDatabase database)
        : base(services => services
            .AddSingleton<IDbContextFactory<PortalDbContext>>(database)
            .AddNotFoundFeature()
            .AddSingleton<FakeCompareService>()
            .AddSingleton<ICompareService>(s => s.GetRequiredService<FakeCompareService>())) =>
        _database = database;

    [Fact]
    public void WithoutSymbols_ShowsTheForm_AndAnExample()
    {
        var page = Render<ComparePage>();

        Assert.Equal("Compare two documents", page.Find("h1").TextContent.Trim());
        Assert.Equal("/compare", page.Find("form[data-testid=compare-form]").GetAttribute("action"));
        Assert.Equal("/compare?a=A/RES/77/36&b=A/RES/78/237", page.Find("[data-testid=compare-example]").GetAttribute("href"));
        Assert.Equal(2, page.FindAll("#compare-symbols option").Count);
        Assert.Empty(page.FindAll("[data-testid=compare-row]"));
    }

    [Fact]
    public void WithOneSymbol_KeepsItInTheForm()
    {
        NavigateTo("/compare?a=A/RES/77/36");

        var page = Render<ComparePage>();

        Assert.Equal("A/RES/77/36", page.Find("#compare-a").GetAttribute("value"));
        Assert.Empty(page.FindAll("[data-testid=compare-row]"));
    }

    [Fact]
    public void WhileComparing_SaysSo()
    {
        Fake.Answer = (_, _, _) => new TaskCompletionSource<CompareLookup>().Task;
        NavigateTo("/compare?a=A/RES/77/36&b=A/RES/78/237");

        var page = Render<ComparePage>();

        Assert.NotNull(page.Find("[data-testid=compare-loading]"));
    }

    [Fact]
    public void Result_MarksChangesInWords_AndFoldsUnchangedParagraphs()
    {
        var page = RenderComparison();

        Assert.Equal("A/RES/77/36 compared with A/RES/78/237", page.Find("h1").TextContent.Trim());
        Assert.Contains("1 changed, 1 moved, 1 replaced, 1 only in the second, 0 only in the first, 2 unchanged", Normalise(page.Find("[data-testid=compare-summary]").TextContent), StringComparison.Ordinal);
        var unchanged = page.Find("[data-testid=compare-unchanged]");
        Assert.Equal("details", unchanged.TagName, ignoreCase: true);
        Assert.False(unchanged.HasAttribute("open"));
        Assert.Equal("2 unchanged paragraphs", unchanged.QuerySelector("summary")!.TextContent.Trim());
        var changed = page.Find("[data-change=changed]");
        Assert.Equal("[deleted: 2022]", changed.QuerySelector("del")!.TextContent);
        Assert.Equal("[inserted: 2023]", changed.QuerySelector("ins")!.TextContent);
        Assert.Equal("/documents/A/RES/78/237#op3", changed.QuerySelectorAll("a")[1].GetAttribute("href"));
        Assert.Equal("/compare?a=A/RES/78/237&b=A/RES/77/36&lang=en", page.Find("[data-testid=compare-swap]").GetAttribute("href"));
        Assert.Equal(2, page.FindAll("#compare-lang option").Count);
    }

    [Fact]
    public void MovedParagraph_NamesWhereItWas_AndWhereItIs()
    {
        var page = RenderComparison();

        var moved = page.Find("[data-change=moved]");
        Assert.Equal(("op6", "op7"), (moved.GetAttribute("data-first-anchor"), moved.GetAttribute("data-second-anchor")));
        Assert.StartsWith(
            "Moved: paragraph 6 of A/RES/77/36 → , now paragraph 7 of A/RES/78/237",
            Normalise(moved.QuerySelector(".np-compare-row__where")!.TextContent),
            StringComparison.Ordinal);
        Assert.Equal(
            ["/documents/A/RES/77/36#op6", "/documents/A/RES/78/237#op7"],
            moved.QuerySelectorAll(".np-compare-row__where a").Select(a => a.GetAttribute("href")));
        Assert.Equal("[inserted: , including funding]", moved.QuerySelector("ins")!.TextContent);
    }

    [Fact]
    public void ReplacedParagraph_ShowsBothTextsWhole_NotAWordDiff()
    {
        var page = RenderComparison();

        var texts = page.Find("[data-change=replaced]").QuerySelectorAll(".np-compare-row__text");
        Assert.Equal(2, texts.Length);
        Assert.Equal("[deleted: Notes with concern the malicious use.]", texts[0].TextContent.Trim());
        Assert.Equal("del", texts[0].FirstElementChild!.TagName, ignoreCase: true);
        Assert.Equal("[inserted: Decides to convene a conference.]", texts[1].TextContent.Trim());
        Assert.Equal("ins", texts[1].FirstElementChild!.TagName, ignoreCase: true);
    }

    [Fact]
    public void Inline_IsTheDefault_AndLinksToSideBySide()
    {
        var page = RenderComparison();

        Assert.Equal("page", page.Find("[data-testid=compare-view-inline]").GetAttribute("aria-current"));
        var sideBySide = page.Find("[data-testid=compare-view-side-by-side]");
        Assert.False(sideBySide.HasAttribute("aria-current"));
        Assert.Equal("/compare?a=A/RES/77/36&b=A/RES/78/237&lang=en&view=side-by-side", sideBySide.GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=compare-sides]"));
        Assert.Empty(page.FindAll("input[name=view]"));
    }

    [Fact]
    public void SideBySide_ShowsEachTextInItsColumn_AndKeepsTheViewInTheForm()
    {
        var page = RenderComparison("&view=side-by-side");

        Assert.Equal("page", page.Find("[data-testid=compare-view-side-by-side]").GetAttribute("aria-current"));
        Assert.Equal("/compare?a=A/RES/77/36&b=A/RES/78/237&lang=en", page.Find("[data-testid=compare-view-inline]").GetAttribute("href"));
        Assert.Equal("side-by-side", page.Find("input[type=hidden][name=view]").GetAttribute("value"));
        Assert.EndsWith("&view=side-by-side", page.Find("[data-testid=compare-swap]").GetAttribute("href"), StringComparison.Ordinal);

        var changed = page.Find("[data-change=changed]");
        var first = changed.QuerySelector("[data-testid=compare-side-first]")!;
        var second = changed.QuerySelector("[data-testid=compare-side-second]")!;
        Assert.Equal(("[deleted: 2022]", null), (first.QuerySelector("del")?.TextContent, first.QuerySelector("ins")?.TextContent));
        Assert.Equal((null, "[inserted: 2023]"), (second.QuerySelector("del")?.TextContent, second.QuerySelector("ins")?.TextContent));
        Assert.Equal("/documents/A/RES/77/36#op2", first.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/documents/A/RES/78/237#op3", second.QuerySelector("a")!.GetAttribute("href"));

        var inserted = page.Find("[data-change=inserted]");
        Assert.Equal("Not in A/RES/77/36.", inserted.QuerySelector("[data-testid=compare-side-first]")!.TextContent.Trim());
    }

    [Fact]
    public void Help_ExplainsTheThreshold()
    {
        var page = RenderComparison();

        var help = Normalise(page.Find("[data-testid=compare-help]").TextContent);
        Assert.Contains("at least 70% of the words of the shorter one reappear, in the same order", help, StringComparison.Ordinal);
        Assert.Contains("at most 4 times the words", help, StringComparison.Ordinal);
    }

    [Fact]
    public void Language_IsPassedOn()
    {
        string? asked = null;
        Fake.Answer = (_, _, language) =>
        {
            asked = language;
            return Task.FromResult(Found(Compared("fr")));
        };
        NavigateTo("/compare?a=A/RES/77/36&b=A/RES/78/237&lang=FR");

        var page = Render<ComparePage>();

        Assert.Equal("fr", asked);
        Assert.Equal("fr", page.Find("#compare-lang option[selected]").GetAttribute("value"));
        Assert.Equal("fr", page.Find(".np-compare__rows").GetAttribute("lang"));
    }

    [Fact]
    public void NoCommonLanguage_IsExplained()
    {
        Fake.Answer = (_, _, _) => Task.FromResult(new CompareLookup(
            CompareStatus.Compared,
            new CompareResult(s_first with { TextLanguages = [] }, s_second, null, [], []),
            null));
        NavigateTo("/compare?a=A/RES/43/78%20H&b=A/RES/78/237");

        var page = Render<ComparePage>();

        Assert.Contains("The portal holds no text of A/RES/77/36", page.Find("[data-testid=compare-no-text]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSymbol_ShowsTheNotFoundContent_NamingIt()
    {
        Fake.Answer = (first, _, _) => Task.FromResult(new CompareLookup(CompareStatus.UnknownFirst, null, first));
        NavigateTo("/compare?a=A/RES/77/99&b=A/RES/78/237");

        var page = Render<ComparePage>();

        page.WaitForAssertion(() => Assert.Equal("No document A/RES/77/99", page.Find("h1").TextContent.Trim()));
        Assert.NotNull(page.Find("[data-testid=compare-form]"));
    }

    /// <summary>The page comparing 77/36 with 78/237 as <see cref="Compared"/> has it, with <paramref name="more"/> in its address.</summary>
    private IRenderedComponent<ComparePage> RenderComparison(string more = "")
    {
        Fake.Answer = (_, _, language) => Task.FromResult(Found(Compared(language ?? "en")));
        NavigateTo("/compare?a=A/RES/77/36&b=A/RES/78/237" + more);
        return Render<ComparePage>();
    }

    private FakeCompareService Fake => Services.GetRequiredService<FakeCompareService>();

    private void NavigateTo(string uri) => Services.GetRequiredService<NavigationManager>().NavigateTo(uri);

    private static CompareLookup Found(CompareResult result) => new(CompareStatus.Compared, result, null);

    private static CompareResult Compared(string language) => new(
        s_first,
        s_second,
        language,
        ["en", "fr"],
        [
            Row(ParagraphChange.Unchanged, "pp1", "pp1", new TextSpan(WordChange.Same, "Recalling its resolutions,")),
            Row(ParagraphChange.Unchanged, "pp2", "pp2", new TextSpan(WordChange.Same, "Noting the report,")),
            Row(ParagraphChange.Changed, "op2", "op3",
                new TextSpan(WordChange.Same, "Welcomes the report of "), new TextSpan(WordChange.Deleted, "2022"), new TextSpan(WordChange.Inserted, "2023")),
            Row(ParagraphChange.Inserted, null, "op4", new TextSpan(WordChange.Inserted, "Decides to convene a meeting.")),
            Row(ParagraphChange.Moved, "op6", "op7",
                new TextSpan(WordChange.Same, "Invites Member States to share their views"), new TextSpan(WordChange.Inserted, ", including funding"), new TextSpan(WordChange.Same, ";")),
            Row(ParagraphChange.Replaced, "op7", "op8",
                new TextSpan(WordChange.Deleted, "Notes with concern the malicious use."), new TextSpan(WordChange.Inserted, "Decides to convene a conference.")),
        ]);

    private static AlignedParagraph Row(ParagraphChange change, string? left, string? right, params TextSpan[] spans) => new(
        change,
        left is null ? null : new ComparedParagraph(left, left.StartsWith("op", StringComparison.Ordinal) ? left[2..] : "", left.StartsWith("pp", StringComparison.Ordinal) ? "Preamble" : "Operative", "x"),
        right is null ? null : new ComparedParagraph(right, right.StartsWith("op", StringComparison.Ordinal) ? right[2..] : "", right.StartsWith("pp", StringComparison.Ordinal) ? "Preamble" : "Operative", "x"),
        spans);

    private static string Normalise(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ").Trim();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _database.Dispose();
        }

        base.Dispose(disposing);
    }
}
