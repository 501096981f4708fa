using Bunit;
using NormsPortal.Web.Components.Documents;
using static NormsPortal.ComponentTests.Documents.DocumentSamples;

namespace NormsPortal.ComponentTests.Documents;

public sealed class SideBySideTextTests : PortalComponentTestBase
{
    [Fact]
    public void Rows_PairParagraphsByAnchor_EachCellInItsLanguage()
    {
        var view = Render<SideBySideText>(parameters => parameters
            .Add(s => s.Symbol, "A/RES/77/36")
            .Add(s => s.Primary, Text("en"))
            .Add(s => s.Secondary, Text("ar")));

        var rows = view.FindAll("[data-testid='parallel-row']");
        Assert.Equal(7, rows.Count);
        var row = view.Find("[id='op1.6']");
        var cells = row.QuerySelectorAll(".np-parallel__cell");
        Assert.Equal([("en", "ltr"), ("ar", "rtl")], cells.Select(c => (c.GetAttribute("lang"), c.GetAttribute("dir"))));
        Assert.Empty(view.FindAll("[data-testid='no-counterpart']"));
        // Only the first language's cell carries the paragraph's tools, and paragraphs' ids stay unique on the page.
        Assert.Single(row.QuerySelectorAll("[data-testid='paragraph-tools']"));
        Assert.Single(view.FindAll("[id='op1.6']"));
        Assert.Single(view.FindAll("[id='fn1']"));
    }

    [Fact]
    public void EnactingFormulas_ShareTheFirstRow_InEachLanguage()
    {
        var view = Render<SideBySideText>(parameters => parameters
            .Add(s => s.Symbol, "A/RES/77/36")
            .Add(s => s.Primary, WithFormula(Text("en"), "The General Assembly,"))
            .Add(s => s.Secondary, WithFormula(Text("ar"), "إن الجمعية العامة،")));

        var first = view.FindAll("[data-testid='parallel-row']")[0];
        Assert.Equal("formula", first.Id);
        Assert.Equal(
            ["The General Assembly,", "إن الجمعية العامة،"],
            first.QuerySelectorAll(".np-provision__text").Select(t => t.TextContent));
        Assert.Empty(view.FindAll("[data-testid='no-counterpart']"));
    }

    [Fact]
    public void AParagraphWithoutCounterpart_IsShownAlone_AndMarkedInWords()
    {
        var french = Text("fr") with { Provisions = [.. Text("fr").Provisions.Where(p => p.Anchor != "op4a")] };

        var view = Render<SideBySideText>(parameters => parameters
            .Add(s => s.Symbol, "A/RES/77/36")
            .Add(s => s.Primary, Text("en"))
            .Add(s => s.Secondary, french));

        var row = view.Find("[id='op4a']");
        Assert.Contains("np-parallel__row--unmatched", row.ClassList);
        Assert.Contains("No counterpart in French", row.QuerySelector("[data-testid='no-counterpart']")!.TextContent, StringComparison.Ordinal);
        Assert.Single(view.FindAll("[data-testid='no-counterpart']"));
    }
}
