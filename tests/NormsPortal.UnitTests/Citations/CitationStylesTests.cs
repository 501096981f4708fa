using NormsPortal.Data.Model;
using NormsPortal.Web.Features.Citations;
using static NormsPortal.UnitTests.Citations.CitationSamples;

namespace NormsPortal.UnitTests.Citations;

public sealed class CitationStylesTests
{
    // The issue's exact strings.
    [Fact]
    public void Un_OperativeParagraph_IsSymbolAndPara() =>
        Assert.Equal("A/RES/73/27, para. 1.6", CitationStyles.Un(At(Resolution73_27, "op1.6")));

    [Fact]
    public void Un_PreambularParagraph_IsResolutionNumberAndOrdinal() =>
        Assert.Equal("resolution 73/27, third preambular paragraph", CitationStyles.Un(At(Resolution73_27, "pp3")));

    [Fact]
    public void Un_ReportSubparagraph_SpacesTheItemLetter() =>
        Assert.Equal("A/70/174, para. 13 (f)", CitationStyles.Un(At(Report70_174, "op13f")));

    [Fact]
    public void Bluebook_OperativeParagraph_MatchesTheIssue() =>
        Assert.Equal("G.A. Res. 73/27, ¶ 1.6, U.N. Doc. A/RES/73/27 (Dec. 5, 2018)", CitationStyles.Bluebook(At(Resolution73_27, "op1.6")));

    [Fact]
    public void Oscola_OperativeParagraph_MatchesTheIssue() =>
        Assert.Equal("UNGA Res 73/27 (5 December 2018) UN Doc A/RES/73/27, para 1.6", CitationStyles.Oscola(At(Resolution73_27, "op1.6")));

    [Theory]
    [InlineData("op4", "A/RES/73/27, para. 4")]
    [InlineData("op4a", "A/RES/73/27, para. 4 (a)")]
    [InlineData("op4a.ii", "A/RES/73/27, para. 4 (a) (ii)")]
    [InlineData("op1.6a", "A/RES/73/27, para. 1.6 (a)")]
    [InlineData("annex-op3", "A/RES/73/27, annex, para. 3")]
    [InlineData("annex2-op3", "A/RES/73/27, annex II, para. 3")]
    [InlineData("annex-pp2", "resolution 73/27, annex, second preambular paragraph")]
    [InlineData("pp21", "resolution 73/27, twenty-first preambular paragraph")]
    [InlineData("fn2", "A/RES/73/27, footnote 2")]
    [InlineData("oph3", "A/RES/73/27, heading 3")]
    public void Un_Pinpoints(string anchor, string expected) =>
        Assert.Equal(expected, CitationStyles.Un(At(Resolution73_27, anchor)));

    [Theory]
    [InlineData(null, "A/RES/73/27", "G.A. Res. 73/27, U.N. Doc. A/RES/73/27 (Dec. 5, 2018)", "UNGA Res 73/27 (5 December 2018) UN Doc A/RES/73/27")]
    [InlineData("pp3", "resolution 73/27, third preambular paragraph", "G.A. Res. 73/27, pmbl. ¶ 3, U.N. Doc. A/RES/73/27 (Dec. 5, 2018)", "UNGA Res 73/27 (5 December 2018) UN Doc A/RES/73/27, preambular para 3")]
    [InlineData("op4a.ii", "A/RES/73/27, para. 4 (a) (ii)", "G.A. Res. 73/27, ¶ 4(a)(ii), U.N. Doc. A/RES/73/27 (Dec. 5, 2018)", "UNGA Res 73/27 (5 December 2018) UN Doc A/RES/73/27, para 4(a)(ii)")]
    [InlineData("annex-op3", "A/RES/73/27, annex, para. 3", "G.A. Res. 73/27, annex ¶ 3, U.N. Doc. A/RES/73/27 (Dec. 5, 2018)", "UNGA Res 73/27 (5 December 2018) UN Doc A/RES/73/27, annex, para 3")]
    [InlineData("fn2", "A/RES/73/27, footnote 2", "G.A. Res. 73/27, n.2, U.N. Doc. A/RES/73/27 (Dec. 5, 2018)", "UNGA Res 73/27 (5 December 2018) UN Doc A/RES/73/27, n 2")]
    public void EveryStyle_ForAWorkAndItsParagraphs(string? anchor, string un, string bluebook, string oscola)
    {
        var target = At(Resolution73_27, anchor);

        Assert.Equal(un, CitationStyles.Un(target));
        Assert.Equal(bluebook, CitationStyles.Bluebook(target));
        Assert.Equal(oscola, CitationStyles.Oscola(target));
    }

    [Fact]
    public void Report_IsCitedByItsTitle_InBluebookAndOscola()
    {
        var target = At(Report70_174, "op13f");

        Assert.Equal(
            "Rep. of the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security, ¶ 13(f), U.N. Doc. A/70/174 (July 22, 2015)",
            CitationStyles.Bluebook(target));
        Assert.Equal(
            "UNGA 'Report of the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security' (22 July 2015) UN Doc A/70/174, para 13(f)",
            CitationStyles.Oscola(target));
    }

    [Fact]
    public void Draft_PreambularParagraph_NamesTheDraftBySymbol() =>
        Assert.Equal("draft resolution A/C.1/73/L.27/Rev.1, third preambular paragraph", CitationStyles.Un(At(Draft73_27, "pp3")));

    [Fact]
    public void Draft_OperativeParagraph_IsSymbolAndPara()
    {
        var target = At(Draft73_27, "op1.6");

        Assert.Equal("A/C.1/73/L.27/Rev.1, para. 1.6", CitationStyles.Un(target));
        Assert.Equal(
            "Developments in the field of information and telecommunications in the context of international security, ¶ 1.6, U.N. Doc. A/C.1/73/L.27/Rev.1 (Oct. 29, 2018)",
            CitationStyles.Bluebook(target));
    }

    [Fact]
    public void Decision_IsCitedAsADecision()
    {
        var decision = new CitableWork("A/DEC/72/512", WorkKind.GaDecision, null, new DateOnly(2017, 12, 4), []);

        Assert.Equal("A/DEC/72/512", CitationStyles.Un(At(decision, null)));
        Assert.Equal("G.A. Dec. 72/512, U.N. Doc. A/DEC/72/512 (Dec. 4, 2017)", CitationStyles.Bluebook(At(decision, null)));
        Assert.Equal("UNGA Dec 72/512 (4 December 2017) UN Doc A/DEC/72/512", CitationStyles.Oscola(At(decision, null)));
    }

    [Fact]
    public void ResolutionPart_KeepsItsLetter()
    {
        var part = new CitableWork("A/RES/43/78 H", WorkKind.GaResolution, null, new DateOnly(1988, 12, 7), []);

        Assert.Equal("resolution 43/78 H, second preambular paragraph", CitationStyles.Un(At(part, "pp2")));
        Assert.Equal("G.A. Res. 43/78 H, ¶ 1, U.N. Doc. A/RES/43/78 H (Dec. 7, 1988)", CitationStyles.Bluebook(At(part, "op1")));
    }

    [Fact]
    public void HumanRightsCouncilResolution_NamesTheCouncil()
    {
        var resolution = new CitableWork("A/HRC/RES/20/8", WorkKind.HrcResolution, null, new DateOnly(2012, 7, 5), []);

        Assert.Equal("Human Rights Council resolution 20/8, first preambular paragraph", CitationStyles.Un(At(resolution, "pp1")));
        Assert.Equal("Human Rights Council Res. 20/8, ¶ 1, U.N. Doc. A/HRC/RES/20/8 (July 5, 2012)", CitationStyles.Bluebook(At(resolution, "op1")));
        Assert.Equal("UNHRC Res 20/8 (5 July 2012) UN Doc A/HRC/RES/20/8, para 1", CitationStyles.Oscola(At(resolution, "op1")));
    }

    [Fact]
    public void MissingDate_LeavesTheDateOut()
    {
        var undated = Resolution73_27 with { Date = null };

        Assert.Equal("A/RES/73/27, para. 1.6", CitationStyles.Un(At(undated, "op1.6")));
        Assert.Equal("G.A. Res. 73/27, ¶ 1.6, U.N. Doc. A/RES/73/27", CitationStyles.Bluebook(At(undated, "op1.6")));
        Assert.Equal("UNGA Res 73/27 UN Doc A/RES/73/27, para 1.6", CitationStyles.Oscola(At(undated, "op1.6")));
    }

    [Fact]
    public void ReportWithoutTitleOrDate_IsCitedBySymbol()
    {
        var bare = new CitableWork("A/70/174", WorkKind.Report, null, null, []);

        Assert.Equal("A/70/174, para. 13 (f)", CitationStyles.Un(At(bare, "op13f")));
        Assert.Equal("U.N. Doc. A/70/174, ¶ 13(f)", CitationStyles.Bluebook(At(bare, "op13f")));
        Assert.Equal("UN Doc A/70/174, para 13(f)", CitationStyles.Oscola(At(bare, "op13f")));
    }

    [Theory]
    [InlineData(1, "first")]
    [InlineData(3, "third")]
    [InlineData(12, "twelfth")]
    [InlineData(20, "twentieth")]
    [InlineData(21, "twenty-first")]
    [InlineData(42, "forty-second")]
    [InlineData(101, "101st")]
    [InlineData(112, "112th")]
    public void OrdinalWords_SpellOutPositions(int number, string expected) =>
        Assert.Equal(expected, OrdinalWords.For(number));
}
