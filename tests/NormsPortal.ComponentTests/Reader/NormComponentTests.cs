using Bunit;
using NormsPortal.Web.Components.Norms;
using NormsPortal.Web.Components.Print;
using NormsPortal.Web.Features;
using NormsPortal.Web.Features.Norms;

namespace NormsPortal.ComponentTests.Reader;

public sealed class NormComponentTests : PortalComponentTestBase
{
    private static NormDto Norm(string number = "1.6", IReadOnlyList<NormCounterpartDto>? counterparts = null, IReadOnlyList<CitingProvisionDto>? citedBy = null) => new(
        number,
        "Do not damage critical infrastructure",
        "A State should not conduct or knowingly support ICT activity contrary to its obligations under international law that intentionally damages critical infrastructure.",
        new TextLocationDto("A/RES/73/27", "op" + number, "/documents/A/RES/73/27#op" + number),
        counterparts ?? [],
        citedBy ?? []);

    [Fact]
    public void Statement_LinksToItsParagraphIn7327()
    {
        var statement = Render(NormStatement.For(Norm()));

        var link = statement.Find("[data-testid=norm-paragraph-link]");
        Assert.Equal("/documents/A/RES/73/27#op1.6", link.GetAttribute("href"));
        Assert.Equal("A/RES/73/27, para. 1.6", link.TextContent.Trim());
        Assert.StartsWith("A State should not conduct", statement.Find("blockquote").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Counterpart_WithItsText_AndVerified_HasNoMarker()
    {
        var counterparts = Render(NormCounterparts.For(
            [new NormCounterpartDto("A/70/174, para. 13 (f)", "A/70/174", "op13f", true, null, "A State should not conduct…")]));

        Assert.Equal("/documents/A/70/174#op13f", counterparts.Find(".np-counterpart__citation a").GetAttribute("href"));
        Assert.Equal("A/70/174, para. 13 (f)", counterparts.Find(".np-counterpart__citation a").TextContent.Trim());
        Assert.Equal("A State should not conduct…", counterparts.Find("blockquote").TextContent.Trim());
        Assert.Empty(counterparts.FindAll("[data-testid=unverified]"));
        Assert.Empty(counterparts.FindAll("[data-testid=counterpart-text-missing]"));
    }

    [Fact]
    public void Counterpart_Unverified_WithoutText_SaysBoth()
    {
        var counterparts = Render(NormCounterparts.For(
            [new NormCounterpartDto("A/70/174, para. 13 (f)", "A/70/174", "op13f", false, "Seen in the report's table of norms.", null)]));

        Assert.Equal("Unverified", counterparts.Find("[data-testid=unverified]").TextContent.Trim());
        Assert.Contains("does not hold the text of A/70/174", counterparts.Find("[data-testid=counterpart-text-missing]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Seen in the report's table of norms.", counterparts.Find(".np-counterpart__note").TextContent.Trim());
        Assert.Empty(counterparts.FindAll("blockquote"));
    }

    [Fact]
    public void Counterparts_None_SaysNoneIsRecorded()
    {
        var counterparts = Render(NormCounterparts.For([]));

        Assert.Equal("No earlier text is recorded for this norm.", counterparts.Find(".np-norm-section__empty").TextContent.Trim());
    }

    [Fact]
    public void CitedBy_ListsCitingParagraphsWithTheirWords_OrSaysThereAreNone()
    {
        var none = Render(NormCitedBy.For([]));
        var some = Render(NormCitedBy.For(
            [new CitingProvisionDto("A/RES/74/28", "pp4", "en", "paragraph 1.6 of resolution 73/27", "/documents/A/RES/74/28#pp4")]));

        Assert.Contains("No later provision", none.Markup, StringComparison.Ordinal);
        var link = some.Find(".np-cited-by a");
        Assert.Equal("/documents/A/RES/74/28#pp4", link.GetAttribute("href"));
        Assert.Equal("A/RES/74/28, preambular para. 4", link.TextContent.Trim());
        Assert.Equal("“paragraph 1.6 of resolution 73/27”", some.Find(".np-cited-by__quote").TextContent.Trim());
    }

    [Fact]
    public void Neighbours_FirstNormHasOnlyNext()
    {
        var neighbours = Render(NormNeighbours.For(previous: null, next: Norm("1.2")));

        var links = neighbours.FindAll("a");
        Assert.Single(links);
        Assert.Equal("/norms/1.2", links[0].GetAttribute("href"));
        Assert.Equal("next", links[0].GetAttribute("rel"));
    }

    [Fact]
    public void List_Loading_Empty_AndOpeningWords()
    {
        var loading = Render<NormList>(p => p.Add(c => c.Norms, null));
        var empty = Render<NormList>(p => p.Add(c => c.Norms, []));
        var glance = Render<NormList>(p => p.Add(c => c.Norms, [Norm()]).Add(c => c.OpeningWordCount, 5));
        var full = Render<NormList>(p => p.Add(c => c.Norms, [Norm()]));

        Assert.Equal("Loading the norms…", loading.Find("[role=status]").TextContent.Trim());
        Assert.NotNull(empty.Find("[data-testid=norms-empty]"));
        Assert.Equal("A State should not conduct…", glance.Find(".np-norm-summary__text").TextContent.Trim());
        Assert.Equal("/norms/1.6", glance.Find(".np-norm-summary a").GetAttribute("href"));
        Assert.EndsWith("critical infrastructure.", full.Find(".np-norm-summary__text").TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void PrintHeader_IsPrintOnly_WithCitationPermalinkAndAccessedDate()
    {
        var header = Render<PrintHeader>(p => p
            .Add(c => c.Citation, "A/RES/73/27, para. 1.6")
            .Add(c => c.Url, "https://normsportal.example/norms/1.6")
            .Add(c => c.Accessed, new DateOnly(2026, 12, 6)));

        var root = header.Find("[data-testid=print-header]");
        Assert.Contains("np-print-only", root.ClassList);
        Assert.Equal("A/RES/73/27, para. 1.6", header.Find(".np-print-header__citation").TextContent.Trim());
        Assert.Equal("Permalink: https://normsportal.example/norms/1.6", header.Find(".np-print-header__url").TextContent.Trim());
        Assert.Equal("Accessed on 6 December 2026", header.Find("[data-testid=print-accessed]").TextContent.Trim());
    }

    [Fact]
    public void PrintHeader_WithoutADate_SaysItWasAccessedToday()
    {
        var header = Render<PrintHeader>(p => p.Add(c => c.Citation, "A/RES/73/27").Add(c => c.Url, "https://normsportal.example/documents/A/RES/73/27"));

        var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("Accessed on " + today, header.Find("[data-testid=print-accessed]").TextContent.Trim());
    }
}
