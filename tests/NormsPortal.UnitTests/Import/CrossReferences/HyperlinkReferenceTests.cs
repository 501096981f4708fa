using NormsPortal.Data.Import.CrossReferences;
using NormsPortal.Data.Import.Parsed;

namespace NormsPortal.UnitTests.Import.CrossReferences;

/// <summary>Hyperlinks the source marked up (AKN <c>a</c> elements) as references.</summary>
public sealed class HyperlinkReferenceTests
{
    private static ParsedLink Link(string text, string linked, string href, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(linked, start + 1, StringComparison.Ordinal);
        }

        return new ParsedLink("pp1", start, linked.Length, href, linked);
    }

    [Theory]
    [InlineData("https://undocs.org/en/A/RES/70/237", "A/RES/70/237")]
    [InlineData("https://docs.un.org/en/A/80/257", "A/80/257")]
    [InlineData("https://undocs.org/sp/A/RES/70/237", "A/RES/70/237")]
    [InlineData("https://undocs.org/ch/A/65/201", "A/65/201")]
    [InlineData("http://undocs.org/A/RES/70/1", "A/RES/70/1")]
    [InlineData("https://undocs.org/en/S/RES/1373(2001)", "S/RES/1373 (2001)")]
    [InlineData("https://undocs.org/en/S/RES/1373 (2001)", "S/RES/1373 (2001)")]
    [InlineData("https://undocs.org/en/A/RES/2625(XXV)", "A/RES/2625 (XXV)")]
    [InlineData("https://undocs.org/a/res/2621 (xxv)", "A/RES/2621 (XXV)")]
    [InlineData("https://undocs.org/en/A/RES/1874 (S-IV)", "A/RES/1874 (S-IV)")]
    [InlineData("https://undocs.org//en/A/RES/1514 (XV)", "A/RES/1514 (XV)")]
    [InlineData("https://undocs.org/en/A/RES/67/234b", "A/RES/67/234 B")]
    [InlineData("https://undocs.org/en/A/RES/74/255a-b", "A/RES/74/255")]
    [InlineData("https://undocs.org/en/A/56/45(supp)", "A/56/45")]
    [InlineData("https://undocs.org/en/A/75/6(Sect.3)/Add.1", "A/75/6 (Sect. 3)/Add.1")]
    [InlineData("https://undocs.org/en/A/hrc/RES/20/8", "A/HRC/RES/20/8")]
    [InlineData("https://undocs.org/en/A/Res/72/269", "A/RES/72/269")]
    [InlineData("https://undocs.org/en/UNEP/EA.4/Res.1", "UNEP/EA.4/Res.1")]
    [InlineData("https://undocs.org/en/A/HRC/RES/S-27/1", "A/HRC/RES/S-27/1")]
    [InlineData("https://undocs.org/en/A/AC.292/2025/INF/5/Rev.1", "A/AC.292/2025/INF/5/Rev.1")]
    [InlineData("https://undocs.org/en/A/RES/ES-10/15", "A/RES/ES-10/15")]
    [InlineData("https://www.un.org/ga/search/view_doc.asp?symbol=A/RES/70/1", "A/RES/70/1")]
    [InlineData("https://undocs.org/en/A%2FRES%2F70%2F237", "A/RES/70/237")]
    [InlineData("/akn/un/statement/deliberation/unga/1988-12-07/43-78/", "A/RES/43/78")]
    [InlineData("/akn/un/statement/deliberation/unga/2019-12-12/74-28/!main", "A/RES/74/28")]
    public void Extract_LinkToUnDocument_TargetsItsSymbol(string href, string symbol)
    {
        const string text = "see document";
        var found = CrossReferenceExtractor.Extract(text, [new ParsedLink("pp1", 4, 8, href, "document")], new ReferenceContext("A/RES/79/1", "en"));

        var reference = Assert.Single(found);
        Assert.Equal((symbol, ReferenceKind.Hyperlink, "document"), (reference.TargetSymbol, reference.Kind, reference.MatchedText));
    }

    [Theory]
    [InlineData("https://www.un.org/en/about-us")]
    [InlineData("https://en.wikipedia.org/wiki/Cyberspace")]
    [InlineData("https://documents-dds-ny.un.org/doc/UNDOC/GEN/N15/000/00/PDF/N1500000.pdf")]
    [InlineData("https://undocs.org/en/")]
    [InlineData("#authorialNote_1")]
    public void Extract_LinkElsewhere_IsNoReference(string href) =>
        Assert.Empty(CrossReferenceExtractor.Extract("see document", [new ParsedLink("pp1", 4, 8, href, "document")], new ReferenceContext("A/RES/79/1", "en")));

    [Fact]
    public void Extract_LinkStoppingBeforeThePartLetter_TargetsThePart()
    {
        // Chinese: no word patterns, so only the link speaks. The UN's markup links "43/78" and leaves "H号" outside.
        const string text = "回顾其1981年12月9日第36/103号、1988年12月7日第43/78 H号决议";
        var links = new[]
        {
            Link(text, "36/103", "/akn/un/statement/deliberation/unga/1981-12-09/36-103/"),
            Link(text, "43/78", "/akn/un/statement/deliberation/unga/1988-12-07/43-78/"),
        };

        var found = CrossReferenceExtractor.Extract(text, links, new ReferenceContext("A/RES/74/29", "zh"));

        Assert.Equal(["36/103 → A/RES/36/103", "43/78 H → A/RES/43/78 H"], found.Select(r => $"{r.MatchedText} → {r.TargetSymbol}"));
    }

    [Theory]
    [InlineData("ru", "Ссылаясь на свои резолюции 36/103 от 9 декабря 1981 года, 43/78 Н от 7 декабря 1988 года", "43/78 Н")]
    [InlineData("ar", "إذ تشير إلى قراراتها 36/103 المؤرخ 9 كانون الأول/ديسمبر 1981 و 43/78 حاء المؤرخ 7 كانون الأول/ديسمبر 1988", "43/78 حاء")]
    public void Extract_PartLetterInAnotherScript_IsReadAsLatin(string language, string text, string mention)
    {
        var links = new[]
        {
            Link(text, "36/103", "https://undocs.org/en/A/RES/36/103"),
            Link(text, "43/78", "https://undocs.org/en/A/RES/43/78"),
        };

        var found = CrossReferenceExtractor.Extract(text, links, new ReferenceContext("A/RES/74/29", language));

        Assert.Equal(["36/103 → A/RES/36/103", $"{mention} → A/RES/43/78 H"], found.Select(r => $"{r.MatchedText} → {r.TargetSymbol}"));
    }

    [Fact]
    public void Extract_AdjacentLinksToOneTarget_FormOneReference()
    {
        // The UN's markup splits "43/13" into "43/1" and "3", and "2625 (XXV)" into "2625 (" and "XXV)".
        const string text = "回顾第43/13号决议和第2625 (XXV)号决议";
        var first = text.IndexOf("43/13", StringComparison.Ordinal);
        var second = text.IndexOf("2625", StringComparison.Ordinal);
        var links = new[]
        {
            new ParsedLink("pp1", first, 4, "https://undocs.org/en/A/HRC/RES/43/13", "43/1"),
            new ParsedLink("pp1", first + 4, 1, "https://undocs.org/en/A/HRC/RES/43/13", "3"),
            new ParsedLink("pp1", second, 6, "https://undocs.org/en/A/RES/2625(XXV)", "2625 ("),
            new ParsedLink("pp1", second + 6, 4, "https://undocs.org/en/A/RES/2625(XXV)", "XXV)"),
        };

        var found = CrossReferenceExtractor.Extract(text, links, new ReferenceContext("A/RES/79/1", "zh"));

        Assert.Equal(["43/13 → A/HRC/RES/43/13", "2625 (XXV) → A/RES/2625 (XXV)"], found.Select(r => $"{r.MatchedText} → {r.TargetSymbol}"));
    }

    [Fact]
    public void Extract_SplitLinkOverNumberAndPartLetter_FormsOneReferenceToThePart()
    {
        const string text = "Recalling 56/210 B of 9 July 2002";
        var start = text.IndexOf("56/210", StringComparison.Ordinal);
        var links = new[]
        {
            new ParsedLink("pp1", start, 6, "https://undocs.org/A/RES/56/210", "56/210"),
            new ParsedLink("pp1", start + 6, 2, "https://undocs.org/A/RES/56/210", " B"),
        };

        var reference = Assert.Single(CrossReferenceExtractor.Extract(text, links, new ReferenceContext("A/RES/79/1", "en")));

        Assert.Equal(("56/210 B", "A/RES/56/210 B"), (reference.MatchedText, reference.TargetSymbol));
    }

    [Fact]
    public void Extract_LinkAgreeingWithTheWords_KeepsTheWordsSpan()
    {
        const string text = "Recalling Security Council resolution 1373 (2001) of 28 September 2001,";
        var link = Link(text, "1373 (2001)", "https://undocs.org/en/S/RES/1373(2001)");

        var reference = Assert.Single(CrossReferenceExtractor.Extract(text, [link], new ReferenceContext("A/RES/79/1", "en")));

        Assert.Equal(("Security Council resolution 1373 (2001)", "S/RES/1373 (2001)", ReferenceKind.Resolution), (reference.MatchedText, reference.TargetSymbol, reference.Kind));
    }

    [Fact]
    public void Extract_LinkDisagreeingWithTheWords_Wins()
    {
        // The words alone read a General Assembly resolution; the markup knows it is the Council's.
        const string text = "Recalling resolution 20/8 and the statement,";
        var link = Link(text, "20/8", "https://undocs.org/en/A/HRC/RES/20/8");

        var reference = Assert.Single(CrossReferenceExtractor.Extract(text, [link], new ReferenceContext("A/RES/79/1", "en")));

        Assert.Equal(("20/8", "A/HRC/RES/20/8", ReferenceKind.Hyperlink), (reference.MatchedText, reference.TargetSymbol, reference.Kind));
    }

    [Fact]
    public void Extract_LinkOutsideTheText_IsIgnored() =>
        Assert.Empty(CrossReferenceExtractor.Extract("short", [new ParsedLink("pp1", 3, 10, "https://undocs.org/en/A/70/174", "A/70/174")], new ReferenceContext("A/RES/79/1", "en")));
}
