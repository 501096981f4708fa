using Bunit;
using NormsPortal.ComponentTests.Reader;
using NormsPortal.Data.Model;
using NormsPortal.Web.Components.Documents;

namespace NormsPortal.ComponentTests.Documents;

/// <summary>
/// The document page's structure: its sections in reading order (the text first, provenance last:
/// what a phone, a screen reader and paper follow), the phone's jump bar, and which sections are
/// left out, on screen or on paper, when they would be empty.
/// </summary>
public sealed class DocumentPageTests : ReaderComponentTestBase
{
    public DocumentPageTests()
    {
        Database.Seed(db =>
        {
            var withText = ReaderSamples.Work("A/RES/73/27", title: "Developments");
            var english = new Expression { Language = "en", Source = "UN AKN file of A/RES/73/27, English", SourceFormat = "akn" };
            english.Provisions.Add(new Provision { Kind = ProvisionKind.Formula, Anchor = "formula", Ordinal = 1, Text = "The General Assembly," });
            english.Provisions.Add(new Provision { Kind = ProvisionKind.Preamble, Anchor = "pp1", Ordinal = 2, Text = "Recalling its resolutions," });
            english.Provisions.Add(new Provision { Kind = ProvisionKind.Operative, Number = "1", Anchor = "op1", Ordinal = 3, Text = "Welcomes the report." });
            withText.Expressions.Add(english);
            db.Works.AddRange(withText, ReaderSamples.Work("A/RES/43/78 H"));
        });
    }

    [Fact]
    public void DocumentPage_PutsTheTextFirst_ThenCitationFactsCitedByAndProvenanceLast()
    {
        var page = Render<DocumentPage>(p => p.Add(c => c.Symbol, "A/RES/73/27"));

        var sections = page.FindAll(".np-document__body > *").Select(section => section.Id).ToList();
        Assert.Equal(["text", "cite", "facts", "cited-by", "provenance"], sections);
        Assert.NotNull(page.Find("#text [id='op1']"));
        Assert.NotNull(page.Find("#cite [data-testid='citation-panel']"));
    }

    [Fact]
    public void DocumentPage_WithoutVotes_RendersNoVotesSection_AndNoJumpToVotes()
    {
        var page = Render<DocumentPage>(p => p.Add(c => c.Symbol, "A/RES/73/27"));

        Assert.Empty(page.FindAll("#votes"));
        Assert.DoesNotContain(page.FindAll("[data-testid='jump-bar'] a"), link => link.TextContent == "Votes");
    }

    [Fact]
    public void JumpBar_LeadsToTheContentsAndFacts_OnThisPage()
    {
        var page = Render<DocumentPage>(p => p.Add(c => c.Symbol, "A/RES/73/27"));

        var links = page.FindAll("[data-testid='jump-bar'] a").ToDictionary(link => link.TextContent, link => link.GetAttribute("href"));
        Assert.Equal("/documents/A/RES/73/27#contents", links["Contents"]);
        Assert.Equal("/documents/A/RES/73/27#facts", links["Facts"]);
        // Held in one language: there is no choice of language to jump to.
        Assert.False(links.ContainsKey("Language"));
        Assert.NotNull(page.Find("#contents[data-testid='table-of-contents']"));
        Assert.NotNull(page.Find("#facts"));
    }

    [Fact]
    public void DocumentPage_LeavesEmptySectionsAndNotHeldNotesOffPaper()
    {
        var withText = Render<DocumentPage>(p => p.Add(c => c.Symbol, "A/RES/73/27"));
        var withoutText = Render<DocumentPage>(p => p.Add(c => c.Symbol, "A/RES/43/78 H"));

        // Nothing cites it: the screen says so, paper leaves the section out.
        Assert.Contains("np-no-print", withText.Find("#cited-by").ClassList);
        Assert.DoesNotContain("np-no-print", withText.Find("#text").ClassList);
        // No text held: the note that says so is not printed either.
        Assert.NotNull(withoutText.Find("#text [data-testid='no-text']"));
        Assert.Contains("np-no-print", withoutText.Find("#text").ClassList);
    }

    [Fact]
    public async Task LeavingThePage_WhileItsScriptIsStillRunning_EndsQuietly()
    {
        var script = JSInterop.SetupModule(DocumentPage.ModulePath);
        var showTarget = script.SetupVoid("showTarget");
        Render<DocumentPage>(p => p.Add(c => c.Symbol, "A/RES/73/27"));
        Assert.Single(script.Invocations, call => call.Identifier == "showTarget");

        await DisposeComponentsAsync();
        // The reader left before the browser answered: the module the call went to is released.
        showTarget.SetException(new ObjectDisposedException("IJSObjectReference"));
        await Renderer.Dispatcher.InvokeAsync(() => { });

        Assert.False(Renderer.UnhandledException.IsCompleted);
    }
}
