using NormsPortal.Data.Import.CrossReferences;

namespace NormsPortal.UnitTests.Import.CrossReferences;

/// <summary>
/// Real sentences: from the revised draft resolution A/C.1/73/L.27/Rev.1 (seed/A_C.1_73_L.27_Rev.1.txt,
/// cleaned of its PDF extraction artifacts) and from the English AKN resolutions in akn/ict/en
/// (paragraph text without the footnotes, which are paragraphs of their own).
/// </summary>
public sealed class SeedTextReferenceTests
{
    private const string DraftSymbol = "A/C.1/73/L.27/Rev.1";

    private static readonly string[] RecalledResolutions =
    [
        "A/RES/36/103", "A/RES/43/78 H", "A/RES/53/70", "A/RES/54/49", "A/RES/55/28", "A/RES/56/19", "A/RES/57/53",
        "A/RES/58/32", "A/RES/59/61", "A/RES/60/45", "A/RES/61/54", "A/RES/62/17", "A/RES/63/37", "A/RES/64/25",
        "A/RES/65/41", "A/RES/66/24", "A/RES/67/27", "A/RES/68/243", "A/RES/69/28", "A/RES/70/237", "A/RES/71/28",
    ];

    [Fact]
    public void Extract_DraftFirstPreambularParagraph_FindsTheTwentyOneRecalledResolutions()
    {
        const string text =
            "Recalling its resolutions 36/103 of 9 December 1981, 43/78 H of 7 December 1988, 53/70 of 4 December 1998, " +
            "54/49 of 1 December 1999, 55/28 of 20 November 2000, 56/19 of 29 November 2001, 57/53 of 22 November 2002, " +
            "58/32 of 8 December 2003, 59/61 of 3 December 2004, 60/45 of 8 December 2005, 61/54 of 6 December 2006, " +
            "62/17 of 5 December 2007, 63/37 of 2 December 2008, 64/25 of 2 December 2009, 65/41 of 8 December 2010, " +
            "66/24 of 2 December 2011, 67/27 of 3 December 2012, 68/243 of 27 December 2013, 69/28 of 2 December 2014, " +
            "70/237 of 23 December 2015 and 71/28 of 5 December 2016,";

        var found = CrossReferenceExtractor.Extract(text, new ReferenceContext(DraftSymbol, "en"));

        Assert.Equal(RecalledResolutions, found.Select(r => r.TargetSymbol));
        Assert.Equal("resolutions 36/103", found[0].MatchedText);
        Assert.Equal(["43/78 H", "71/28"], [found[1].MatchedText, found[^1].MatchedText]);
        Assert.All(found, r => Assert.Equal(ReferenceKind.Resolution, r.Kind));
    }

    [Theory]
    [InlineData("⟦A/65/201⟧, ⟦A/68/98⟧ and ⟦A/70/174⟧.", "A/65/201", "A/68/98", "A/70/174")]
    [InlineData(
        "Welcomes the following set of international rules, norms and principles of responsible behaviour of States, enshrined in the reports of the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security of 2013 and 2015 adopted by consensus and recommended in ⟦resolution 71/28⟧ entitled “Developments in the field of information and telecommunications in the context of international security”, adopted by the General Assembly on 5 December 2016:",
        "A/RES/71/28")]
    [InlineData(
        "States, in ensuring the secure use of ICTs, should respect ⟦Human Rights Council resolutions 20/8⟧ of 5 July 2012 and ⟦26/13⟧ of 26 June 2014 on the promotion, protection and enjoyment of human rights on the Internet, as well as ⟦General Assembly resolutions 68/167⟧ of 18 December 2013 and ⟦69/166⟧ of 18 December 2014 on the right to privacy in the digital age, to guarantee full respect for human rights, including the right to freedom of expression.",
        "A/HRC/RES/20/8", "A/HRC/RES/26/13", "A/RES/68/167", "A/RES/69/166")]
    [InlineData(
        "States should take appropriate measures to protect their critical infrastructure from ICT threats, taking into account ⟦General Assembly resolution 58/199⟧ of 23 December 2003 on the creation of a global culture of cybersecurity and the protection of critical information infrastructures, and other relevant resolutions.",
        "A/RES/58/199")]
    [InlineData("The content of the concepts mentioned in ⟦paragraph 3⟧ above;", DraftSymbol + "#op3")]
    [InlineData(
        "Decides to convene, beginning in 2019, with a view to making the United Nations negotiation process on security in the use of information and communications technologies more democratic, inclusive and transparent, an open-ended working group acting on a consensus basis, to continue, as a priority, to further develop the rules, norms and principles of responsible behaviour of States listed in ⟦paragraph 1⟧ above, and the ways for their implementation; if necessary, to introduce changes to them or elaborate additional rules of behaviour; to study the possibility of establishing regular institutional dialogue with broad participation under the auspices of the United Nations; and to continue to study, with a view to promoting common understandings, existing and potential threats in the sphere of information security and possible cooperative measures to address them and how international law applies to the use of information and communications technologies by States, as well as confidence-building measures and capacity-building and the concepts referred to in ⟦paragraph 3⟧ above, and to submit a report on the results of the study to the General Assembly at its seventy-fifth session;",
        DraftSymbol + "#op1", DraftSymbol + "#op3")]
    [InlineData(
        "Confirming the conclusions of the Group of Governmental Experts, in its 2013 and 2015 reports, that international law, and in particular the Charter of the United Nations, is applicable and essential to maintaining peace and stability,")]
    public void Extract_DraftResolutionSentences(string marked, params string[] targets) =>
        MarkedSentence.AssertExtracts(marked, new ReferenceContext(DraftSymbol, "en"), targets);

    [Theory]
    [InlineData("A/RES/74/247", "Recalling Commission on Crime Prevention and Criminal Justice resolution 22/8 of 26 April 2013, in which the Commission welcomed the efforts of the United Nations Office on Drugs and Crime in fulfilling its mandate to provide technical assistance and capacity-building on cybercrime,")]
    [InlineData(
        "A/RES/74/247",
        "Taking note also of ⟦Economic and Social Council resolution 2019/19⟧ of 23 July 2019, entitled “Promoting technical assistance and capacity-building to strengthen national measures and international cooperation to combat cybercrime, including information-sharing”, adopted on the recommendation of the Commission on Crime Prevention and Criminal Justice,",
        "E/RES/2019/19")]
    [InlineData("A/RES/74/247", "Takes note of the report of the Secretary-General, which was prepared pursuant to ⟦resolution 73/187⟧;", "A/RES/73/187")]
    [InlineData(
        "A/RES/74/247",
        "Recalling its ⟦resolutions 53/70⟧ of 4 December 1998, ⟦66/181⟧ of 19 December 2011, ⟦72/196⟧ of 19 December 2017, ⟦73/27⟧ of 5 December 2018 and ⟦73/187⟧ of 17 December 2018,",
        "A/RES/53/70", "A/RES/66/181", "A/RES/72/196", "A/RES/73/27", "A/RES/73/187")]
    [InlineData(
        "A/RES/74/28",
        "Welcomes the commencement of the work of the Group of Governmental Experts established by the Secretary-General pursuant to ⟦resolution 73/266⟧, on the basis of equitable geographical distribution, whose mandate is set out in ⟦paragraph 3⟧ of that resolution;",
        "A/RES/73/266", "A/RES/73/266#op3")]
    [InlineData("A/RES/75/240", "[on the report of the First Committee (⟦A/75/394⟧, ⟦para. 17⟧)]", "A/75/394", "A/75/394#op17")]
    [InlineData(
        "A/RES/75/282",
        "Reaffirms that representatives of non-governmental organizations that are in consultative status with the Economic and Social Council, in accordance with ⟦Council resolution 1996/31⟧ of 25 July 1996, may register with the secretariat in order to participate in the sessions of the Ad Hoc Committee;",
        "E/RES/1996/31")]
    [InlineData(
        "A/RES/79/237",
        "Recalling its ⟦resolutions 75/240⟧ of 31 December 2020 and ⟦76/19⟧ of 6 December 2021, and noting that the open-ended working group on security of and in the use of information and communications technologies established pursuant to ⟦resolution 75/240⟧ (OEWG) held its organizational session and its first substantive session in 2021, its second and third substantive sessions in 2022, its fourth, fifth and sixth substantive sessions in 2023 and its seventh and eighth substantive sessions in 2024,",
        "A/RES/75/240", "A/RES/76/19", "A/RES/75/240")]
    [InlineData(
        "A/RES/80/16",
        "Recalling also its ⟦decisions 77/512⟧ of 7 December 2022 and ⟦78/541⟧ of 22 December 2023, as well as its ⟦resolution 79/237⟧ of 24 December 2024,",
        "A/DEC/77/512", "A/DEC/78/541", "A/RES/79/237")]
    [InlineData(
        "A/RES/80/16",
        "Requests the Secretary-General to provide the necessary support to operationalize all aspects of the Global Mechanism on developments in the field of ICTs in the context of international security and advancing responsible State behaviour in the use of ICTs, starting in 2026, in accordance with the elements agreed in annex C to document ⟦A/79/214⟧, as endorsed by the General Assembly in its ⟦resolution 79/237⟧, and the additional elements agreed in annex I to document ⟦A/80/257⟧, in order to ensure a smooth and seamless transition from the open-ended working group to the Global Mechanism;",
        "A/79/214", "A/RES/79/237", "A/80/257")]
    [InlineData(
        "A/RES/79/243",
        "Recalling ⟦General Assembly resolutions 74/247⟧ of 27 December 2019 and ⟦75/282⟧ of 26 May 2021,",
        "A/RES/74/247", "A/RES/75/282")]
    public void Extract_AknResolutionSentences(string citing, string marked, params string[] targets) =>
        MarkedSentence.AssertExtracts(marked, new ReferenceContext(citing, "en"), targets);

    [Fact]
    public void Extract_RawSeedFile_FindsItsReferencesDespiteExtractionArtifacts()
    {
        // The file as extracted from the PDF: line breaks inside mentions, footnote markers glued to years.
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SeedData", "seed", "A_C.1_73_L.27_Rev.1.txt"));

        var targets = CrossReferenceExtractor.Extract(text, new ReferenceContext(DraftSymbol, "en")).Select(MarkedSentence.Describe).ToList();

        string[] expected =
        [
            .. RecalledResolutions, "A/65/201", "A/68/98", "A/70/174", "A/70/174", "A/68/98", "A/RES/71/28",
            "A/HRC/RES/20/8", "A/HRC/RES/26/13", "A/RES/68/167", "A/RES/69/166", "A/RES/58/199",
            "A/67/53", "A/67/53/Corr.1", "A/69/53", DraftSymbol + "#op3", DraftSymbol + "#op1", DraftSymbol + "#op3",
        ];
        Assert.Equal(expected, targets);
    }
}
