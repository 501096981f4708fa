using Bunit;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.ComponentTests.Citations;
using NormsPortal.Web.Components.Documents;
using NormsPortal.Web.Features;
using NormsPortal.Web.Features.Citations;
using NormsPortal.Web.Features.Documents;
using static NormsPortal.ComponentTests.Documents.DocumentSamples;

namespace NormsPortal.ComponentTests.Documents;

/// <summary>The document page's frame: header, contents, language switch, cited by.</summary>
public sealed class PageComponentsTests() : PortalComponentTestBase(services => services.AddSingleton<ICitationService, FakeCitationService>())
{
    [Fact]
    public void Header_ShowsSymbolTitleKindAndDate_OfficialCopy_ComparisonAndPrintHeader()
    {
        var document = Document(tracks:
        [
            new TrackPlaceDto("developments", "Developments", 20, "A/RES/71/28", "A/RES/74/29"),
            new TrackPlaceDto("first", "A track it opens", 1, null, "A/RES/74/28"),
        ]);

        var header = Render<DocumentHeader>(parameters => parameters.Add(h => h.Document, document).Add(h => h.Language, "en"));

        Assert.Equal("A/RES/73/27", header.Find("h1").TextContent);
        Assert.Equal("Developments in the field of information and telecommunications", header.Find("[data-testid='document-title']").TextContent);
        Assert.Contains("General Assembly resolution", header.Find(".np-doc-header__kind").TextContent, StringComparison.Ordinal);
        Assert.Equal("2018-12-05", header.Find("time").GetAttribute("datetime"));
        Assert.Equal("5 December 2018", header.Find("time").TextContent);
        Assert.Equal("https://undocs.org/A/RES/73/27", header.Find("[data-testid='official-copy']").GetAttribute("href"));
        var compare = Assert.Single(header.FindAll("[data-testid='compare-previous']"));
        Assert.Equal("/compare?a=A/RES/71/28&b=A/RES/73/27", compare.GetAttribute("href"));
        var print = header.Find("[data-testid='print-header']");
        Assert.Contains("np-print-only", print.ClassList);
        Assert.Contains("http://localhost/documents/A/RES/73/27", print.TextContent, StringComparison.Ordinal);
        Assert.Equal("A/RES/73/27", header.Find(".np-print-header__citation").TextContent);
        // The citation panel follows the text (DocumentPage), so a phone shows the text first.
        Assert.Empty(header.FindAll("[data-testid='citation-panel']"));
    }

    [Fact]
    public void Header_OfAWorkWithoutDateOrTrack_HasNeither()
    {
        var document = Document() with { Date = null, Title = null };

        var header = Render<DocumentHeader>(parameters => parameters.Add(h => h.Document, document));

        Assert.Empty(header.FindAll("time"));
        Assert.Empty(header.FindAll("[data-testid='compare-previous']"));
    }

    [Fact]
    public void Header_OfAWorkWithoutTitle_SaysSo_AndLinksTheOfficialCopy()
    {
        var document = Document() with { Title = null };

        var header = Render<DocumentHeader>(parameters => parameters.Add(h => h.Document, document));

        Assert.StartsWith("Title not yet recorded.", header.Find("[data-testid='document-title']").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("https://undocs.org/A/RES/73/27", header.Find("[data-testid='title-official-copy']").GetAttribute("href"));
    }

    [Fact]
    public void TableOfContents_LinksEveryPartOnThisPage_KeepingTheLanguage()
    {
        var contents = Render<TableOfContents>(parameters => parameters
            .Add(t => t.Symbol, "A/RES/77/36")
            .Add(t => t.Text, Text("fr"))
            .Add(t => t.HasVotes, true)
            .Add(t => t.HasCitedBy, true));

        var links = contents.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/documents/A/RES/77/36?lang=fr#facts", links);
        Assert.Contains("/documents/A/RES/77/36?lang=fr#votes", links);
        Assert.Contains("/documents/A/RES/77/36?lang=fr#op1.6", links);
        Assert.Contains("/documents/A/RES/77/36?lang=fr#footnotes", links);
        Assert.Contains("/documents/A/RES/77/36?lang=fr#cited-by", links);
        Assert.Equal("paragraph 1.6", contents.Find("a[href$='#op1.6']").GetAttribute("aria-label"));
    }

    [Fact]
    public void TableOfContents_OfAWorkWithoutText_ListsItsFactsAndProvenanceOnly()
    {
        var contents = Render<TableOfContents>(parameters => parameters.Add(t => t.Symbol, "A/RES/43/78 H"));

        Assert.Equal(["/documents/A/RES/43/78%20H#facts", "/documents/A/RES/43/78%20H#text", "/documents/A/RES/43/78%20H#provenance"], contents.FindAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void LanguageSwitch_OffersEachLanguageHeld_InItsOwnName_AndSideBySide()
    {
        var languageSwitch = Render<LanguageSwitch>(parameters => parameters
            .Add(l => l.Symbol, "A/RES/77/36")
            .Add(l => l.Languages, ["ar", "zh", "en", "fr", "ru", "es"])
            .Add(l => l.Current, "en")
            .Add(l => l.Companion, "fr"));

        var languages = languageSwitch.FindAll("[data-testid='language-switch'] a");
        Assert.Equal(["العربية", "中文", "English", "Français", "Русский", "Español"], languages.Select(a => a.TextContent.Trim()));
        Assert.Equal("ar", languages[0].GetAttribute("lang"));
        Assert.Equal("/documents/A/RES/77/36?lang=ar&with=fr", languages[0].GetAttribute("href"));
        Assert.Equal("/documents/A/RES/77/36?lang=fr", languages[3].GetAttribute("href"));
        Assert.Equal("true", languages[2].GetAttribute("aria-current"));
        var sideBySide = languageSwitch.FindAll("[data-testid='side-by-side-switch'] a");
        Assert.Equal(6, sideBySide.Count);
        Assert.Equal("/documents/A/RES/77/36", sideBySide[0].GetAttribute("href"));
        Assert.Equal("true", languageSwitch.Find("[data-testid='side-by-side-switch'] a[data-language='fr']").GetAttribute("aria-current"));
    }

    [Fact]
    public void LanguageSwitch_WithOneLanguage_SaysSo()
    {
        var languageSwitch = Render<LanguageSwitch>(parameters => parameters
            .Add(l => l.Symbol, "A/RES/73/27")
            .Add(l => l.Languages, ["en"])
            .Add(l => l.Current, "en"));

        Assert.Empty(languageSwitch.FindAll("nav"));
        Assert.Contains("English only", languageSwitch.Find("[data-testid='language-only']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void CitedBy_GroupsTheCitingParagraphsByWork()
    {
        CitingProvisionDto[] citations =
        [
            new("A/RES/75/240", "pp1", "en", "73/27", "/documents/A/RES/75/240#pp1"),
            new("A/RES/75/240", "pp15", "en", "General Assembly resolution 73/27", "/documents/A/RES/75/240#pp15"),
            new("A/RES/77/36", "op2", "fr", "73/27", "/documents/A/RES/77/36#op2"),
        ];

        var list = Render<CitedByList>(parameters => parameters.Add(c => c.Citations, citations));

        Assert.Equal(["A/RES/75/240", "A/RES/77/36"], list.FindAll(".np-cited-by__work").Select(w => w.GetAttribute("data-symbol")));
        var paragraphs = list.FindAll(".np-cited-by__work")[0].QuerySelectorAll("a[data-anchor]");
        Assert.Equal(["Preambular paragraph 1", "Preambular paragraph 15"], paragraphs.Select(a => a.TextContent));
        Assert.Equal("/documents/A/RES/75/240#pp15", paragraphs[1].GetAttribute("href"));
        Assert.Equal("fr", list.Find("[data-symbol='A/RES/77/36'] .np-cited-by__quote span").GetAttribute("lang"));
    }

    [Fact]
    public void CitedBy_Empty_SaysNothingCitesIt()
    {
        var list = Render<CitedByList>(parameters => parameters.Add(c => c.Citations, Array.Empty<CitingProvisionDto>()));

        Assert.NotNull(list.Find("[data-testid='cited-by-none']"));
    }
}
