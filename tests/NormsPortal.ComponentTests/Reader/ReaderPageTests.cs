using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Model;
using NormsPortal.Web.Components.Documents;
using NormsPortal.Web.Components.Norms;
using NormsPortal.Web.Components.Pages;

namespace NormsPortal.ComponentTests.Reader;

/// <summary>The reader's pages over a small database: what they read and how they answer bad input.</summary>
public sealed class ReaderPageTests : ReaderComponentTestBase
{
    public ReaderPageTests() => Database.Seed(db =>
    {
        db.Norms.AddRange(ReaderSamples.Norm("1.1", "Cooperate", 1), ReaderSamples.Norm("1.2", "Attribute with care", 2), ReaderSamples.Norm("1.3", "No proxies", 3));
        var resolution = ReaderSamples.Work("A/RES/73/27", title: "Developments");
        resolution.Body = "General Assembly";
        resolution.Date = new DateOnly(2018, 12, 5);
        resolution.Session = 73;
        var hrc = ReaderSamples.Work("A/HRC/RES/20/8", WorkKind.HrcResolution, "The promotion of human rights on the Internet");
        hrc.Body = "Human Rights Council";
        db.Works.AddRange(resolution, hrc, ReaderSamples.Work("A/70/174", WorkKind.Report));
        var track = new Track { Key = "developments", Title = "Developments", Ordinal = 1 };
        track.Members.Add(new TrackMember { WorkSymbol = "A/RES/73/27", Ordinal = 1 });
        db.Tracks.Add(track);
    });

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void NormPage_ShowsTheNormWithPrintHeaderAndNeighbours()
    {
        var page = Render<NormPage>(p => p.Add(c => c.Number, "1.2"));

        Assert.Equal("Attribute with care", page.Find("h1").TextContent.Trim());
        Assert.Equal("A/RES/73/27, para. 1.2", page.Find(".np-print-header__citation").TextContent.Trim());
        Assert.Equal("http://localhost/norms/1.2", page.Find("[data-testid=print-permalink]").TextContent.Trim());
        Assert.Equal("/norms/1.1", page.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Equal("/norms/1.3", page.Find("a[rel=next]").GetAttribute("href"));
    }

    [Fact]
    public void NormPage_AnotherNumber_ShowsThatNormWithItsNeighbours()
    {
        var page = Render<NormPage>(p => p.Add(c => c.Number, "1.2"));

        page.Render(p => p.Add(c => c.Number, "1.3"));

        Assert.Equal("No proxies", page.Find("h1").TextContent.Trim());
        Assert.Equal("/norms/1.2", page.Find("a[rel=prev]").GetAttribute("href"));
        Assert.Empty(page.FindAll("a[rel=next]"));
    }

    [Fact]
    public void NormPage_UnknownNumber_AsksForTheNotFoundPage()
    {
        var notFound = false;
        Navigation.OnNotFound += (_, _) => notFound = true;

        var page = Render<NormPage>(p => p.Add(c => c.Number, "1.99"));

        Assert.True(notFound);
        Assert.Empty(page.FindAll("[data-testid=norm]"));
    }

    [Fact]
    public void Home_ShowsNormsTracksAndRecentWorks()
    {
        var page = Render<Home>();

        Assert.Equal(3, page.FindAll("[data-testid=norm-summary]").Count);
        Assert.Contains("1 resolution", page.Find("[data-testid=track-briefs]").TextContent, StringComparison.Ordinal);
        Assert.Equal(3, page.FindAll(".np-recent__item").Count);
    }

    [Fact]
    public void DocumentsPage_FiltersFromTheAddress_AndKeepsThemInTheForm()
    {
        Navigation.NavigateTo("/documents?body=Human%20Rights%20Council&sort=symbol");

        var page = Render<DocumentsPage>();

        var rows = page.FindAll("[data-testid=document-row]");
        Assert.Equal("A/HRC/RES/20/8", Assert.Single(rows).QuerySelector("a")!.TextContent.Trim());
        Assert.Equal("Human Rights Council", page.Find("#filter-body").GetAttribute("value"));
        Assert.Contains(page.FindAll("#filter-body option"), option => option.GetAttribute("value") == "General Assembly");
    }

    [Fact]
    public void DocumentsPage_Apply_PutsTheFiltersInTheAddress()
    {
        Navigation.NavigateTo("/documents?page=2");
        var page = Render<DocumentsPage>();

        page.Find("#filter-kind").Change("report");
        page.Find("#filter-year-from").Change("2015");
        page.Find("[data-testid=document-filters]").Submit();

        // The Router then renders the page again with the new query (checked end to end).
        Assert.Equal("http://localhost/documents?kind=report&yearFrom=2015", Navigation.Uri);
    }

    [Fact]
    public void DocumentsPage_BadValue_ExplainsInsteadOfFailing()
    {
        Navigation.NavigateTo("/documents?yearFrom=abc&kind=novel");

        var page = Render<DocumentsPage>();

        var problem = page.Find("[data-testid=documents-problem]");
        Assert.Contains("yearFrom must be a whole number, not 'abc'.", problem.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-testid=document-row]"));
    }
}
