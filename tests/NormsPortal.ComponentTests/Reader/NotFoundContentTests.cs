using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Model;
using NormsPortal.Web.Components.NotFound;
using NormsPortal.Web.Components.Pages;

namespace NormsPortal.ComponentTests.Reader;

public sealed class NotFoundContentTests : ReaderComponentTestBase
{
    public NotFoundContentTests() => Database.Seed(db =>
    {
        db.Norms.AddRange(
            ReaderSamples.Norm("1.1", "Cooperate", 1),
            ReaderSamples.Norm("1.9", "Supply chain", 9),
            ReaderSamples.Norm("1.13", "Cooperate with the UN", 13));
        db.Works.AddRange(
            ReaderSamples.Work("A/RES/73/27", title: "Developments in the field of ICTs"),
            ReaderSamples.Work("A/RES/73/266"),
            ReaderSamples.Work("A/70/174", WorkKind.Report));
    });

    [Fact]
    public void UnknownNorm_NamesIt_AndSuggestsTheClosestNumberFirst()
    {
        var content = Render<NotFoundContent>(p => p.Add(c => c.Requested, "/norms/1.99"));

        Assert.Equal("There is no norm 1.99", content.Find("h1").TextContent.Trim());
        var norms = content.FindAll("[data-testid=not-found-norms] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("/norms/1.9", norms[0]);
        Assert.Empty(content.FindAll("[data-testid=not-found-documents]"));
        Assert.Equal("/search?q=1.99", content.Find("[data-testid=not-found-search]").GetAttribute("href"));
        Assert.Contains("All 13 norms", content.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSymbol_SuggestsHeldDocumentsWithCloseSymbols()
    {
        var content = Render<NotFoundContent>(p => p.Add(c => c.Requested, "A/RES/73/2"));

        Assert.Equal("No document A/RES/73/2", content.Find("h1").TextContent.Trim());
        var documents = content.FindAll("[data-testid=not-found-documents] li").ToList();
        Assert.Equal("/documents/A/RES/73/27", documents[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Developments in the field of ICTs", documents[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(documents, d => d.TextContent.Contains("A/70/174", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownPage_WithNothingClose_OffersSearchForItsWords()
    {
        var content = Render<NotFoundContent>(p => p.Add(c => c.Requested, "/no-such-page"));

        Assert.Equal("Page not found", content.Find("h1").TextContent.Trim());
        Assert.DoesNotContain("Did you mean", content.Markup, StringComparison.Ordinal);
        Assert.Equal("/search?q=no%20such%20page", content.Find("[data-testid=not-found-search]").GetAttribute("href"));
    }

    [Fact]
    public async Task WhileSuggestionsLoad_SaysSo_ThenShowsThem()
    {
        Database.HoldReads();

        var content = Render<NotFoundContent>(p => p.Add(c => c.Requested, "/norms/1.99"));

        Assert.Equal("Looking for close matches…", content.Find("[role=status]").TextContent.Trim());
        Database.ReleaseReads();
        await content.WaitForAssertionAsync(() => Assert.NotEmpty(content.FindAll("[data-testid=not-found-norms] a")));
        Assert.Empty(content.FindAll("[role=status]"));
    }

    [Fact]
    public void NotFoundPage_SuggestsFromTheAddressItIsShownAt()
    {
        // Inside the circuit (and for NavigationManager.NotFound while prerendering) the Router shows
        // the page at the address that was not found.
        Services.GetRequiredService<NavigationManager>().NavigateTo("/documents/A/RES/73/2");

        var page = Render<NotFound>();

        Assert.Equal("No document A/RES/73/2", page.Find("h1").TextContent.Trim());
        Assert.NotEmpty(page.FindAll("[data-testid=not-found-documents] a"));
    }
}
