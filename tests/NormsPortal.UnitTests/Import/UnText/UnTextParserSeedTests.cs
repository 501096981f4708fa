using System.Text.Json;
using System.Text.RegularExpressions;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;

namespace NormsPortal.UnitTests.Import.UnText;

/// <summary>The whole seed draft A/C.1/73/L.27/Rev.1, parsed from the file exactly as extracted from its PDF.</summary>
public sealed class UnTextParserSeedTests
{
    private static readonly ParsedDocument _document = SeedFile.Parse();

    public static TheoryData<string> ProvisionAnchors => new(SeedDraftExpectation.Provisions.Select(p => p.Anchor));

    public static TheoryData<string> FootnoteAnchors => new(SeedDraftExpectation.Footnotes.Select(f => f.Anchor));

    [Fact]
    public void Parse_SeedFile_ReadsTheHeading()
    {
        Assert.Equal("A/C.1/73/L.27/Rev.1", _document.Symbol);
        Assert.Equal("en", _document.Language);
        Assert.Equal("un-text", _document.SourceFormat);
        Assert.Equal(SeedDraftExpectation.FileName, _document.SourceName);
        Assert.Equal(73, _document.Session);
        Assert.Equal("First Committee", _document.Committee);
        Assert.Equal("96", _document.AgendaItem);
        Assert.Equal("revised draft resolution", _document.DocumentLabel);
        Assert.Equal(WorkKind.DraftResolution, _document.Kind);
        Assert.Equal(SeedDraftExpectation.Title, _document.Title);
        Assert.Equal("The General Assembly,", _document.EnactingFormula);
        Assert.Equal("General Assembly", _document.Body);
    }

    [Fact]
    public void Parse_SeedFile_ReadsEveryThirtyOneSponsorsExactly()
    {
        Assert.Equal(31, _document.Sponsors.Count);
        Assert.Equal(SeedDraftExpectation.Sponsors, _document.Sponsors);
        Assert.Empty(_document.AdditionalSponsors);
    }

    [Fact]
    public void Parse_SeedFile_PutsTheEnactingFormulaBeforeThePreamble_AsNoNumberedParagraph()
    {
        var formula = _document.Provisions[0];

        Assert.Equal(ProvisionKind.Formula, formula.Kind);
        Assert.Equal("formula", formula.Anchor);
        Assert.Equal("", formula.Number);
        Assert.Equal("The General Assembly,", formula.Text);
        Assert.Equal("pp1", _document.Provisions[1].Anchor);
    }

    [Fact]
    public void Parse_SeedFile_FindsTwentyOnePreambularParagraphs()
    {
        var preamble = _document.Provisions.Where(p => p.Kind == ProvisionKind.Preamble).ToList();

        Assert.Equal(Enumerable.Range(1, 21).Select(n => $"pp{n}"), preamble.Select(p => p.Anchor));
        Assert.All(preamble, p => Assert.Equal("", p.Number));
        Assert.All(preamble, p => Assert.Empty(p.Children));
    }

    [Fact]
    public void Parse_SeedFile_FindsSevenOperativeParagraphsAfterThePreamble()
    {
        var operative = _document.Provisions.Skip(22).ToList();

        Assert.Equal(29, _document.Provisions.Count);
        Assert.All(operative, p => Assert.Equal(ProvisionKind.Operative, p.Kind));
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], operative.Select(p => p.Number));
        Assert.Equal(["op1", "op2", "op3", "op4", "op5", "op6", "op7"], operative.Select(p => p.Anchor));
    }

    [Fact]
    public void Parse_SeedFile_NestsItemsOneOneToOneThirteenUnderParagraphOne()
    {
        var paragraph1 = _document.Provisions.Single(p => p.Anchor == "op1");

        Assert.Equal(Enumerable.Range(1, 13).Select(n => $"1.{n}"), paragraph1.Children.Select(c => c.Number));
        Assert.Equal(Enumerable.Range(1, 13).Select(n => $"op1.{n}"), paragraph1.Children.Select(c => c.Anchor));
        Assert.All(paragraph1.Children, c => Assert.Equal(ProvisionKind.Item, c.Kind));
        Assert.All(paragraph1.Children, c => Assert.Empty(c.Children));
    }

    [Fact]
    public void Parse_SeedFile_NestsItemsAToDUnderParagraphFour()
    {
        var paragraph4 = _document.Provisions.Single(p => p.Anchor == "op4");

        Assert.Equal(["(a)", "(b)", "(c)", "(d)"], paragraph4.Children.Select(c => c.Number));
        Assert.Equal(["op4a", "op4b", "op4c", "op4d"], paragraph4.Children.Select(c => c.Anchor));
        Assert.All(paragraph4.Children, c => Assert.Equal(ProvisionKind.Item, c.Kind));
        Assert.All(_document.Provisions.Where(p => p.Anchor is not ("op1" or "op4")), p => Assert.Empty(p.Children));
    }

    [Fact]
    public void Parse_SeedFile_FindsFiveFootnotes()
    {
        Assert.Equal(["fn1", "fn2", "fn3", "fn4", "fn5"], _document.Footnotes.Select(f => f.Anchor));
        Assert.Equal(["1", "2", "3", "4", "5"], _document.Footnotes.Select(f => f.Number));
        Assert.All(_document.Footnotes, f => Assert.Equal(ProvisionKind.Footnote, f.Kind));
    }

    [Fact]
    public void Parse_SeedFile_GivesEveryProvisionInReadingOrder()
    {
        var expected = SeedDraftExpectation.Provisions.Select(p => p.Anchor).Concat(SeedDraftExpectation.Footnotes.Select(f => f.Anchor));

        Assert.Equal(expected, _document.AllProvisions().Select(p => p.Anchor));
    }

    [Theory]
    [MemberData(nameof(ProvisionAnchors))]
    public void Parse_SeedFile_GivesTheCleanTextOfEachProvision(string anchor)
    {
        var expected = SeedDraftExpectation.Provisions.Single(p => p.Anchor == anchor);
        var provision = _document.AllProvisions().Single(p => p.Anchor == anchor);

        Assert.Equal(expected.Number, provision.Number);
        Assert.Equal(expected.Text, provision.Text);
    }

    [Theory]
    [MemberData(nameof(FootnoteAnchors))]
    public void Parse_SeedFile_GivesTheTextOfEachFootnote(string anchor)
    {
        var expected = SeedDraftExpectation.Footnotes.Single(f => f.Anchor == anchor);
        var footnote = _document.Footnotes.Single(f => f.Anchor == anchor);

        Assert.Equal(expected.Number, footnote.Number);
        Assert.Equal(expected.Text, footnote.Text);
        Assert.Empty(footnote.FootnoteMarks);
    }

    [Fact]
    public void Parse_SeedFile_MarksEveryFootnoteCitationWhereTheMarkerStood()
    {
        var expected = SeedDraftExpectation.Citations.Select(citation =>
        {
            var text = SeedDraftExpectation.Provisions.Single(p => p.Anchor == citation.Anchor).Text;
            var at = text.IndexOf(citation.After, StringComparison.Ordinal);
            Assert.True(at >= 0 && at == text.LastIndexOf(citation.After, StringComparison.Ordinal), $"“{citation.After}” must occur once in {citation.Anchor}");
            return (citation.Anchor, citation.Footnote, Offset: at + citation.After.Length);
        });

        var actual = _document.AllProvisions().SelectMany(p => p.FootnoteMarks.Select(m => (p.Anchor, m.FootnoteAnchor, m.Offset)));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Parse_SeedFile_MarksTheFootnotesCitedMoreThanOnceAtEachPlace()
    {
        var citing = _document.AllProvisions()
            .SelectMany(p => p.FootnoteMarks.Select(m => (p.Anchor, m.FootnoteAnchor)))
            .ToLookup(c => c.FootnoteAnchor, c => c.Anchor);

        Assert.Equal(["pp16", "pp17", "op1"], citing["fn2"]);
        Assert.Equal(["pp17", "op1"], citing["fn3"]);
        Assert.Equal(["pp15", "op4"], citing["fn1"]);
        Assert.Equal(["op1.5"], citing["fn4"]);
        Assert.Equal(["op1.5"], citing["fn5"]);
    }

    [Fact]
    public void Parse_SeedFile_LeavesNoExtractionArtefact()
    {
        var texts = _document.AllProvisions().Select(p => (p.Anchor, p.Text))
            .Append(("title", _document.Title!))
            .Concat(_document.Sponsors.Select(s => ("sponsor", s)));

        foreach (var (where, text) in texts)
        {
            Assert.False(Regex.IsMatch(text, @"\bo f\b"), $"split “of” in {where}");
            Assert.DoesNotContain("consul tative", text, StringComparison.Ordinal);
            Assert.False(Regex.IsMatch(text, @"\p{L} -\p{L}|\p{L} -$"), $"spaced hyphen in {where}");
            Assert.DoesNotContain(" -General", text, StringComparison.Ordinal);
            Assert.False(Regex.IsMatch(text, @"\b(?:19|20)\d{3,4}\b"), $"digit glued to a year in {where}");
            Assert.False(Regex.IsMatch(text, @"\b(?:19|20)\d\d \d{1,2}\b(?![/\d])"), $"marker after a year in {where}");
            Assert.False(Regex.IsMatch(text, @"\s{2}"), $"double space in {where}");
            Assert.Equal(text.Trim(), text);
            Assert.DoesNotContain("A/C.1/73/L.27/Rev.1", text, StringComparison.Ordinal);
            Assert.DoesNotContain("__", text, StringComparison.Ordinal);
            Assert.False(Regex.IsMatch(text, @"\b\d{2}-\d{5}\b"), $"job number in {where}");
        }

        foreach (var provision in _document.AllProvisions().Where(p => p.Kind != ProvisionKind.Footnote))
        {
            Assert.False(Regex.IsMatch(provision.Text, @"[\p{L},;:”’)]\d"), $"marker glued to a word in {provision.Anchor}");
            Assert.DoesNotContain("report, 2", provision.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("A/68/98", provision.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("Supplement No.", provision.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_SeedFile_KeepsRealNumbers()
    {
        var text = string.Join("\n", _document.AllProvisions().Select(p => p.Text));

        Assert.Contains("70/237 of 23 December 2015 and 71/28 of 5 December 2016,", text, StringComparison.Ordinal);
        Assert.Contains("43/78 H of 7 December 1988", text, StringComparison.Ordinal);
        Assert.Contains("adopted by the General Assembly on 5 December 2016:", text, StringComparison.Ordinal);
        Assert.Contains("listed in paragraph 1 above", text, StringComparison.Ordinal);
        Assert.Contains("mentioned in paragraph 3 above;", text, StringComparison.Ordinal);
        Assert.Contains("resolution 58/199 of 23 December 2003", text, StringComparison.Ordinal);
        Assert.Contains("(A/67/53 and A/67/53/Corr.1)", text, StringComparison.Ordinal);
        Assert.Contains("Supplement No. 53 (A/69/53)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeedFile_KeepsTheTypographicCharacters()
    {
        Assert.EndsWith("in the context of international security”.", _document.Provisions[^1].Text, StringComparison.Ordinal);
        Assert.Contains("entitled “Developments", _document.Provisions.Single(p => p.Anchor == "op1").Text, StringComparison.Ordinal);
        Assert.Contains("within the group’s mandate;", _document.Provisions.Single(p => p.Anchor == "op5").Text, StringComparison.Ordinal);
        Assert.Contains("Democratic People’s Republic of Korea", _document.Sponsors);
    }

    [Fact]
    public void Parse_SeedFile_ReportsEachRepairWithItsPlace()
    {
        Assert.All(_document.Messages, m => Assert.Equal(ImportSeverity.Repair, m.Severity));
        Assert.Equal(SeedDraftExpectation.Repairs, _document.Messages.Select(m => (m.Code, m.Location!)));
    }

    [Fact]
    public void Parse_SeedFile_SaysWhatEachRepairChanged()
    {
        Assert.Contains(_document.Messages, m => m.Code == "split-word" && m.Text.Contains("“consul tative”", StringComparison.Ordinal) && m.Text.Contains("“consultative”", StringComparison.Ordinal));
        Assert.Contains(_document.Messages, m => m.Code == "glued-footnote" && m.Text.Contains("“20152”", StringComparison.Ordinal) && m.Text.Contains("footnote 2", StringComparison.Ordinal));
        Assert.Contains(_document.Messages, m => m.Code == "spaced-footnote" && m.Text.Contains("“report, 2”", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SeedFile_TwiceGivesEqualDocuments()
    {
        var first = JsonSerializer.Serialize(SeedFile.Parse());
        var second = JsonSerializer.Serialize(SeedFile.Parse());

        Assert.Equal(first, second);
        Assert.Contains("op1.13", first, StringComparison.Ordinal);
    }
}
