using Bunit;
using NormsPortal.Web.Components.Documents;
using NormsPortal.Web.Features.Documents;
using static NormsPortal.ComponentTests.Documents.DocumentSamples;

namespace NormsPortal.ComponentTests.Documents;

public sealed class ProvisionTextTests : PortalComponentTestBase
{
    [Fact]
    public void EachParagraph_HasItsAnchorAsId_AndOneNamedToolsButton()
    {
        var text = RenderText(Text());

        Assert.Equal(["pp1", "pp2", "op1", "op1.1", "op1.6", "op4", "op4a"], text.FindAll("[data-testid='provision']").Select(p => p.Id));
        var tools = text.Find("[id='op1.6'] [data-testid='paragraph-tools']");
        Assert.Equal("Link and citation for paragraph 1.6", tools.GetAttribute("aria-label"));
        Assert.Equal("¶", tools.TextContent);
        Assert.Equal("Link and citation for paragraph 4 (a)", text.Find("[id='op4a'] [data-testid='paragraph-tools']").GetAttribute("aria-label"));
        Assert.Contains("np-provision--depth-1", text.Find("[id='op4a']").ClassList);
        Assert.Equal("1.", text.Find("[id='op1'] .np-provision__number").TextContent);
        Assert.Equal("(a)", text.Find("[id='op4a'] .np-provision__number").TextContent);
        Assert.Empty(text.FindAll("[id='pp1'] .np-provision__number"));
    }

    [Fact]
    public void EachParagraph_CostsOneTabStop_BesideTheLinksInItsText()
    {
        var text = RenderText(WithFormula(Text(), "The General Assembly,"));

        foreach (var provision in text.FindAll("[data-testid='provision']"))
        {
            var focusable = provision.QuerySelectorAll("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])")
                .Where(element => element.Closest(".np-provision__text") is null);
            Assert.Equal(["paragraph-tools"], focusable.Select(element => element.GetAttribute("data-testid")));
        }
    }

    [Fact]
    public void EnactingFormula_ComesBeforeTheFirstPreambularParagraph_AndIsNotANumberedParagraph()
    {
        var text = RenderText(WithFormula(Text(), "The General Assembly,"));

        Assert.Equal(["formula", "pp1"], text.FindAll("[data-testid='provision']").Take(2).Select(p => p.Id));
        var formula = text.Find("[id='formula']");
        Assert.Contains("np-provision--formula", formula.ClassList);
        Assert.Empty(formula.QuerySelectorAll(".np-provision__number"));
        Assert.Equal("The General Assembly,", formula.QuerySelector(".np-provision__text")!.TextContent);
        Assert.Equal("Link and citation for enacting formula", formula.QuerySelector("[data-testid='paragraph-tools']")!.GetAttribute("aria-label"));
        Assert.Empty(text.FindAll("[id='pp1'] .np-provision__number"));
    }

    [Fact]
    public void CrossReferences_LinkInsideThePortalWhenHeld_AndToTheOfficialCopyOtherwise()
    {
        var text = RenderText(Text());

        var held = text.Find("[id='pp1'] a.np-xref");
        Assert.Equal(("/documents/A/RES/36/103", "36/103"), (held.GetAttribute("href"), held.TextContent));
        var official = text.Find("[id='op1.6'] a.np-xref");
        Assert.Equal("https://undocs.org/A/77/275", official.GetAttribute("href"));
        Assert.Equal("A/77/275 (official copy)", official.TextContent);
        Assert.Equal("Recalling its resolution 36/103 of 9 December 1981,", text.Find("[id='pp1'] .np-provision__text").TextContent);
    }

    [Fact]
    public void FootnoteMarks_LinkToTheFootnote_WhichLinksBack()
    {
        var text = RenderText(Text("fr"));

        var mark = text.Find("[id='pp2'] sup.np-fnref a");
        Assert.Equal(("/documents/A/RES/73/27?lang=fr#fn1", "1", "Footnote 1"), (mark.GetAttribute("href"), mark.TextContent, mark.GetAttribute("aria-label")));
        var footnote = text.Find("[data-testid='footnote']");
        Assert.Equal("fn1", footnote.Id);
        var back = footnote.QuerySelector("[data-testid='footnote-back']")!;
        Assert.Equal($"/documents/A/RES/73/27?lang=fr#{mark.Id}", back.GetAttribute("href"));
        Assert.Equal("Back to preambular paragraph 2", back.GetAttribute("aria-label"));
        Assert.Equal("footnotes", text.Find("section.np-text__footnotes").Id);
    }

    [Fact]
    public void ParagraphWords_AreWrittenAsText_NeverAsMarkup()
    {
        const string words = "Notes <script>alert(1)</script> & <b>5 < 6</b>";
        var text = RenderText(Text() with
        {
            Provisions = [Provision("op1", words, number: "1", references: [new ReferenceDto(6, 8, "<script>", "A/<i>", null, false, "https://undocs.org/A/<i>")])],
            Footnotes = [Provision("fn1", "<img src=x onerror=alert(1)>", "Footnote", "1")],
        });

        Assert.Empty(text.FindAll("script, b, i, img"));
        Assert.Equal(words.Replace("<script>", "<script> (official copy)", StringComparison.Ordinal), text.Find("[id='op1'] .np-provision__text").TextContent);
        Assert.Equal("<img src=x onerror=alert(1)>", text.Find(".np-footnote__text").TextContent);
    }

    [Theory]
    [InlineData("en", "ltr")]
    [InlineData("fr", "ltr")]
    [InlineData("ar", "rtl")]
    public void Text_CarriesItsLanguageAndDirection(string language, string direction)
    {
        var text = RenderText(Text(language));

        var root = text.Find("[data-testid='document-text']");
        Assert.Equal((language, direction), (root.GetAttribute("lang"), root.GetAttribute("dir")));
        Assert.Equal(("en", "ltr"), (text.Find(".np-provision__tools").GetAttribute("lang"), text.Find(".np-provision__tools").GetAttribute("dir")));
    }

    [Fact]
    public void Text_WithoutFootnotes_HasNoFootnotesSection()
    {
        var text = RenderText(Text() with { Footnotes = [] });

        Assert.Empty(text.FindAll("#footnotes"));
    }

    private IRenderedComponent<ProvisionText> RenderText(DocumentTextDto text) =>
        Render<ProvisionText>(parameters => parameters.Add(t => t.Symbol, "A/RES/73/27").Add(t => t.Text, text));
}
