using NormsPortal.Web.Components.Documents;
using NormsPortal.Web.Features.Compare;
using NormsPortal.Web.Features.Documents;
using static NormsPortal.ComponentTests.Documents.DocumentSamples;

namespace NormsPortal.ComponentTests.Documents;

/// <summary>The plain logic behind the document page: text cutting, alignment, names, links (anchors in words: AnchorLabelTests).</summary>
public sealed class DocumentHelpersTests
{
    [Fact]
    public void TextSegments_CutAtReferencesAndMarks_WithoutLosingACharacter()
    {
        const string text = "Recalling 36/103 and 53/70, as noted";
        ReferenceDto[] references =
        [
            new(10, 6, "36/103", "A/RES/36/103", null, true, "/documents/A/RES/36/103"),
            new(12, 4, "overlap", "X", null, false, "https://undocs.org/X"),
            new(21, 5, "53/70", "A/RES/53/70", "op2", true, "/documents/A/RES/53/70#op2"),
        ];
        FootnoteMarkDto[] marks = [new(27, "fn1"), new(23, "fn2"), new(999, "fn3")];

        var segments = TextSegments.Split(text, marks, references);

        Assert.Equal(
            ["Recalling ", "36/103", " and ", "53/70", "2", ",", "1", " as noted", "3"],
            segments.Select(s => s.Text));
        Assert.Equal("A/RES/36/103", segments[1].Reference!.TargetSymbol);
        Assert.Equal("fn2", segments[4].Footnote);
        Assert.Equal("fn3", segments[^1].Footnote);
        Assert.Equal(text, string.Concat(segments.Where(s => !s.IsFootnoteMark).Select(s => s.Text)));
    }

    [Fact]
    public void ParallelText_AlignsByAnchor_AndPlacesUnmatchedParagraphsWhereTheyStand()
    {
        ProvisionDto[] english = [Provision("pp1", "a"), Provision("op1", "b"), Provision("op2", "c")];
        ProvisionDto[] french = [Provision("pp0", "z"), Provision("pp1", "a'"), Provision("op1", "b'"), Provision("op1bis", "x"), Provision("op3", "y")];

        var rows = ParallelText.Align(english, french);

        // op3 follows op1 (and op1bis) in French; op2, English only, keeps its English place after them.
        Assert.Equal(["pp0", "pp1", "op1", "op1bis", "op3", "op2"], rows.Select(r => r.Anchor));
        Assert.True(rows[1].IsMatched);
        Assert.Null(rows[0].Primary);
        Assert.Null(rows[4].Primary);
        Assert.Null(rows[5].Secondary);
    }

    [Theory]
    [InlineData("DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA", "Democratic People's Republic of Korea")]
    [InlineData("BOLIVIA (PLURINATIONAL STATE OF)", "Bolivia (Plurinational State of)")]
    [InlineData("GUINEA-BISSAU", "Guinea-Bissau")]
    [InlineData("Antigua & Barbuda", "Antigua & Barbuda")]
    [InlineData("THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA", "The Former Yugoslav Republic of Macedonia")]
    public void CountryNames_KeepTheName_InUsualCasing(string recorded, string shown) =>
        Assert.Equal(shown, CountryNames.ForDisplay(recorded));

    [Theory]
    [InlineData("A/RES/73/27", null, null, null, "/documents/A/RES/73/27")]
    [InlineData("A/RES/73/27", "en", "op1.6", null, "/documents/A/RES/73/27#op1.6")]
    [InlineData("A/RES/77/36", "fr", "op2", null, "/documents/A/RES/77/36?lang=fr#op2")]
    [InlineData("A/RES/77/36", null, null, "fr", "/documents/A/RES/77/36?lang=en&with=fr")]
    [InlineData("A/RES/43/78 H", "ar", null, "en", "/documents/A/RES/43/78%20H?lang=ar&with=en")]
    public void DocumentLinks_KeepLanguageAndAnchor(string symbol, string? language, string? anchor, string? with, string expected) =>
        Assert.Equal(expected, DocumentLinks.Page(symbol, language, anchor, with));

    [Fact]
    public void CompareUrls_KeepSlashesReadable() =>
        Assert.Equal("/compare?a=A/RES/43/78%20H&b=A/RES/73/27", CompareUrls.For("A/RES/43/78 H", "A/RES/73/27"));

    [Fact]
    public void DocumentContents_ListsPreambleOperativeParagraphsWithItemsAnnexAndFootnotes()
    {
        var text = Text() with
        {
            Provisions = [.. Text().Provisions, Provision("annex-op1", "Annex paragraph", number: "1")],
        };

        var entries = DocumentContents.Build(text);

        Assert.Equal(["Preamble", "Operative paragraphs", "Annex", "Footnotes"], entries.Select(e => e.Label));
        var operative = entries[1].Children;
        Assert.Equal(["op1", "op4"], operative.Select(e => e.Anchor));
        Assert.Equal(["1.1", "1.6"], operative[0].Children.Select(e => e.Label));
        Assert.Equal(["(a)"], operative[1].Children.Select(e => e.Label));
        Assert.Equal("annex-op1", entries[2].Anchor);
        Assert.Equal(DocumentContents.FootnotesAnchor, entries[3].Anchor);
    }

    [Fact]
    public void DocumentContents_OfATextWithoutPreambleOrFootnotes_HasOnlyItsParagraphs()
    {
        var text = new DocumentTextDto("en", "s", null, [Provision("op1", "Only paragraph", number: "1")], []);

        Assert.Equal(["Operative paragraphs"], DocumentContents.Build(text).Select(e => e.Label));
    }

    [Fact]
    public void ProvisionDepths_CountParents()
    {
        var depths = ProvisionDepths.Of(Text().Provisions);

        Assert.Equal(0, depths["op1"]);
        Assert.Equal(1, depths["op1.6"]);
        Assert.Equal(1, depths["op4a"]);
    }
}
