using System.Text;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Import.UnText;
using NormsPortal.Data.Model;

namespace NormsPortal.UnitTests.Import.UnText;

/// <summary>The parser on small made-up texts: page furniture, layouts, numbering and warnings.</summary>
public sealed class UnTextParserLayoutTests
{
    private const string Symbol = "A/C.2/71/L.5";

    private const string PageBreak = "<page>";

    /// <summary>Lines as a double-spaced extraction gives them: a blank line after each, none after the last of a page.</summary>
    private static string DoubleSpaced(params string[] lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            if (line == PageBreak)
            {
                text.Length--;
                continue;
            }

            text.Append(line).Append("\n\n");
        }

        return text.ToString();
    }

    /// <summary>The text parsed, without its enacting formula when it has one: these tests are about the paragraphs after it.</summary>
    private static ParsedDocument Parse(string text, string language = "en")
    {
        var document = UnTextParser.Parse(text, Symbol, "test.txt", language);
        if (document.Provisions is [{ Kind: ProvisionKind.Formula }, ..])
        {
            document.Provisions.RemoveAt(0);
        }

        return document;
    }

    [Fact]
    public void Parse_PageFurniture_RemovesAndReportsEachLine()
    {
        var text = string.Join("\n",
            " The General Assembly,",
            " Recalling its resolution 70/1 of 25 September 2015,1",
            " Noting the report of the Secretary-General2 on the matter and the",
            "__________________",
            " 1 See A/70/1.",
            " 2 A/71/100 and",
            "Add.1.",
            "2/3",
            "18-12345 (E)    011118    021118",
            "*1812345*",
            "A/C.2/71/L.5",
            " findings contained therein,",
            " 1. Decides to remain seized of the matter.",
            "3");

        var document = Parse(text);

        var residue = document.Messages.Where(m => m.Code == UnTextMessageCodes.PageResidue).ToList();
        Assert.Equal(["line 8", "line 9", "line 10", "line 11", "line 14"], residue.Select(m => m.Location));
        Assert.All(residue, m => Assert.Equal(ImportSeverity.Repair, m.Severity));
        Assert.Equal(["pp1", "pp2", "op1"], document.Provisions.Select(p => p.Anchor));
        Assert.Equal("Noting the report of the Secretary-General on the matter and the findings contained therein,", document.Provisions[1].Text);
        Assert.Equal("Decides to remain seized of the matter.", document.Provisions[2].Text);
        Assert.Equal(["See A/70/1.", "A/71/100 and Add.1."], document.Footnotes.Select(f => f.Text));
        Assert.Equal(new ParsedFootnoteMark(document.Provisions[0].Text.Length, "fn1"), Assert.Single(document.Provisions[0].FootnoteMarks));
        Assert.Equal(new ParsedFootnoteMark("Noting the report of the Secretary-General".Length, "fn2"), Assert.Single(document.Provisions[1].FootnoteMarks));
        Assert.Contains(document.Messages, m => m.Code == UnTextMessageCodes.PageJoin && m.Location == "pp2");
    }

    [Fact]
    public void Parse_DoubleSpacedPages_FindsPageBreaksWhereABlankLineIsMissing()
    {
        var text = DoubleSpaced(
            " The General Assembly,",
            " Noting the report of the Group of Governmental Experts,1 and that voluntary and",
            "__________________",
            " 1  A/70/174.",
            PageBreak,
            " non-binding norms apply,",
            " Recalling the report,",
            PageBreak,
            "  1. Decides to act.");

        var document = Parse(text);

        Assert.Equal(["pp1", "pp2", "op1"], document.Provisions.Select(p => p.Anchor));
        Assert.Equal("Noting the report of the Group of Governmental Experts, and that voluntary and non-binding norms apply,", document.Provisions[0].Text);
        Assert.Equal("A/70/174.", Assert.Single(document.Footnotes).Text);
        Assert.Equal(
            [(UnTextMessageCodes.GluedFootnote, "pp1"), (UnTextMessageCodes.PageJoin, "pp1")],
            document.Messages.Select(m => (m.Code, m.Location!)).Order());
    }

    [Fact]
    public void Parse_Heading_ReadsSponsorsLabelAndTitleFromBlocks()
    {
        var text = string.Join("\n",
            "Second Committee",
            "Agenda item 20 (a)",
            "Sustainable development",
            "",
            "",
            "Germany and Trinidad and Tobago: draft resolution",
            "",
            "",
            "Sustainable development: the way",
            "forward",
            "",
            "",
            " The General Assembly,",
            " 1. Decides to act.");

        var document = Parse(text);

        Assert.Equal("Second Committee", document.Committee);
        Assert.Equal("20 (a)", document.AgendaItem);
        Assert.Equal("draft resolution", document.DocumentLabel);
        Assert.Equal(WorkKind.DraftResolution, document.Kind);
        Assert.Equal(["Germany", "Trinidad and Tobago"], document.Sponsors);
        Assert.Equal("Sustainable development: the way forward", document.Title);
        Assert.Equal(71, document.Session);
    }

    [Fact]
    public void Parse_NestedItems_AnchorsLettersAndRomanNumerals()
    {
        var text = string.Join("\n",
            " The General Assembly,",
            " 1. Requests:",
            " (a) first:",
            " (i) one;",
            " (ii) two;",
            " (b) second;",
            " (c) third;",
            " (d) fourth;",
            " (e) fifth;",
            " (f) sixth;",
            " (g) seventh;",
            " (h) eighth;",
            " (i) ninth;",
            " 2. Decides to act.");

        var document = Parse(text);

        var paragraph1 = document.Provisions[0];
        Assert.Equal(["op1a", "op1b", "op1c", "op1d", "op1e", "op1f", "op1g", "op1h", "op1i"], paragraph1.Children.Select(c => c.Anchor));
        Assert.Equal(["op1a.i", "op1a.ii"], paragraph1.Children[0].Children.Select(c => c.Anchor));
        Assert.Equal(["(i)", "(ii)"], paragraph1.Children[0].Children.Select(c => c.Number));
        Assert.Equal("ninth;", paragraph1.Children[^1].Text);
        Assert.Equal("op2", document.Provisions[1].Anchor);
    }

    [Fact]
    public void Parse_UnnumberedParagraphAfterTheOperativePart_WarnsAndKeepsItsWords()
    {
        var document = Parse(string.Join("\n", " The General Assembly,", " 1. Decides to act;", " Something without a number."));

        Assert.Equal("Decides to act; Something without a number.", Assert.Single(document.Provisions).Text);
        var warning = Assert.Single(document.Messages);
        Assert.Equal((ImportSeverity.Warning, UnTextMessageCodes.UnnumberedParagraph, "op1"), (warning.Severity, warning.Code, warning.Location));
    }

    [Fact]
    public void Parse_NoEnactingFormula_WarnsAndReadsParagraphs()
    {
        var document = Parse(string.Join("\n", " Noting the report,", " 1. Decides to act."));

        Assert.Equal(["pp1", "op1"], document.Provisions.Select(p => p.Anchor));
        Assert.Null(document.Title);
        Assert.Contains(document.Messages, m => m.Severity == ImportSeverity.Warning && m.Code == UnTextMessageCodes.NoEnactingFormula);
    }

    [Fact]
    public void Parse_FootnoteWithoutMarker_Warns()
    {
        var document = Parse(string.Join("\n", " The General Assembly,", " 1. Decides to act.", "_____", " 1  A/70/174."));

        var warning = Assert.Single(document.Messages);
        Assert.Equal((ImportSeverity.Warning, UnTextMessageCodes.UncitedFootnote, "fn1"), (warning.Severity, warning.Code, warning.Location));
    }

    [Fact]
    public void Parse_NotEnglish_WarnsThatTheRulesAreEnglish()
    {
        var document = Parse(string.Join("\n", " L’Assemblée générale,", " 1. Décide d’agir."), "fr");

        Assert.Equal("fr", document.Language);
        Assert.Contains(document.Messages, m => m.Severity == ImportSeverity.Warning && m.Code == UnTextMessageCodes.EnglishRulesOnly);
    }

    [Fact]
    public void Parse_TypographicCharacters_KeepsThem()
    {
        var document = Parse(string.Join("\n", " The General Assembly,", " Noting the years 2019–2020 – the group’s “first” years,", " 1. Decides to act."));

        Assert.Equal("Noting the years 2019–2020 – the group’s “first” years,", document.Provisions[0].Text);
        Assert.Empty(document.Messages);
    }

    [Fact]
    public void Parse_WindowsLineEndingsAndFormFeeds_ReadLikePlainLines()
    {
        var document = Parse(" The General Assembly,\r\n Noting the report of the\r\n\f\r\nGroup,\r\n 1. Decides to act.\r\n");

        Assert.Equal("Noting the report of the Group,", document.Provisions[0].Text);
        Assert.Equal("Decides to act.", document.Provisions[1].Text);
    }
}
