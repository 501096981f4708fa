using NormsPortal.Data.Import.UnText;

namespace NormsPortal.UnitTests.Import.UnText;

public sealed class FootnoteMarkersTests
{
    /// <summary>Footnotes 1 to <paramref name="count"/>, of which 1 to <paramref name="alreadyCited"/> are cited.</summary>
    private static FootnoteCitations Citations(int count, int alreadyCited = 0)
    {
        var citations = new FootnoteCitations(Enumerable.Range(1, count));
        foreach (var number in Enumerable.Range(1, alreadyCited))
        {
            citations.Cite(number);
        }

        return citations;
    }

    [Theory]
    [InlineData("in its 2013 and 20152 reports,", 1, "in its 2013 and 2015", " reports,", 2)]
    [InlineData("of 5 July 20124 and", 3, "of 5 July 2012", " and", 4)]
    [InlineData("in its 2015 report,2 identified", 1, "in its 2015 report,", " identified", 2)]
    [InlineData("transmitted by the Secretary-General,1", 0, "transmitted by the Secretary-General,", "", 1)]
    [InlineData("the relevant reports1 were", 0, "the relevant reports", " were", 1)]
    [InlineData("the (ICTs)1 and", 0, "the (ICTs)", " and", 1)]
    [InlineData("international security”,3 adopted", 2, "international security”,", " adopted", 3)]
    [InlineData("as adopted in 2015,1 the Group", 0, "as adopted in 2015,", " the Group", 1)]
    [InlineData("in its 20152, that", 1, "in its 2015", ", that", 2)]
    public void Extract_GluedMarker_TakesItOutAndMarksThePlace(string text, int alreadyCited, string before, string after, int footnote)
    {
        var result = FootnoteMarkers.Extract(text, Citations(5, alreadyCited));

        Assert.Equal(before + after, result.Text);
        Assert.Equal(new FootnoteMarker(before.Length, footnote), Assert.Single(result.Markers));
        Assert.Equal(RepairCodes.GluedFootnote, Assert.Single(result.Repairs).Code);
    }

    [Theory]
    [InlineData("in its 2013 3 and 2015 reports", 2, "in its 2013", " and 2015 reports", 3)]
    [InlineData("in its 2015 report, 2 identified", 1, "in its 2015 report,", " identified", 2)]
    [InlineData("by the Secretary-General, 1", 0, "by the Secretary-General,", "", 1)]
    [InlineData("of the Group 1.", 0, "of the Group", ".", 1)]
    public void Extract_SpacedMarker_TakesItAndItsSpaceOut(string text, int alreadyCited, string before, string after, int footnote)
    {
        var result = FootnoteMarkers.Extract(text, Citations(5, alreadyCited));

        Assert.Equal(before + after, result.Text);
        Assert.Equal(new FootnoteMarker(before.Length, footnote), Assert.Single(result.Markers));
        Assert.Equal(RepairCodes.SpacedFootnote, Assert.Single(result.Repairs).Code);
    }

    [Fact]
    public void Extract_SeveralMarkers_MarksEachAtItsPlaceInTheCleanText()
    {
        var result = FootnoteMarkers.Extract("of 2013 3 and 20152 adopted", Citations(5, 2));

        Assert.Equal("of 2013 and 2015 adopted", result.Text);
        Assert.Equal([new FootnoteMarker(7, 3), new FootnoteMarker(16, 2)], result.Markers);
    }

    [Theory]
    [InlineData("resolution 70/237 of 23 December 2015")]
    [InlineData("the reports A/70/174 and A/67/53/Corr.1")]
    [InlineData("the concepts mentioned in paragraph 3 above")]
    [InlineData("adopted by the General Assembly on 5 December 2016:")]
    [InlineData("Supplement No. 5 and No.5")]
    [InlineData("chap. 4, para. 4 and paras. 4")]
    [InlineData("paragraphs 2, 3 and 4")]
    [InlineData("of the 2 States and of 3 Member States")]
    [InlineData("items 1.1 and 1.2 of the list")]
    [InlineData("the G20 and CO2 and a4 sizes")]
    [InlineData("between 2014 and 2015, 5 experts met")]
    [InlineData("COVID-19 and 10,000 people")]
    [InlineData("beginning in 2019, with a view")]
    public void Extract_RealNumbers_LeavesThem(string text)
    {
        // Every small number here is a footnote the document has and may cite next.
        for (var cited = 0; cited < 25; cited++)
        {
            var result = FootnoteMarkers.Extract(text, Citations(25, cited));

            Assert.Equal(text, result.Text);
            Assert.Empty(result.Markers);
        }
    }

    [Theory]
    [InlineData("in its 2013 3 and 2015 reports")]
    [InlineData("in its 2015 report, 4 identified")]
    [InlineData("the Secretary-General,9")]
    public void Extract_NumberOutOfCitationOrder_IsNoMarker(string text)
    {
        var result = FootnoteMarkers.Extract(text, Citations(9, 1));

        Assert.Equal(text, result.Text);
        Assert.Empty(result.Markers);
    }

    [Fact]
    public void Extract_NumberOfNoFootnote_IsNoMarker()
    {
        var result = FootnoteMarkers.Extract("in its 20152 reports", new FootnoteCitations([1]));

        Assert.Equal("in its 20152 reports", result.Text);
    }

    [Fact]
    public void Extract_MarkerAccepted_CountsAsCited()
    {
        var citations = Citations(3);

        FootnoteMarkers.Extract("by the Secretary-General,1 and in its 20152 reports", citations);

        Assert.Equal([3], citations.Uncited);
    }
}
