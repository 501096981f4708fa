using NormsPortal.Data.Import.CrossReferences;

namespace NormsPortal.UnitTests.Import.CrossReferences;

/// <summary>
/// The English patterns, one sentence a case: the expected mentions are marked ⟦…⟧ and followed by
/// their targets (<c>SYMBOL</c> or <c>SYMBOL#anchor</c>). The citing document is A/RES/73/27.
/// </summary>
public sealed class EnglishReferenceTests
{
    private const string Citing = "A/RES/73/27";

    [Theory]
    // General Assembly resolutions: one, a list, part letters, old style, special and emergency special sessions.
    [InlineData("Recalling its ⟦resolution 70/237⟧ of 23 December 2015,", "A/RES/70/237")]
    [InlineData(
        "Recalling its ⟦resolutions 36/103⟧ of 9 December 1981, ⟦43/78 H⟧ of 7 December 1988, ⟦53/70⟧ of 4 December 1998, ⟦70/237⟧ of 23 December 2015 and ⟦71/28⟧ of 5 December 2016,",
        "A/RES/36/103", "A/RES/43/78 H", "A/RES/53/70", "A/RES/70/237", "A/RES/71/28")]
    [InlineData(
        "Recalling also its resolutions 73/27 of 5 December 2018, ⟦73/266⟧ of 22 December 2018 and ⟦74/28⟧ and ⟦74/29⟧ of 12 December 2019, as well as its ⟦decision 72/512⟧ of 4 December 2017,",
        "A/RES/73/266", "A/RES/74/28", "A/RES/74/29", "A/DEC/72/512")]
    [InlineData("Reaffirming the Declaration contained in its ⟦resolution 2625 (XXV)⟧ of 24 October 1970,", "A/RES/2625 (XXV)")]
    // The document system files the parts of the early resolutions under one symbol.
    [InlineData("the Universal Declaration of Human Rights, ⟦resolution 217 A (III)⟧,", "A/RES/217 (III)")]
    [InlineData("⟦Resolutions 53/243 A⟧ and ⟦B⟧.", "A/RES/53/243 A", "A/RES/53/243 B")]
    [InlineData("Recalling its ⟦resolution S-26/2⟧ of 27 June 2001,", "A/RES/S-26/2")]
    [InlineData("Recalling its ⟦resolution ES-10/273⟧ of 13 June 2017,", "A/RES/ES-10/273")]
    [InlineData("Recalling its ⟦resolution ES‑10/15⟧,", "A/RES/ES-10/15")]
    [InlineData("Recalling ⟦General Assembly resolution 58/199⟧ of 23 December 2003 on the creation of a global culture of cybersecurity,", "A/RES/58/199")]
    [InlineData("Recalling that the General Assembly, in its ⟦resolution 73/266⟧, requested", "A/RES/73/266")]
    [InlineData("Reaffirms the provisions of section XVIII of its ⟦resolution 61/276⟧,", "A/RES/61/276")]
    [InlineData("Recalling its ⟦decisions 77/512⟧ of 7 December 2022 and ⟦78/541⟧ of 22 December 2023,", "A/DEC/77/512", "A/DEC/78/541")]
    // Human Rights Council, Economic and Social Council, Security Council.
    [InlineData(
        "States should respect ⟦Human Rights Council resolutions 20/8⟧ of 5 July 2012 and ⟦26/13⟧ of 26 June 2014 on the promotion, protection and enjoyment of human rights on the Internet, as well as ⟦General Assembly resolutions 68/167⟧ of 18 December 2013 and ⟦69/166⟧ of 18 December 2014 on the right to privacy in the digital age,",
        "A/HRC/RES/20/8", "A/HRC/RES/26/13", "A/RES/68/167", "A/RES/69/166")]
    [InlineData("Recalling ⟦Council resolutions 20/8⟧ of 5 July 2012 and ⟦26/13⟧ of 26 June 2014,", "A/HRC/RES/20/8", "A/HRC/RES/26/13")]
    [InlineData("Recalling ⟦resolutions 20/8⟧ and ⟦26/13⟧ of the Human Rights Council,", "A/HRC/RES/20/8", "A/HRC/RES/26/13")]
    [InlineData("Recalling that the Human Rights Council, in its ⟦resolution 20/8⟧, affirmed", "A/HRC/RES/20/8")]
    [InlineData("Taking note also of ⟦Economic and Social Council resolution 2019/19⟧ of 23 July 2019, entitled", "E/RES/2019/19")]
    [InlineData("⟦Economic and Social Council resolution 2004/26⟧", "E/RES/2004/26")]
    [InlineData("in consultative status with the Economic and Social Council, in accordance with ⟦Council resolution 1996/31⟧ of 25 July 1996,", "E/RES/1996/31")]
    [InlineData("Recalling ⟦Security Council resolution 1373 (2001)⟧ of 28 September 2001,", "S/RES/1373 (2001)")]
    [InlineData("⟦Security Council resolutions 1325 (2000)⟧, ⟦1820 (2008)⟧ and ⟦1888 (2009)⟧", "S/RES/1325 (2000)", "S/RES/1820 (2008)", "S/RES/1888 (2009)")]
    [InlineData("notes the adoption by the Security Council of ⟦resolutions 2018 (2011)⟧ of 31 October 2011 and ⟦2039(2012)⟧ of 29 February 2012", "S/RES/2018 (2011)", "S/RES/2039 (2012)")]
    [InlineData("an conflict, endorsed by the Security Council in ⟦resolution 1515 (2003)⟧ of 19 November 2003,", "S/RES/1515 (2003)")]
    [InlineData("as endorsed by the General Assembly in ⟦resolution 66/288⟧ of 27 July 2012,", "A/RES/66/288")]
    [InlineData("the adoption by the Economic and Social Council of ⟦resolution 2020/6⟧ of 18 June 2020", "E/RES/2020/6")]
    [InlineData(
        "Reaffirming ⟦General Assembly and Security Council resolutions 70/262⟧ and ⟦2282 (2016)⟧ of 27 April 2016,",
        "A/RES/70/262", "S/RES/2282 (2016)")]
    [InlineData("Recalling its ⟦resolutions 2252 (ES-V)⟧ of 4 July 1967 and ⟦2341 B (XXII)⟧ of 19 December 1967", "A/RES/2252 (ES-V)", "A/RES/2341 (XXII)")]
    [InlineData(
        "Recalling ⟦Security Council resolutions 2178 (2014)⟧ of 24 September 2014, in particular paragraphs 15 to 17, and ⟦2253 (2015)⟧ of 17 December 2015,",
        "S/RES/2178 (2014)", "S/RES/2253 (2015)")]
    // No body named: the date tells the General Assembly's 42nd session (1987) from the Council's (2019).
    [InlineData("Human Rights Council resolutions on the subject, including ⟦resolution 42/9⟧ of 26 September 2019,", "A/HRC/RES/42/9")]
    [InlineData("Recalling its ⟦resolution 42/9⟧ of 14 October 1987,", "A/RES/42/9")]
    [InlineData(
        "Recalling ⟦resolutions 39/2⟧ of 27 September 2018, ⟦37/32⟧ of 23 March 2018 and ⟦S-27/1⟧ of 5 December 2017,",
        "A/HRC/RES/39/2", "A/HRC/RES/37/32", "A/HRC/RES/S-27/1")]
    [InlineData(
        "See Official Records of the General Assembly, Seventy-third Session, Supplement No. 53 (⟦A/73/53⟧), chap. IV, sect. A, ⟦resolution 37/17⟧.",
        "A/73/53", "A/HRC/RES/37/17")]
    [InlineData(
        "the report of the High Commissioner to the Human Rights Council submitted pursuant to ⟦resolutions 34/24⟧ and ⟦40/20⟧;",
        "A/HRC/RES/34/24", "A/HRC/RES/40/20")]
    // Lists: missing spaces, descriptions and details between the numbers.
    [InlineData(
        "as well as its ⟦decision 76/551⟧ of 20 January 2022 on the Fifth United Nations Conference on the Least Developed Countries and its ⟦resolutions 76/251⟧ of 28 February 2022 on the further modalities of the Fifth Conference and ⟦76/258⟧ on the Doha Programme of Action,",
        "A/DEC/76/551", "A/RES/76/251", "A/RES/76/258")]
    [InlineData(
        "Recalling ⟦Human Rights Council resolutions 27/13⟧ of 25 September 2014,⟦30/4⟧ of 1 October 2015,⟦33/12⟧ and ⟦33/13⟧ of 29 September 2016,",
        "A/HRC/RES/27/13", "A/HRC/RES/30/4", "A/HRC/RES/33/12", "A/HRC/RES/33/13")]
    [InlineData(
        "Recalling its ⟦resolutions 73/148⟧ of 17 December 2018, entitled “Intensification of efforts to prevent and eliminate all forms of violence against women and girls: sexual harassment”, ⟦69/194⟧ of 18 December 2014 on the United Nations Model Strategies and ⟦72/195⟧ of 19 December 2017 on improving the coordination of efforts,",
        "A/RES/73/148", "A/RES/69/194", "A/RES/72/195")]
    [InlineData(
        "Recalling its ⟦resolutions 60/251⟧ of 15 March 2006, by which it established the Human Rights Council, and ⟦65/281⟧ of 17 June 2011 on the review of the Council,",
        "A/RES/60/251", "A/RES/65/281")]
    [InlineData("See ⟦resolutions 59/39⟧, ⟦para. 9⟧, and ⟦65/21⟧, ⟦para. 18⟧.", "A/RES/59/39", "A/RES/59/39#op9", "A/RES/65/21", "A/RES/65/21#op18")]
    [InlineData("⟦Resolutions 52/214⟧, sect. C, para. 3; ⟦55/222⟧, sect. III; and ⟦56/64 B⟧, sect. X.", "A/RES/52/214", "A/RES/55/222", "A/RES/56/64 B")]
    // Symbols.
    [InlineData("the 2015 report of the Group of Governmental Experts (⟦A/70/174⟧),", "A/70/174")]
    [InlineData("(⟦A/67/53⟧ and ⟦A/67/53/Corr.1⟧)", "A/67/53", "A/67/53/Corr.1")]
    [InlineData("⟦A/65/201⟧, ⟦A/68/98⟧ and ⟦A/70/174⟧.", "A/65/201", "A/68/98", "A/70/174")]
    [InlineData("the identical letters (⟦A/73/123⟧-⟦S/2018/456⟧)", "A/73/123", "S/2018/456")]
    [InlineData("revised draft resolution ⟦A/C.1/73/L.27/Rev.1⟧", "A/C.1/73/L.27/Rev.1")]
    [InlineData("[without reference to a Main Committee (⟦A/75/L.87/Rev.1⟧ and ⟦A/75/L.87/Rev.1/Add.1⟧)]", "A/75/L.87/Rev.1", "A/75/L.87/Rev.1/Add.1")]
    [InlineData("the compendium of statements, ⟦A/AC.292/2025/INF/5/Rev.1⟧;", "A/AC.292/2025/INF/5/Rev.1")]
    [InlineData("see ⟦A/75/6 (Sect. 3)/Add.1⟧ and ⟦S/RES/1373 (2001)⟧ and ⟦A/RES/43/78 H⟧", "A/75/6 (Sect. 3)/Add.1", "S/RES/1373 (2001)", "A/RES/43/78 H")]
    [InlineData("(⟦A/69/53/Add.1⟧, ⟦A/69/53/Add.1 /Corr.1⟧ and ⟦A/69/53/Add.1/Corr.2⟧)", "A/69/53/Add.1", "A/69/53/Add.1/Corr.1", "A/69/53/Add.1/Corr.2")]
    [InlineData("See ⟦A/73/12 (part II)⟧ and ⟦A/75/6(Sect.3)⟧.", "A/73/12 (Part II)", "A/75/6 (Sect. 3)")]
    [InlineData("(⟦A/66/53/Add.1⟧ and ⟦A/66/53/Add.1/ Corr.1⟧)", "A/66/53/Add.1", "A/66/53/Add.1/Corr.1")]
    // Footnotes that name documents.
    [InlineData("⟦A/70/174⟧.", "A/70/174")]
    [InlineData("See ⟦A/68/98⟧.", "A/68/98")]
    [InlineData("⟦Resolution 70/174⟧, annex.", "A/RES/70/174")]
    [InlineData("Official Records of the General Assembly, Seventieth Session, Supplement No. 53 (⟦A/70/53⟧).", "A/70/53")]
    [InlineData(
        "See Official Records of the General Assembly, Sixty-seventh Session, Supplement No. 53 and corrigendum (⟦A/67/53⟧ and ⟦A/67/53/Corr.1⟧), chap. IV, sect. A.",
        "A/67/53", "A/67/53/Corr.1")]
    [InlineData("See ⟦Official Records of the General Assembly, Fifty-fifth Session, Supplement No. 53⟧, chap. II.", "A/55/53")]
    [InlineData(
        "See Official Records of the Economic and Social Council, 2013, Supplement No. 10 and corrigendum (⟦E/2013/30⟧ and ⟦E/2013/30/Corr.1⟧), chap. I, sect. D.",
        "E/2013/30", "E/2013/30/Corr.1")]
    // Pinpoints.
    [InlineData("(c) The content of the concepts mentioned in ⟦paragraph 3⟧ above;", "A/RES/73/27#op3")]
    [InlineData("pursuant to its ⟦paragraphs 5⟧ and ⟦6⟧ above;", "A/RES/73/27#op5", "A/RES/73/27#op6")]
    [InlineData("the regional consultations held in accordance with ⟦paragraph 4⟧ of the present resolution,", "A/RES/73/27#op4")]
    [InlineData("as described in ⟦paragraph 4 (a) (ii)⟧ above and ⟦paragraph 1.6⟧ above", "A/RES/73/27#op4a.ii", "A/RES/73/27#op1.6")]
    [InlineData(
        "the Group of Governmental Experts established by the Secretary-General pursuant to ⟦resolution 73/266⟧, on the basis of equitable geographical distribution, whose mandate is set out in ⟦paragraph 3⟧ of that resolution;",
        "A/RES/73/266", "A/RES/73/266#op3")]
    [InlineData("Takes note of the report of the Secretary-General (⟦A/74/130⟧), in particular ⟦paragraph 13 (f)⟧ of the report;", "A/74/130", "A/74/130#op13f")]
    [InlineData("Recalling that the General Assembly, in its ⟦resolution 70/237⟧, ⟦paragraph 2⟧, called upon Member States", "A/RES/70/237", "A/RES/70/237#op2")]
    [InlineData("as requested in ⟦paragraph 2⟧ of ⟦resolution 70/237⟧,", "A/RES/70/237#op2", "A/RES/70/237")]
    [InlineData("as requested in ⟦paragraph 5⟧ of its ⟦resolution 70/237⟧,", "A/RES/70/237#op5", "A/RES/70/237")]
    [InlineData("the principles set out in ⟦paragraph 3⟧ of the annex to ⟦resolution 70/237⟧,", "A/RES/70/237#annex-op3", "A/RES/70/237")]
    [InlineData("[on the report of the First Committee (⟦A/75/394⟧, ⟦para. 17⟧)]", "A/75/394", "A/75/394#op17")]
    public void Extract_English_FindsMarkedMentions(string marked, params string[] targets) =>
        MarkedSentence.AssertExtracts(marked, new ReferenceContext(Citing, "en"), targets);

    [Theory]
    // Another body's resolutions: no symbol we can build, so no reference.
    [InlineData("Recalling Commission on Crime Prevention and Criminal Justice resolution 22/8 of 26 April 2013,")]
    [InlineData("Taking note of Commission resolution 22/8,")]
    [InlineData("Recalling that the Commission on the Status of Women, in its resolution 60/2, urged")]
    [InlineData("Recalling United Nations Environment Assembly resolution 4/1 of 15 March 2019,")]
    [InlineData("Recalling World Health Assembly resolution WHA58.28 of 25 May 2005,")]
    [InlineData("Taking note of Governing Council decision 27/2,")]
    [InlineData("and notes decisions 21/1 and 21/2 adopted by the High-level Committee on South-South Cooperation,")]
    [InlineData("enshrined in decision X/2 of the tenth meeting of the Conference of the Parties and in decision XIII/11, annex II.")]
    [InlineData("Recalling resolutions 22/8 and 26/4 of the Commission on Crime Prevention and Criminal Justice,")]
    // A General Assembly resolution never has a year-number or a Security Council shape of another body.
    [InlineData("Recalling its resolution 2004/26,")]
    [InlineData("Recalling Human Rights Council resolution 1373 (2001),")]
    // Numbered like the Assembly's or the Council's, but dated when neither met: the Environment Assembly's.
    [InlineData("Recalling resolutions 5/14 of 2 March 2022, entitled “End plastic pollution”, 4/6 of 15 March 2019 and 4/9 of 15 March 2019,")]
    [InlineData("the adoption by the Economic and Social Commission for Asia and the Pacific at its seventy-second session, of resolution 72/7 of 19 May 2016")]
    // Dates, years, counts, percentages, pages.
    [InlineData("adopted by the General Assembly on 5 December 2016:")]
    [InlineData("the Group of Governmental Experts, in its 2013 and 2015 reports, 2010, 1981")]
    [InlineData("the open-ended working group 2021–2025 held 11 sessions; 97 per cent (97%) of States replied; see page 23.")]
    [InlineData("24/7 points of contact, HIV/AIDS and/or km/h")]
    [InlineData("the General Assembly at its seventy-fifth session may adopt a decision in this respect;")]
    [InlineData("decision-making processes related to the use of information and communications technologies")]
    [InlineData("the 13 norms of paragraph 1, the 2 reports and 5 December 2016")]
    // A paragraph of something the portal cannot anchor.
    [InlineData("Notwithstanding paragraph 1 of this article, a State Party may grant extradition")]
    [InlineData("the conduct described in paragraphs 1 and 2 of this article")]
    // "that resolution" with no resolution named before.
    [InlineData("whose mandate is set out in paragraph 3 of that resolution;")]
    public void Extract_English_LinksNothing(string text) =>
        Assert.Empty(CrossReferenceExtractor.Extract(text, new ReferenceContext(Citing, "en")));

    [Fact]
    public void Extract_ResolutionNumber_IsNeverTheReportWithTheSameNumbers()
    {
        var context = new ReferenceContext(Citing, "en");

        var resolution = Assert.Single(CrossReferenceExtractor.Extract("Resolution 70/174, annex.", context));
        var report = Assert.Single(CrossReferenceExtractor.Extract("the report A/70/174.", context));

        Assert.Equal("A/RES/70/174", resolution.TargetSymbol);
        Assert.Equal("A/70/174", report.TargetSymbol);
    }

    [Fact]
    public void Extract_BareNumber_IsNoReference() =>
        Assert.Empty(CrossReferenceExtractor.Extract("as in 70/174 and 43/78 H", new ReferenceContext(Citing, "en")));

    [Fact]
    public void Extract_OwnSymbolWithoutParagraph_IsNoReference() =>
        Assert.Empty(CrossReferenceExtractor.Extract("A/RES/73/27", new ReferenceContext(Citing, "en")));

    [Fact]
    public void Extract_ItsResolutionInHumanRightsCouncilText_IsTheCouncils()
    {
        var context = new ReferenceContext("A/HRC/RES/26/13", "en");

        var found = CrossReferenceExtractor.Extract("Recalling its resolution 20/8 of 5 July 2012 and General Assembly resolution 68/167,", context);

        Assert.Equal(["A/HRC/RES/20/8", "A/RES/68/167"], found.Select(r => r.TargetSymbol));
    }

    [Fact]
    public void Extract_GluedFootnoteMarkerAfterYear_DoesNotEndTheList()
    {
        // PDF extraction glues footnote markers to years: "5 July 2012" + note 4.
        var found = CrossReferenceExtractor.Extract(
            "should respect Human Rights Council resolutions 20/8 of 5 July 20124 and 26/13 of 26 June 20145 on the promotion",
            new ReferenceContext(Citing, "en"));

        Assert.Equal(["A/HRC/RES/20/8", "A/HRC/RES/26/13"], found.Select(r => r.TargetSymbol));
    }

    [Fact]
    public void Extract_TellsTheKindOfEachMention()
    {
        var found = CrossReferenceExtractor.Extract(
            "Recalling its resolution 73/266 and decision 72/512, the report A/74/130, paragraph 3 of that resolution and paragraph 4 above,",
            new ReferenceContext(Citing, "en"));

        Assert.Equal(
            [ReferenceKind.Resolution, ReferenceKind.Decision, ReferenceKind.Symbol, ReferenceKind.Paragraph, ReferenceKind.OwnParagraph],
            found.Select(r => r.Kind));
    }
}
