using NormsPortal.Data.Anchors;
using NormsPortal.Data.Import.Akn;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;
using NormsPortal.Data.Symbols;

namespace NormsPortal.UnitTests.Import.Akn;

/// <summary>The UN's own AKN files of the ICT series (SeedData/akn/ict), in six languages, against what the XML says when read independently.</summary>
public sealed class AknParserSeedTests
{
    public static TheoryData<string, string> SeedFiles()
    {
        var files = new TheoryData<string, string>();
        foreach (var language in AknTestData.Languages)
        {
            foreach (var path in Directory.GetFiles(Path.Combine(AknTestData.IctFolder, language), "*.xml").Order(StringComparer.Ordinal))
            {
                if (new FileInfo(path).Length > 0)
                {
                    files.Add(language, Path.GetFileName(path));
                }
            }
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Parse_SeedFile_MatchesTheXmlCounts(string language, string fileName)
    {
        var result = AknTestData.ParseIct(language, fileName);
        var xml = AknTestData.LoadXml(AknTestData.Ict(language, fileName));
        var statement = xml.Root!.ChildrenNamed("statement").Single();

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.AllMessages()));
        var document = Assert.Single(result.Documents);
        Assert.Equal(language, document.Language);
        Assert.Equal(UnSymbol.FromFileName(fileName), document.Symbol);
        Assert.Equal(AknParser.SourceFormat, document.SourceFormat);
        Assert.False(string.IsNullOrWhiteSpace(document.Title));
        Assert.Equal(UnSymbol.Session(document.Symbol), document.Session);

        // Anchors follow the grammar and name one provision each.
        var anchors = document.AllProvisions().Select(p => p.Anchor).ToList();
        Assert.All(anchors, a => Assert.True(ProvisionAnchor.IsValid(a), a));
        Assert.Equal(anchors.Count, anchors.Distinct().Count());

        // The enacting formula comes first, as printed, and is not one of the numbered paragraphs.
        var formula = Assert.Single(document.AllProvisions(), p => p.Kind == ProvisionKind.Formula);
        Assert.Same(formula, document.Provisions[0]);
        Assert.Equal(ProvisionAnchor.Formula, formula.Anchor);
        Assert.Equal("", formula.Number);

        // Every preambular paragraph, and every paragraph and list point of the body, is a provision.
        var movedToPreamble = document.Messages.Count(m => m.Code == AknMessageCodes.PreambleInBody);
        var preamble = statement.ChildrenNamed("preamble").Single().ChildrenNamed("container").Count();
        var mainBody = statement.ChildrenNamed("mainBody").Single();
        var bodyBlocks = mainBody.ChildrenNamed("paragraph").Count() + mainBody.Named("point").Count();
        var body = document.AllProvisions().Where(p => !p.Anchor.Contains('-', StringComparison.Ordinal) && p.Kind is not (ProvisionKind.Formula or ProvisionKind.Preamble or ProvisionKind.Footnote or ProvisionKind.Heading)).ToList();
        Assert.Equal(preamble + movedToPreamble, document.Provisions.Count(p => p.Kind == ProvisionKind.Preamble && !p.Anchor.Contains('-', StringComparison.Ordinal)));
        Assert.Equal(bodyBlocks - movedToPreamble, body.Count);

        // Every numbered paragraph of the body is an operative paragraph anchored by its number.
        var operative = body.Where(p => p.Kind == ProvisionKind.Operative).Select(p => p.Anchor).ToList();
        Assert.Equal(Enumerable.Range(1, operative.Count).Select(n => "op" + n), operative);

        // Footnotes: every note but a "*" note on the document.
        var notes = statement.Named("authorialNote").Where(n => !n.Value.TrimStart().StartsWith('*')).ToList();
        Assert.Equal(notes.Count, document.Footnotes.Count);
        Assert.Equal(notes.Select(n => "fn" + n.Attribute("marker")!.Value).Order(), document.Footnotes.Select(f => f.Anchor).Order());
        Assert.All(document.AllProvisions().SelectMany(p => p.FootnoteMarks), m => Assert.Contains(document.Footnotes, f => f.Anchor == m.FootnoteAnchor));
        Assert.All(document.AllProvisions(), p => Assert.All(p.FootnoteMarks, m => Assert.InRange(m.Offset, 0, p.Text.Length)));
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Parse_SeedFile_FindsEveryDocumentLinkAtItsPlace(string language, string fileName)
    {
        var document = AknTestData.ParseIct(language, fileName).Documents.Single();
        var xml = AknTestData.LoadXml(AknTestData.Ict(language, fileName));
        var expected = xml.Named("a").Select(a => (string?)a.Attribute("href")).OfType<string>()
            .Where(IsUnDocumentLink).Count(h => h.Length > 0);

        Assert.Equal(expected, document.Links.Count);
        var provisions = document.AllProvisions().ToDictionary(p => p.Anchor);
        Assert.All(document.Links, link => Assert.Equal(link.Text, provisions[link.ProvisionAnchor].Text.Substring(link.Start, link.Length)));
    }

    [Fact]
    public void Parse_English74_28_ReadsTextsFactsAndFootnotesVerbatim()
    {
        var document = AknTestData.ParseIct("en", "A_RES_74_28.xml").Documents.Single();
        var byAnchor = document.AllProvisions().ToDictionary(p => p.Anchor);

        Assert.Equal("A/RES/74/28", document.Symbol);
        Assert.Equal("Advancing responsible State behaviour in cyberspace in the context of international security", document.Title);
        Assert.Equal("/akn/un/statement/deliberation/unga/2019-12-12/74-28/", document.AknWorkIri);
        Assert.Equal("/akn/un/statement/deliberation/unga/2019-12-12/74-28/eng@/", document.AknExpressionIri);
        Assert.Equal(WorkKind.GaResolution, document.Kind);
        Assert.Equal("General Assembly", document.Body);
        Assert.Equal(74, document.Session);
        Assert.Equal("93", document.AgendaItem);
        Assert.Equal(new DateOnly(2019, 12, 12), document.Date);
        Assert.Equal("First Committee", document.Committee);
        Assert.Equal("A/74/363", document.CommitteeReport);
        Assert.Equal("9", document.ReportParagraph);
        Assert.Equal("A/C.1/74/L.49/Rev.1", document.DraftSymbol);
        Assert.Equal("A/74/PV.46", document.MeetingRecord);
        Assert.Equal("46th plenary meeting", document.Meeting);
        Assert.Equal("The General Assembly,", document.EnactingFormula);
        Assert.Equal("Resolution adopted by the General Assembly on 12 December 2019", document.DocumentLabel);
        Assert.Equal(29, document.Sponsors.Count);
        Assert.Equal("United Kingdom of Great Britain and Northern Ireland", document.Sponsors[^2]);
        Assert.Equal("United States of America", document.Sponsors[^1]);
        Assert.Equal(20, document.AdditionalSponsors.Count);
        Assert.Contains("Republic of Korea", document.AdditionalSponsors);

        Assert.Equal("Noting that considerable progress has been achieved in developing and applying the latest information technologies and means of telecommunication,", byAnchor["pp2"].Text);
        Assert.Equal("Calls upon Member States:", byAnchor["op1"].Text);
        Assert.Equal("1", byAnchor["op1"].Number);
        Assert.Equal("(a)", byAnchor["op1a"].Number);
        Assert.Equal(["op1a", "op1b"], byAnchor["op1"].Children.Select(c => c.Anchor));
        Assert.Equal("To be guided in their use of information and communications technologies by the 2010, 2013 and 2015 reports of the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security;", byAnchor["op1a"].Text);
        Assert.Equal("Decides to include in the provisional agenda of its seventy-fifth session the item entitled “Developments in the field of information and telecommunications in the context of international security”.", byAnchor["op5"].Text);
        Assert.Equal("A/65/201.", byAnchor["fn1"].Text);

        // The markers stand right after "2010,", "2013" and "2015", in the preamble and again (as superscripts) in op1 (a).
        foreach (var anchor in new[] { "pp10", "op1a" })
        {
            var text = byAnchor[anchor].Text;
            Assert.Equal(
                [("fn1", text.IndexOf("2010,", StringComparison.Ordinal) + 5), ("fn2", text.IndexOf(" 2013", StringComparison.Ordinal) + 5), ("fn3", text.IndexOf(" 2015", StringComparison.Ordinal) + 5)],
                byAnchor[anchor].FootnoteMarks.Select(m => (m.FootnoteAnchor, m.Offset)));
        }

        var link = document.Links.First(l => l.ProvisionAnchor == "pp1");
        Assert.Equal("https://undocs.org/en/A/RES/53/70", link.Href);
        Assert.Equal("53/70", link.Text);
        Assert.Equal(byAnchor["pp1"].Text.IndexOf("53/70", StringComparison.Ordinal), link.Start);
    }

    [Fact]
    public void Parse_EveryLanguageOf74_28_GivesTheSameStructure()
    {
        var english = AknTestData.ParseIct("en", "A_RES_74_28.xml").Documents.Single();
        foreach (var language in new[] { "fr", "es", "zh", "ar" })
        {
            var document = AknTestData.ParseIct(language, "A_RES_74_28.xml").Documents.Single();
            Assert.Equal(language, document.Language);
            Assert.Equal(english.Symbol, document.Symbol);
            Assert.Equal(english.AllProvisions().Select(p => (p.Anchor, p.Kind)), document.AllProvisions().Select(p => (p.Anchor, p.Kind)));
            Assert.Equal(english.AllProvisions().Select(p => p.FootnoteMarks.Count), document.AllProvisions().Select(p => p.FootnoteMarks.Count));
            Assert.Equal(english.Votes.Single() with { Source = null, Meeting = null, CountryVotes = [] }, document.Votes.Single() with { Source = null, Meeting = null, CountryVotes = [] });
        }
    }

    [Fact]
    public void Parse_FrenchAlone_IsACompleteWork()
    {
        var document = AknTestData.ParseIct("fr", "A_RES_74_28.xml").Documents.Single();

        Assert.Equal("fr", document.Language);
        Assert.Equal("A/RES/74/28", document.Symbol);
        Assert.Equal("/akn/un/statement/deliberation/unga/2019-12-12/74-28/", document.AknWorkIri);
        Assert.Equal("/akn/un/statement/deliberation/unga/2019-12-12/74-28/fra@/", document.AknExpressionIri);
        Assert.Equal(new DateOnly(2019, 12, 12), document.Date);
        Assert.Equal("First Committee", document.Committee);
        Assert.Equal("93", document.AgendaItem);
        Assert.Equal(VoteMode.Recorded, document.Votes.Single().Mode);
        Assert.Equal("Notant que des progrès considérables ont été réalisés dans la conception et l’utilisation des technologies informatiques et des moyens de télécommunication de pointe,",
            document.Provisions.Single(p => p.Anchor == "pp2").Text);
        Assert.Equal("a)", document.AllProvisions().Single(p => p.Anchor == "op1a").Number);
    }

    [Fact]
    public void Parse_EmptyRussian74_28_IsAClearErrorNotAnException()
    {
        var result = AknTestData.ParseIct("ru", "A_RES_74_28.xml");

        Assert.False(result.Succeeded);
        Assert.Empty(result.Documents);
        var error = Assert.Single(result.Messages);
        Assert.Equal(ImportSeverity.Error, error.Severity);
        Assert.Equal(AknMessageCodes.EmptyFile, error.Code);
        Assert.Contains("ru/A_RES_74_28.xml", error.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "The General Assembly,")]
    [InlineData("fr", "L’Assemblée générale,")]
    [InlineData("es", "La Asamblea General,")]
    [InlineData("ru", "Генеральная Ассамблея,")]
    [InlineData("zh", "大会，")]
    [InlineData("ar", "إن الجمعية العامة،")]
    public void Parse_74_29_KeepsTheEnactingFormulaBeforeTheFirstPreambularParagraph(string language, string formula)
    {
        var document = AknTestData.ParseIct(language, "A_RES_74_29.xml").Documents.Single();

        Assert.Equal(formula, document.EnactingFormula);
        Assert.Equal([ProvisionAnchor.Formula, "pp1"], document.Provisions.Take(2).Select(p => p.Anchor));
        Assert.Equal(ProvisionKind.Formula, document.Provisions[0].Kind);
        Assert.Equal(formula, document.Provisions[0].Text);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("zh")]
    [InlineData("ar")]
    public void Parse_77_36_ReadsSevenOperativeParagraphsInEveryScript(string language)
    {
        var document = AknTestData.ParseIct(language, "A_RES_77_36.xml").Documents.Single();

        Assert.Equal(["op1", "op2", "op3", "op4", "op5", "op6", "op7"], document.Provisions.Where(p => p.Kind == ProvisionKind.Operative).Select(p => p.Anchor));
        Assert.Equal(8, document.Provisions.Count(p => p.Kind == ProvisionKind.Preamble));
        Assert.Equal(["fn1", "fn2"], document.Footnotes.Select(f => f.Anchor));
        // The Arabic file prints its numbers in the text ("1 -"); they are not left in it.
        Assert.All(document.Provisions.Where(p => p.Kind == ProvisionKind.Operative), p => Assert.DoesNotMatch(@"^\d", p.Text));
    }

    [Fact]
    public void Parse_Arabic77_36_ReadsNumbersWrittenInTheText()
    {
        var document = AknTestData.ParseIct("ar", "A_RES_77_36.xml").Documents.Single();
        var op2 = document.Provisions.Single(p => p.Anchor == "op2");

        Assert.Equal("ترحب باعتماد التقرير المرحلي السنوي الأول للفريق العامل المفتوح العضوية بتوافق الآراء، وتحيط علما بالخلاصة الوافية للبيانات التي قدمت تعليلا للمواقف المعلنة بشأن اعتماده؛", op2.Text);
        Assert.Equal("2", op2.Number);
        Assert.Contains(document.Messages, m => m.Code == AknMessageCodes.NumberInText && m.Severity == ImportSeverity.Repair);
        // Arabic prints brackets around footnote markers (<sup>(</sup>…<sup>)</sup>): they are not text.
        Assert.DoesNotContain("()", op2.Text, StringComparison.Ordinal);
        Assert.Equal(2, op2.FootnoteMarks.Count);
    }

    [Fact]
    public void Parse_ChineseSiblingItemsOf76_19_NestLikeTheEnglishList()
    {
        // English codes the items of paragraph 6 as list/point; Chinese as sibling paragraphs numbered (a), (b).
        var english = AknTestData.ParseIct("en", "A_RES_76_19.xml").Documents.Single();
        var chinese = AknTestData.ParseIct("zh", "A_RES_76_19.xml").Documents.Single();

        Assert.Equal(["op6a", "op6b"], english.Provisions.Single(p => p.Anchor == "op6").Children.Select(c => c.Anchor));
        Assert.Equal(["op6a", "op6b"], chinese.Provisions.Single(p => p.Anchor == "op6").Children.Select(c => c.Anchor));
        Assert.Equal("不限成员名额工作组报告和政府专家组报告中提到的概念的内容；", chinese.AllProvisions().Single(p => p.Anchor == "op6b").Text);
    }

    [Fact]
    public void Parse_Arabic78_16_MovesThePreambularParagraphTaggedAsBodyIntoThePreamble()
    {
        var arabic = AknTestData.ParseIct("ar", "A_RES_78_16.xml").Documents.Single();
        var english = AknTestData.ParseIct("en", "A_RES_78_16.xml").Documents.Single();

        Assert.Equal(21, english.Provisions.Count(p => p.Kind == ProvisionKind.Preamble));
        Assert.Equal(21, arabic.Provisions.Count(p => p.Kind == ProvisionKind.Preamble));
        Assert.Contains(arabic.Messages, m => m.Code == AknMessageCodes.PreambleInBody && m.Severity == ImportSeverity.Repair && m.Location!.Contains("para_22", StringComparison.Ordinal));
        Assert.StartsWith("وإذ تسلط الضوء", arabic.Provisions.Single(p => p.Anchor == "pp21").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Arabic78_237_KeepsTheSymbolsSessionAndReportsTheCoverPage()
    {
        var document = AknTestData.ParseIct("ar", "A_RES_78_237.xml").Documents.Single();

        Assert.Equal(78, document.Session);
        var warning = Assert.Single(document.Messages, m => m.Code == AknMessageCodes.SessionMismatch);
        Assert.Contains("77", warning.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_English75_282_ReportsTheReissueNoteAndDoesNotMakeItFootnoteOne()
    {
        var document = AknTestData.ParseIct("en", "A_RES_75_282.xml").Documents.Single();

        var warning = Assert.Single(document.Messages, m => m.Code == AknMessageCodes.ReissueNoteAsFootnote);
        Assert.Equal(ImportSeverity.Warning, warning.Severity);
        Assert.Contains("Reissued for technical reasons on 21 June 2021", warning.Text, StringComparison.Ordinal);
        Assert.Equal(["fn2"], document.Footnotes.Select(f => f.Anchor));
        Assert.Empty(document.Provisions.Single(p => p.Anchor == "op1").FootnoteMarks);
        Assert.DoesNotContain("Reissued", string.Concat(document.AllProvisions().Select(p => p.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_80_16_KeepsOrdinalSuperscriptsAsText()
    {
        var spanish = AknTestData.ParseIct("es", "A_RES_80_16.xml").Documents.Single();

        Assert.Contains("su 1er período de sesiones sustantivo en 2021, sus períodos de sesiones sustantivos 2o y 3o en 2022", spanish.Provisions.Single(p => p.Anchor == "pp1").Text, StringComparison.Ordinal);
        Assert.Equal("Decide hacer suyo el informe final del grupo de trabajo de composición abierta, que figura en el documento A/80/257;", spanish.Provisions.Single(p => p.Anchor == "op1").Text);
        Assert.Empty(spanish.Footnotes);
    }

    [Theory]
    [InlineData("en", "Article 4", "In giving effect to other applicable United Nations conventions and protocols")]
    [InlineData("fr", "Article 4", "Lorsqu’ils donnent effet à d’autres conventions et protocoles des Nations Unies applicables")]
    [InlineData("es", "Artículo 4", "Al dar efecto a otros convenios, convenciones y protocolos aplicables de las Naciones Unidas")]
    [InlineData("ru", "Статья\u00A04", "При осуществлении других применимых конвенций и протоколов Организации Объединенных Наций")]
    [InlineData("zh", "第四条", "在履行其作为缔约国的其他适用的联合国公约和议定书时")]
    [InlineData("ar", "المادة 4", "تكفل الدول الأطراف")]
    public void Parse_Convention79_243_AnchorsTheAnnexByArticle(string language, string heading, string start)
    {
        var document = AknTestData.ParseIct(language, "A_RES_79_243.xml").Documents.Single();
        var byAnchor = document.AllProvisions().ToDictionary(p => p.Anchor);

        // The resolution's own paragraphs, then the Convention's 68 articles, whose numbering restarts in each.
        Assert.Equal(12, document.Provisions.Count(p => p.Kind == ProvisionKind.Operative && !p.Anchor.Contains('-', StringComparison.Ordinal)));
        Assert.Equal(68, document.Provisions.Select(p => ProvisionAnchor.SplitSection(p.Anchor).Section).Where(s => s is not null && s.StartsWith("art", StringComparison.Ordinal)).Distinct().Count());
        Assert.Equal(heading, byAnchor["art4-oph1"].Text);
        Assert.Equal(ProvisionKind.Heading, byAnchor["art4-oph1"].Kind);
        Assert.StartsWith(start, byAnchor["art4-op1"].Text, StringComparison.Ordinal);
        Assert.True(byAnchor.ContainsKey("art4-op2"));
        // Article 2 (e) (i): the definitions' items and the items below them, in every script.
        Assert.Equal(["art2-ope.i", "art2-ope.ii"], byAnchor["art2-ope"].Children.Select(c => c.Anchor));
        Assert.True(byAnchor.ContainsKey("art2-opo"));
    }

    private static bool IsUnDocumentLink(string href) =>
        href.StartsWith("/akn/", StringComparison.Ordinal)
        || (Uri.TryCreate(href, UriKind.Absolute, out var uri) && uri.Host is "undocs.org" or "docs.un.org" or "documents.un.org" or "documents-dds-ny.un.org");
}
