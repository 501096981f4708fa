using NormsPortal.Data.Import.Akn;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;
using static NormsPortal.UnitTests.Import.Akn.AknSnippet;

namespace NormsPortal.UnitTests.Import.Akn;

/// <summary>One kind of markup at a time: numbers and labels in every script, nesting told from labels, misplaced paragraphs, annexes.</summary>
public sealed class AknParserStructureTests
{
    /// <summary>The snippet parsed, without the enacting formula that opens every snippet: these tests are about the text after it.</summary>
    private static ParsedDocument Parse(string preamble, string body, string language = "eng", string attachments = "")
    {
        var result = AknTestData.ParseText(Resolution(preamble, body, language, attachments));
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.AllMessages()));
        var document = Assert.Single(result.Documents);
        Assert.Equal((ProvisionKind.Formula, "The General Assembly,"), (document.Provisions[0].Kind, document.Provisions[0].Text));
        document.Provisions.RemoveAt(0);
        return document;
    }

    private static List<string> Anchors(ParsedDocument document) => document.AllProvisions().Select(p => p.Anchor).ToList();

    [Fact]
    public void Parse_ItemsTaggedAsSiblingParagraphs_NestUnderTheNumberedParagraph()
    {
        var document = Parse(Container("Recalling,"), string.Concat(
            Paragraph("Calls upon States:", "1."),
            Paragraph("\t(a)\tTo do one thing;"),
            Paragraph("\t(b)\tTo do another:"),
            Paragraph("\t(i)\tIn one way;"),
            Paragraph("\t(ii)\tIn another way;"),
            Paragraph("\t(c)\tTo report;"),
            Paragraph("Decides to remain seized.", "2.")));

        Assert.Equal(["pp1", "op1", "op1a", "op1b", "op1b.i", "op1b.ii", "op1c", "op2"], Anchors(document));
        Assert.Equal(["op1a", "op1b", "op1c"], document.Provisions.Single(p => p.Anchor == "op1").Children.Select(c => c.Anchor));
        var item = document.AllProvisions().Single(p => p.Anchor == "op1b.ii");
        Assert.Equal((ProvisionKind.Item, "(ii)", "In another way;"), (item.Kind, item.Number, item.Text));
    }

    [Fact]
    public void Parse_ListAndPointMarkup_GivesTheSameTreeAsSiblingParagraphs()
    {
        var document = Parse(Container("Recalling,"), """
            <paragraph><num>1.</num><list><intro><p>Calls upon States:</p></intro>
              <point><num>(a)</num><content><p>To do one thing;</p></content></point>
              <point><num>(b)</num><content><p>To do another:</p></content></point>
              <sublist><point><num>(i)</num><content><p>In one way;</p></content></point></sublist>
              <point><num>(c)</num><content><p>To report;</p></content></point>
            </list></paragraph>
            """);

        Assert.Equal(["pp1", "op1", "op1a", "op1b", "op1b.i", "op1c"], Anchors(document));
        Assert.Equal("Calls upon States:", document.Provisions.Single(p => p.Anchor == "op1").Text);
    }

    [Fact]
    public void Parse_NinthLetterAndRomanOne_AreToldApartByWhatComesBefore()
    {
        var letters = string.Concat("abcdefghij".Select(c => Paragraph($"\t({c})\tItem {c};")));
        var document = Parse("", Paragraph("Decides:", "1.") + letters + Paragraph("\t(i)\tFirst sub-item of (j);"));

        Assert.Equal("(i)", document.AllProvisions().Single(p => p.Anchor == "op1i").Number);
        Assert.Equal("Item i;", document.AllProvisions().Single(p => p.Anchor == "op1i").Text);
        Assert.Equal("First sub-item of (j);", document.AllProvisions().Single(p => p.Anchor == "op1j.i").Text);
    }

    [Fact]
    public void Parse_DoubledLettersAfterZ_ContinueTheList()
    {
        var letters = string.Concat("abcdefghijklmnopqrstuvwxyz".Select(c => Paragraph($"\t({c})\tItem {c};")));
        var document = Parse("", Paragraph("Decides:", "1.") + letters + Paragraph("\t(aa)\tItem 27;") + Paragraph("\t(bb)\tItem 28."));

        var op1 = document.Provisions.Single(p => p.Anchor == "op1");
        Assert.Equal(28, op1.Children.Count);
        // The anchor grammar appends one letter to a number; anything longer goes after a dot.
        Assert.Equal(["op1z", "op1.aa", "op1.bb"], op1.Children.Skip(25).Select(c => c.Anchor));
        Assert.DoesNotContain(document.Messages, m => m.Severity == ImportSeverity.Warning);
    }

    [Fact]
    public void Parse_ArabicNumbersAndLetters_GiveTheEnglishAnchors()
    {
        var document = Parse(Container("إذ تشير،"), string.Concat(
            Paragraph("\t1 -\tتهيب بالدول الأعضاء:"),
            Paragraph("\t(أ)\tأن تسترشد؛"),
            Paragraph("\t(ب)\tأن تدعم:"),
            Paragraph("\t’1‘\tالأول؛"),
            Paragraph("\t’2‘\tالثاني؛"),
            Paragraph("\t(ج)\tأن تقدم؛"),
            Paragraph("\t(هـ)\tخامسا؛"),
            Paragraph("\t2 -\tتقرر.")), language: "ara");

        Assert.Equal("ar", document.Language);
        Assert.Equal(["pp1", "op1", "op1a", "op1b", "op1b.i", "op1b.ii", "op1c", "op1e", "op2"], Anchors(document));
        Assert.Equal("(ب)", document.AllProvisions().Single(p => p.Anchor == "op1b").Number);
        Assert.Equal("تهيب بالدول الأعضاء:", document.Provisions.Single(p => p.Anchor == "op1").Text);
        Assert.Single(document.Messages, m => m.Code == AknMessageCodes.NumberInText);
    }

    [Fact]
    public void Parse_ChineseNumerals_GiveTheEnglishAnchors()
    {
        // Chinese treaty texts number paragraphs 一、, letter items ㈠ … ㈩ then (十一), and print second-level items 1., 2.
        var items = string.Concat(Enumerable.Range(0, 10).Select(i => Paragraph($"{(char)('\u3220' + i)} 第{i + 1}项；")));
        var document = Parse("", string.Concat(
            Paragraph("一、各缔约国均应：") + items,
            Paragraph("(十一) 第十一项："),
            Paragraph("第一目；", "1."),
            Paragraph("第二目。", "2."),
            Paragraph("二、本条。")), language: "zho");

        var anchors = Anchors(document);
        Assert.Equal(["op1", "op1a", "op1b"], anchors.Take(3));
        Assert.Equal(["op1j", "op1k", "op1k.i", "op1k.ii", "op2"], anchors.Skip(10));
        Assert.Equal("第十一项：", document.AllProvisions().Single(p => p.Anchor == "op1k").Text);
        Assert.Equal("一", document.Provisions[0].Number);
    }

    [Fact]
    public void Parse_CyrillicLookalikeLetter_IsReadAsTheLatinOne()
    {
        var document = Parse("", Paragraph("призывает государства:", "1.") + Paragraph("\tа)\tпервое;") + Paragraph("\tb)\tвторое."), language: "rus");

        Assert.Equal(["op1", "op1a", "op1b"], Anchors(document));
    }

    [Fact]
    public void Parse_SeveralLabelsAtTheStartOfOneParagraph_OpenNestedItems()
    {
        var document = Parse("", Paragraph("\t(a) (i)\tConversion of property;", "1.") + Paragraph("\t(ii)\tConcealment;") + Paragraph("\t(b)\tAcquisition."));

        Assert.Equal(["op1", "op1a", "op1a.i", "op1a.ii", "op1b"], Anchors(document));
        Assert.Equal("", document.AllProvisions().Single(p => p.Anchor == "op1a").Text);
        Assert.Equal("Conversion of property;", document.AllProvisions().Single(p => p.Anchor == "op1a.i").Text);
    }

    [Fact]
    public void Parse_TextAfterAnItemsOwnList_StaysWithThatItem()
    {
        var document = Parse("", string.Concat(
            Paragraph("Each State shall establish as offences:", "1."),
            Paragraph("\t(a)\tThe making available of:"),
            Paragraph("\t(i)\tA device;"),
            Paragraph("\t(ii)\tA password;"),
            Paragraph("with the intent that it be used;"),
            Paragraph("\t(b)\tThe possession of such an item.")));

        var itemA = document.AllProvisions().Single(p => p.Anchor == "op1a");
        Assert.Equal(["op1a.i", "op1a.ii", "pp1"], itemA.Children.Select(c => c.Anchor));
        Assert.Equal(ProvisionKind.Other, itemA.Children[^1].Kind);
        Assert.Equal("with the intent that it be used;", itemA.Children[^1].Text);
        Assert.Equal("op1b", document.Provisions.Single().Children[^1].Anchor);
        Assert.DoesNotContain(document.Messages, m => m.Severity == ImportSeverity.Warning);
    }

    [Fact]
    public void Parse_ItemsOfUnnumberedParagraphs_AreAnchoredWithoutClashing()
    {
        var document = Parse("", string.Concat(
            Paragraph("Resolves that, for 2020:"),
            Paragraph("\t(a)\tThe estimates are approved;"),
            Paragraph("\t(b)\tThe income is credited;"),
            Paragraph("Further resolves that, for 2021:"),
            Paragraph("\t(a)\tThe estimates are revised;")));

        Assert.Equal(["pp1", "opa", "opb", "pp2", "opp2a"], Anchors(document));
        Assert.Equal(ProvisionKind.Other, document.Provisions[0].Kind);
        Assert.DoesNotContain(document.Messages, m => m.Severity == ImportSeverity.Warning);
    }

    [Fact]
    public void Parse_PreambularParagraphTaggedAsBody_MovesToThePreamble()
    {
        var document = Parse(Container("Recalling its resolutions,"), string.Concat(
            Paragraph("Highlighting the conclusions of the report,"),
            Paragraph("Welcomes the report;", "1.")));

        Assert.Equal(["pp1", "pp2", "op1"], Anchors(document));
        Assert.Equal(ProvisionKind.Preamble, document.Provisions[1].Kind);
        Assert.Single(document.Messages, m => m.Code == AknMessageCodes.PreambleInBody && m.Severity == ImportSeverity.Repair);
    }

    [Fact]
    public void Parse_UnnumberedOperativeParagraph_IsNotTakenForAPreambularOne()
    {
        // A resolution of one operative paragraph prints no number; it ends with a full stop, not a comma.
        var document = Parse(Container("Recalling,"), Paragraph("Takes note of the report of the Human Rights Council."));

        Assert.Equal(["pp1", "pp2"], Anchors(document));
        Assert.Equal(ProvisionKind.Other, document.Provisions[1].Kind);
        Assert.DoesNotContain(document.Messages, m => m.Code == AknMessageCodes.PreambleInBody);
    }

    [Fact]
    public void Parse_NumberedParagraphTaggedAsPreambular_IsOperative()
    {
        var document = Parse(Container("Recalling,") + Container("\t1.\tDecides to act;"), Paragraph("Requests a report.", "2."));

        Assert.Equal(["pp1", "op1", "op2"], Anchors(document));
        Assert.Equal("Decides to act;", document.Provisions[1].Text);
        Assert.Single(document.Messages, m => m.Code == AknMessageCodes.OperativeInPreamble && m.Severity == ImportSeverity.Repair);
    }

    [Fact]
    public void Parse_ItemTaggedAsAPreambularParagraph_JoinsTheParagraphBefore()
    {
        var document = Parse(Container("Recalling the priorities of the Convention, namely:") + Container("\t(a)\tInternational peace and security,"), "");

        var preamble = Assert.Single(document.Provisions);
        Assert.Equal("Recalling the priorities of the Convention, namely:\n(a) International peace and security,", preamble.Text);
        Assert.Single(document.Messages, m => m.Code == AknMessageCodes.ItemInPreamble && m.Severity == ImportSeverity.Repair);
    }

    [Fact]
    public void Parse_AnnexWithRestartingNumbers_TakesSectionPrefixes()
    {
        var annex = Annex(
            Subheading("Annex"),
            Subheading("Guidelines"),
            Paragraph("The States Parties,", cssClass: "SingleTxt"),
            Paragraph("First rule.", "1."),
            Paragraph("Second rule.", "2."),
            Subheading("Article 3"),
            Paragraph("Article rule one.", "1."),
            Paragraph("Article rule two:", "2."),
            Paragraph("\t(a)\tdetail.", cssClass: "SingleTxt"),
            Subheading("Appendix"),
            Paragraph("Restarted rule.", "1."));
        var document = Parse("", Paragraph("Adopts the guidelines annexed.", "1."), attachments: annex);

        Assert.Equal(
            ["op1", "annex-oph1", "annex-oph2", "annex-pp1", "annex-op1", "annex-op2", "art3-oph1", "art3-op1", "art3-op2", "art3-op2a", "art3-oph2", "annexp2-op1"],
            Anchors(document));
        Assert.Equal(ProvisionKind.Heading, document.AllProvisions().Single(p => p.Anchor == "art3-oph1").Kind);
        Assert.Single(document.Messages, m => m.Code == AknMessageCodes.NumberingRestart);
    }

    [Fact]
    public void Parse_AnnexHeadingsWithoutMarkup_AreToldByTheirLook()
    {
        // The Chinese and Arabic annexes print headings as plain paragraphs.
        var annex = Annex(
            Paragraph("附件", cssClass: "MercuryDocument"),
            Paragraph("第一条", cssClass: "MercuryDocument"),
            Paragraph("宗旨声明", cssClass: "MercuryDocument"),
            Paragraph("本公约的宗旨是：", cssClass: "MercuryDocument"),
            Paragraph("㈠ 促进；", cssClass: "MercuryDocument"));
        var document = Parse("", Paragraph("通过公约。", "1."), language: "zho", attachments: annex);

        Assert.Equal(["op1", "annex-oph1", "art1-oph1", "art1-oph2", "art1-pp1", "art1-opa"], Anchors(document));
    }

    [Fact]
    public void Parse_NumberedSectionsOfTheBody_PrefixTheirParagraphs()
    {
        var document = Parse("", """
            <section><num>I</num><subheading>Office of Internal Oversight Services</subheading>
              <crossHeading>Recalling its resolutions,</crossHeading>
              <paragraph><num>1.</num><content><p>Reaffirms its role;</p></content></paragraph>
            </section>
            <section><num>II</num><subheading>Independent Audit Advisory Committee</subheading>
              <paragraph><num>1.</num><content><p>Notes the work;</p></content></paragraph>
            </section>
            """);

        Assert.Equal(["i-oph1", "i-pp1", "i-op1", "ii-oph1", "ii-op1"], Anchors(document));
        Assert.Equal("I", document.Provisions[0].Number);
        Assert.Equal("Office of Internal Oversight Services", document.Provisions[0].Text);
    }

    [Fact]
    public void Parse_Footnotes_AreMarkedWhereTheyStandAndRepeatedMarkersFindThem()
    {
        var document = Parse(
            Container("Welcoming the 2010,<authorialNote marker=\"1\"><p><a href=\"https://undocs.org/en/A/65/201\">A/65/201</a>.</p></authorialNote> reports,"),
            Paragraph("Calls for the 2010<sup>1</sup> report to be read.", "1."));

        var footnote = Assert.Single(document.Footnotes);
        Assert.Equal(("fn1", "1", "A/65/201.", ProvisionKind.Footnote), (footnote.Anchor, footnote.Number, footnote.Text, footnote.Kind));
        Assert.Equal("Welcoming the 2010, reports,", document.Provisions[0].Text);
        Assert.Equal(new ParsedFootnoteMark(19, "fn1"), Assert.Single(document.Provisions[0].FootnoteMarks));
        Assert.Equal("Calls for the 2010 report to be read.", document.Provisions[1].Text);
        Assert.Equal(new ParsedFootnoteMark(18, "fn1"), Assert.Single(document.Provisions[1].FootnoteMarks));
        Assert.Equal(new ParsedLink("fn1", 0, 8, "https://undocs.org/en/A/65/201", "A/65/201"), Assert.Single(document.Links));
    }

    [Fact]
    public void Parse_ArabicBracketsAroundAMarker_AreNotText()
    {
        var document = Parse(Container("وإذ ترحب بتقارير 2010<sup>(</sup><authorialNote marker=\"1\"><p>\t()\tA/65/201.</p></authorialNote><sup>)</sup> و 2013،"), "", language: "ara");

        Assert.Equal("وإذ ترحب بتقارير 2010 و 2013،", document.Provisions[0].Text);
        Assert.Equal("A/65/201.", document.Footnotes.Single().Text);
    }

    [Fact]
    public void Parse_OnlyLinksToUnDocuments_AreLinks()
    {
        var document = Parse(Container("""Recalling <a href="https://undocs.org/en/A/RES/73/27">73/27</a>, <a href="https://docs.un.org/fr/A/70/174">A/70/174</a>, <a href="/akn/un/statement/deliberation/unga/2018-12-05/73-27/">the AKN work</a> and <a href="http://www.un.org/disarmament">the web site</a>,"""), "");

        Assert.Equal(["73/27", "A/70/174", "the AKN work"], document.Links.Select(l => l.Text));
        var text = document.Provisions[0].Text;
        Assert.All(document.Links, l => Assert.Equal(l.Text, text.Substring(l.Start, l.Length)));
        Assert.Contains("the web site", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_VoteInTheXml_IsTheRecordedPlenaryVoteWithItsMemberStates()
    {
        var voting = """
            <analysis><parliamentary><voting outcome="adoptedRecordedVote">
              <count value="2" refersTo="inFavour"><voters><organization refersTo="memberState">ALBANIA</organization><organization refersTo="memberState">BRAZIL</organization></voters></count>
              <count value="1" refersTo="abstaining"><voters><organization refersTo="memberState">CHAD</organization></voters></count>
            </voting></parliamentary></analysis>
            """;
        var result = AknTestData.ParseText(Resolution("", Paragraph("Decides.", "1."), meta: voting));

        var vote = Assert.Single(result.Documents.Single().Votes);
        Assert.Equal((VoteStage.Plenary, VoteSubject.WholeText, VoteMode.Recorded, (int?)2, (int?)0, (int?)1), (vote.Stage, vote.Subject, vote.Mode, vote.Yes, vote.No, vote.Abstain));
        Assert.Equal([new ParsedCountryVote("ALBANIA", CountryVoteChoice.Yes, "ALB"), new ParsedCountryVote("BRAZIL", CountryVoteChoice.Yes, "BRA"), new ParsedCountryVote("CHAD", CountryVoteChoice.Abstain, "TCD")], vote.CountryVotes);
        Assert.Equal("By a recorded vote", result.Documents.Single().AdoptionMode);
        Assert.Equal(new DateOnly(2030, 1, 1), vote.Date);
    }
}
