using NormsPortal.Data.Import.CrossReferences;

namespace NormsPortal.UnitTests.Import.CrossReferences;

/// <summary>What the extractor carries from one provision to the next: "Ibid.", "that resolution", sections.</summary>
public sealed class ReferenceContextTests
{
    private static IReadOnlyList<ExtractedReference> Read(ReferenceContext context, string anchor, string text)
    {
        context.CitingAnchor = anchor;
        return CrossReferenceExtractor.Extract(text, context);
    }

    [Fact]
    public void Ibid_RepeatsWhatThePreviousFootnoteCited()
    {
        var context = new ReferenceContext("A/C.1/73/L.27/Rev.1", "en");
        Read(context, "fn4", "See Official Records of the General Assembly, Sixty-seventh Session, Supplement No. 53 and corrigendum (A/67/53 and A/67/53/Corr.1), chap. IV, sect. A.");

        // This "Ibid." continues the Official Records and prints its own symbol: that symbol is the reference.
        var fifth = Read(context, "fn5", "Ibid., Sixty-ninth Session, Supplement No. 53 (A/69/53), chap. V, sect. A.");
        var sixth = Read(context, "fn6", "Ibid.");
        var seventh = Read(context, "fn7", "Ibid., para. 5.");

        Assert.Equal(["A/69/53"], fifth.Select(MarkedSentence.Describe));
        var ibid = Assert.Single(sixth);
        Assert.Equal((0, 5, "Ibid.", "A/69/53", ReferenceKind.Ibid), (ibid.Start, ibid.Length, ibid.MatchedText, ibid.TargetSymbol, ibid.Kind));
        Assert.Equal(["A/69/53", "A/69/53#op5"], seventh.Select(MarkedSentence.Describe));
    }

    [Fact]
    public void Ibid_OfficialRecordsWithoutSymbol_DerivesTheSupplement()
    {
        var context = new ReferenceContext("A/RES/73/27", "en");
        Read(context, "fn1", "Official Records of the General Assembly, Sixty-eighth Session, Supplement No. 53 (A/68/53), chap. IV.");

        var found = Read(context, "fn2", "Ibid., Sixty-ninth Session, Supplement No. 53, chap. V.");

        var supplement = Assert.Single(found);
        Assert.Equal(("Ibid., Sixty-ninth Session, Supplement No. 53", "A/69/53", ReferenceKind.OfficialRecords), (supplement.MatchedText, supplement.TargetSymbol, supplement.Kind));
    }

    [Fact]
    public void Ibid_AfterAFootnoteCitingNothingKnown_LinksNothing()
    {
        var context = new ReferenceContext("A/RES/79/243", "en");
        Read(context, "fn1", "A/74/130.");
        Read(context, "fn2", "United Nations, Treaty Series, vol. 1577, No. 27531.");

        Assert.Empty(Read(context, "fn3", "Ibid., vol. 2171, No. 27531."));
    }

    [Fact]
    public void Ibid_DoesNotReachBackIntoTheBody()
    {
        var context = new ReferenceContext("A/RES/73/27", "en");
        Read(context, "pp1", "Recalling its resolution 70/237,");

        Assert.Empty(Read(context, "fn1", "Ibid."));
    }

    [Fact]
    public void ThatResolution_PointsAtTheResolutionAnEarlierProvisionNamed()
    {
        var context = new ReferenceContext("A/RES/74/28", "en");
        Read(context, "pp1", "Recalling its resolution 73/266 of 22 December 2018,");
        Read(context, "pp2", "Welcoming the report A/74/130,");

        var found = Read(context, "op5", "Welcomes the work of the Group, whose mandate is set out in paragraph 3 of that resolution, and paragraph 7 of the report;");

        Assert.Equal(["A/RES/73/266#op3", "A/74/130#op7"], found.Select(MarkedSentence.Describe));
    }

    [Fact]
    public void ThatResolution_PrefersTheResolutionNamedEarlierInTheSameText()
    {
        var context = new ReferenceContext("A/RES/74/28", "en");
        Read(context, "pp1", "Recalling its resolution 70/237,");

        var found = Read(context, "op1", "Recalling resolution 73/266, in particular paragraph 3 of that resolution,");

        Assert.Equal(["A/RES/73/266", "A/RES/73/266#op3"], found.Select(MarkedSentence.Describe));
    }

    [Fact]
    public void ParagraphAbove_InAnAnnex_PointsIntoTheAnnex()
    {
        var context = new ReferenceContext("A/RES/79/243", "en");

        var inAnnex = Read(context, "annex-op9", "the measures referred to in paragraph 3 above");
        var inBody = Read(context, "op9", "the measures referred to in paragraph 3 above");

        Assert.Equal("annex-op3", Assert.Single(inAnnex).TargetAnchor);
        Assert.Equal("op3", Assert.Single(inBody).TargetAnchor);
    }

    [Fact]
    public void Context_NormalisesTheCitingSymbol()
    {
        var context = new ReferenceContext(" A / RES / 43 / 78H ", "EN");

        Assert.Equal(("A/RES/43/78 H", "en"), (context.CitingSymbol, context.Language));
    }
}
