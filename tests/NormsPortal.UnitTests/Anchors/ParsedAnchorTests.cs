using NormsPortal.Data.Anchors;

namespace NormsPortal.UnitTests.Anchors;

/// <summary>The one anchor grammar: every form the importers write, read back and written again.</summary>
public sealed class ParsedAnchorTests
{
    // Anchor, section, kind, position, number, items (comma-separated).
    public static TheoryData<string, string?, AnchorKind, int, string, string> Forms => new()
    {
        { "formula", null, AnchorKind.Formula, 0, "", "" },
        { "pp3", null, AnchorKind.Preamble, 3, "", "" },
        { "pp12", null, AnchorKind.Preamble, 12, "", "" },
        { "op1", null, AnchorKind.Paragraph, 0, "1", "" },
        { "op1.6", null, AnchorKind.Paragraph, 0, "1.6", "" },
        { "op4a", null, AnchorKind.Paragraph, 0, "4", "a" },
        { "op4a.ii", null, AnchorKind.Paragraph, 0, "4", "a,ii" },
        { "op1.6a", null, AnchorKind.Paragraph, 0, "1.6", "a" },
        { "op13f", null, AnchorKind.Paragraph, 0, "13", "f" },
        { "op4.ii", null, AnchorKind.Paragraph, 0, "4", "ii" },
        { "opa", null, AnchorKind.Paragraph, 0, "", "a" },
        { "opa.ii", null, AnchorKind.Paragraph, 0, "", "a,ii" },
        { "opx1b", null, AnchorKind.Paragraph, 0, "", "b" },
        { "opp12a", null, AnchorKind.Paragraph, 0, "", "a" },
        { "fn2", null, AnchorKind.Footnote, 0, "2", "" },
        { "annex-fn2dup1", "annex", AnchorKind.Footnote, 0, "2dup1", "" },
        { "oph3", null, AnchorKind.Heading, 3, "", "" },
        { "oph3a", null, AnchorKind.Heading, 3, "", "a" },
        { "oph3a.ii", null, AnchorKind.Heading, 3, "", "a,ii" },
        { "annex-op3", "annex", AnchorKind.Paragraph, 0, "3", "" },
        { "annex2-pp1", "annex2", AnchorKind.Preamble, 1, "", "" },
        { "annex-oph2", "annex", AnchorKind.Heading, 2, "", "" },
        { "art4-op1", "art4", AnchorKind.Paragraph, 0, "1", "" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Parse_ReadsEveryForm(string anchor, string? section, AnchorKind kind, int position, string number, string items)
    {
        var parsed = ParsedAnchor.Parse(anchor);

        Assert.NotNull(parsed);
        Assert.Equal(section, parsed.Section);
        Assert.Equal(kind, parsed.Kind);
        Assert.Equal(position, parsed.Position);
        Assert.Equal(number, parsed.Number);
        Assert.Equal(items.Length == 0 ? [] : items.Split(','), parsed.Items);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void ParseFormatParse_GivesTheSameAnchor(string anchor, string? section, AnchorKind kind, int position, string number, string items)
    {
        _ = (section, kind, position, number, items);
        var formatted = ParsedAnchor.Parse(anchor)!.ToString();

        Assert.Equal(anchor, formatted);
        Assert.Equal(ParsedAnchor.Parse(anchor), ParsedAnchor.Parse(formatted));
        Assert.True(ProvisionAnchor.IsValid(formatted));
    }

    [Fact]
    public void Builders_WriteAnchorsTheGrammarReads()
    {
        string[] built =
        [
            ProvisionAnchor.Formula,
            ProvisionAnchor.Preamble(3),
            ProvisionAnchor.Operative("1.6"),
            ProvisionAnchor.Operative("4 (a)"),
            ProvisionAnchor.Item(ProvisionAnchor.Operative("4"), "(a)"),
            ProvisionAnchor.Item(ProvisionAnchor.Item("op4", "(a)"), "(ii)"),
            ProvisionAnchor.Item("op1", "1.6"),
            ProvisionAnchor.Footnote("2", "annex"),
            ProvisionAnchor.Heading(3),
            ProvisionAnchor.Heading(1, "annex II"),
        ];

        Assert.Equal(["formula", "pp3", "op1.6", "op4a", "op4a", "op4a.ii", "op1.6", "annex-fn2", "oph3", "annexii-oph1"], built);
        Assert.All(built, anchor => Assert.Equal(anchor, ParsedAnchor.Parse(anchor)?.ToString()));
    }

    [Theory]
    [InlineData("annex", "annex", "")]
    [InlineData("annex2", "annex", "2")]
    [InlineData("annexiv", "annex", "iv")]
    [InlineData("art4", "art", "4")]
    [InlineData("art4a", "art", "4a")]
    [InlineData("sec3", "sec", "3")]
    [InlineData("annexes", "annexes", "")]
    public void ReadSection_SplitsNameAndNumber(string section, string name, string number) =>
        Assert.Equal((name, number), ParsedAnchor.ReadSection(section));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1.6")]
    [InlineData("op")]
    [InlineData("pp")]
    [InlineData("ppa")]
    [InlineData("para1")]
    [InlineData("OP1")]
    [InlineData("op1 6")]
    [InlineData("op1.")]
    [InlineData("-op1")]
    [InlineData("Formula")]
    public void Parse_Malformed_IsNull(string? anchor)
    {
        Assert.Null(ParsedAnchor.Parse(anchor));
        Assert.False(ProvisionAnchor.IsValid(anchor));
    }
}
