using Bunit;
using NormsPortal.Web.Components.Admin;
using NormsPortal.Web.Features.Compare;
using NormsPortal.Web.Features.Import;

namespace NormsPortal.ComponentTests.Admin;

/// <summary>The import preview: what a new text would store, and what a re-import would change, before anything is stored.</summary>
public sealed class ImportPreviewTests : PortalComponentTestBase
{
    private static readonly ImportParagraphDto[] s_paragraphs =
    [
        new("pp1", "", "preamble", "Recalling its resolutions,"),
        new("op1", "1", "operative", "Welcomes the report of the Group."),
    ];

    [Fact]
    public void NewText_ShowsFactsParagraphsWithAnchorsFootnotesReferencesAndRepairs_AndNoImpact()
    {
        var preview = Preview(Document("imported", changes: null));

        var cut = Render<ImportPreview>(p => p.Add(c => c.Preview, preview));

        Assert.Contains("a new text", cut.Find("h2").TextContent, StringComparison.Ordinal);
        Assert.Equal(["title", "session"], cut.FindAll("[data-testid=import-facts] dt").Select(d => d.TextContent));
        Assert.Equal(["pp1", "op1"], cut.FindAll("[data-testid=import-paragraph]").Select(p => p.GetAttribute("data-anchor")));
        Assert.Contains("Welcomes the report of the Group.", cut.Find("[data-testid=import-paragraphs]").TextContent, StringComparison.Ordinal);
        Assert.Contains("fn1", cut.Find("[data-testid=import-footnotes]").TextContent, StringComparison.Ordinal);
        Assert.Contains("A/RES/73/27", cut.Find("[data-testid=import-references]").TextContent, StringComparison.Ordinal);
        Assert.Contains("split-word", cut.Find("[data-testid=import-repairs]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=import-impact]"));
    }

    [Fact]
    public void Reimport_ShowsTheChangedParagraphsWithMarkedWords_OrphanedAnnotationsAndTheBookmarkCount()
    {
        var change = new AlignedParagraph(ParagraphChange.Changed,
            new ComparedParagraph("op1", "1", "operative", "Welcomes the report."),
            new ComparedParagraph("op1", "1", "operative", "Welcomes the report of the Group."),
            [new TextSpan(WordChange.Same, "Welcomes the report"), new TextSpan(WordChange.Inserted, " of the Group"), new TextSpan(WordChange.Same, ".")]);
        var preview = Preview(Document("updated", [change]) with
        {
            AnnotationsOrphaned = [new ImportMessageDto("warning", "annotation-orphaned", "Annotation 7 on A/RES/99/1, para. 2 is orphaned.", "annotation 7")],
            BookmarksLost = 3,
        });

        var cut = Render<ImportPreview>(p => p.Add(c => c.Preview, preview));

        Assert.Equal("of the Group", cut.Find("[data-testid=import-change] ins").TextContent.Trim());
        Assert.Contains("op1 changed", cut.Find("[data-testid=import-change]").TextContent, StringComparison.Ordinal);
        var impact = cut.Find("[data-testid=import-impact]").TextContent;
        Assert.Contains("1 annotation would be orphaned", impact, StringComparison.Ordinal);
        Assert.Contains("3 bookmarks would lose their place", impact, StringComparison.Ordinal);
        Assert.Contains("Annotation 7", cut.Find("[data-testid=import-annotations]").TextContent, StringComparison.Ordinal);
    }

    private static ImportPreviewDto Preview(ImportDocumentPreviewDto document) => new("untext", "A_RES_99_1.txt", "ab12", [document]);

    private static ImportDocumentPreviewDto Document(string outcome, IReadOnlyList<AlignedParagraph>? changes) => new(
        "A/RES/99/1",
        "en",
        outcome,
        new Dictionary<string, string> { ["title"] = "A title", ["session"] = "99" },
        s_paragraphs,
        [new ImportParagraphDto("fn1", "1", "footnote", "A/70/174.")],
        [new ImportCrossReferenceDto("pp1", "resolutions 73/27", "A/RES/73/27", null)],
        [new ImportMessageDto("repair", "split-word", "Joined a word split at a line end.", "op1")],
        changes,
        [],
        [],
        0);
}
