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
    [InlineData("in the period 2021–20252 and", 1, "in the period 2021–2025", " and", 2)]
    [InlineData("technologies 2021–2025,2 in particular", 1, "technologies 2021–2025,", " in particular", 2)]
    [InlineData("pursuant to resolution 77/37,4 including", 3, "pursuant to resolution 77/37,", " including", 4)]
    [InlineData("in its report (A/70/174)2 the Group", 1, "in its report (A/70/174)", " the Group", 2)]
    public void Extract_GluedMarker_TakesItOutAndMarksThePlace(string text, int alreadyCited, string before, string after, int footnote)
    {
        var result = FootnoteMarkers.Extract(text, Citations(5, alreadyCited));

        Assert.Equal(before + after, result.Text);
        Assert.Equal(new FootnoteMarker(before.Length, footnote), Assert.Single(result.Markers));
        Assert.Equal(UnTextMessageCodes.GluedFootnote, Assert.Single(result.Repairs).Code);
    }

    [Theory]
    [InlineData("in its 2013 3 and 2015 reports", 2, "in its 2013", " and 2015 reports", 3)]
    [InlineData("in its 2015 report, 2 identified", 1, "in its 2015 report,", " identified", 2)]
    [InlineData("by the Secretary-General, 1", 0, "by the Secretary-General,", "", 1)]
    [InlineData("the “Group”, 1 and", 0, "the “Group”,", " and", 1)]
    [InlineData("technologies 2021–2025 2 and", 1, "technologies 2021–2025", " and", 2)]
    [InlineData("pursuant to resolution 77/37, 4 including", 3, "pursuant to resolution 77/37,", " including", 4)]
    public void Extract_SpacedMarker_TakesItAndItsSpaceOut(string text, int alreadyCited, string before, string after, int footnote)
    {
        var result = FootnoteMarkers.Extract(text, Citations(5, alreadyCited));

        Assert.Equal(before + after, result.Text);
        Assert.Equal(new FootnoteMarker(before.Length, footnote), Assert.Single(result.Markers));
        Assert.Equal(UnTextMessageCodes.SpacedFootnote, Assert.Single(result.Repairs).Code);
    }

    [Fact]
    public void Extract_DayBeforeAMonthEarlierInTheClause_IsNoCount()
    {
        var result = FootnoteMarkers.Extract("adopted on 5 December 2016 by the Group of Experts, 1 identified", Citations(3));

        Assert.Equal("adopted on 5 December 2016 by the Group of Experts, identified", result.Text);
        Assert.Single(result.Markers);
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
    [InlineData("documents A/C.1/73/L.27/Rev.1, A/70/L.12 and E/2017/30")]
    [InlineData("in the years 2021–2025 and 2019-2020")]
    [InlineData("the concepts mentioned in paragraph 3 above")]
    [InlineData("adopted by the General Assembly on 5 December 2016:")]
    [InlineData("Supplement No. 5 and No.5")]
    [InlineData("chap. 4, para. 4 and paras. 4")]
    [InlineData("paragraphs 2, 3 and 4")]
    [InlineData("of the 2 States and of 3 Member States")]
    [InlineData("items 1.1 and 1.2 of the list")]
    [InlineData("the G20 and CO2 and a4 sizes")]
    [InlineData("its resolution XIII.1, in which")]
    [InlineData("between 2014 and 2015, 5 experts met")]
    [InlineData("COVID-19 and 10,000 people")]
    [InlineData("beginning in 2019, with a view")]
    [InlineData("in subprogramme 1, category 2 and Guideline 3 of the Group 1.")]
    [InlineData("of whom none were killed, 1 was injured, 8 were arrested")]
    [InlineData("16 posts (1 Assistant Secretary-General, 1 D-1, 2 P-5)")]
    [InlineData("a minimum acceptable diet, 1 in 5 children")]
    [InlineData("and, furthermore, 1 billion people")]
    [InlineData("the following positions: 1 Senior Officer")]
    [InlineData("three positions (1 Safety Officer (Local level), 1 Information Assistant (Local level) and 1 Security Officer)")]
    [InlineData("supported by 170 Member States, 1 non-member observer State and 1 observer")]
    [InlineData("posts (2 P-4, 1 P-2, 1 GS (PL), 1 GS (OL))")]
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
