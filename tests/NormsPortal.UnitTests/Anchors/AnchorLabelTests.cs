using NormsPortal.Data.Anchors;

namespace NormsPortal.UnitTests.Anchors;

/// <summary>Anchors in words: the full form (accessible names, "cited by", votes) and the abbreviated one (lists, headings).</summary>
public sealed class AnchorLabelTests
{
    [Theory]
    [InlineData("formula", "enacting formula", "enacting formula")]
    [InlineData("pp3", "preambular paragraph 3", "preambular para. 3")]
    [InlineData("op1", "paragraph 1", "para. 1")]
    [InlineData("op1.6", "paragraph 1.6", "para. 1.6")]
    [InlineData("op4a", "paragraph 4 (a)", "para. 4 (a)")]
    [InlineData("op4a.ii", "paragraph 4 (a) (ii)", "para. 4 (a) (ii)")]
    [InlineData("op1.6a", "paragraph 1.6 (a)", "para. 1.6 (a)")]
    [InlineData("op13f", "paragraph 13 (f)", "para. 13 (f)")]
    [InlineData("opa", "paragraph (a)", "para. (a)")]
    [InlineData("opx1b", "paragraph (b)", "para. (b)")]
    [InlineData("fn2", "footnote 2", "footnote 2")]
    [InlineData("oph3", "heading 3", "heading 3")]
    [InlineData("oph3a", "heading 3, item (a)", "heading 3, item (a)")]
    [InlineData("annex-op3", "annex, paragraph 3", "annex, para. 3")]
    [InlineData("annex2-pp1", "annex 2, preambular paragraph 1", "annex 2, preambular para. 1")]
    [InlineData("art4-op1", "article 4, paragraph 1", "article 4, para. 1")]
    [InlineData("sec2-oph1", "section 2, heading 1", "section 2, heading 1")]
    public void InFull_And_Abbreviated_ReadEveryFormAsWords(string anchor, string longForm, string shortForm)
    {
        Assert.Equal(longForm, AnchorLabel.InFull(anchor));
        Assert.Equal(shortForm, AnchorLabel.Abbreviated(anchor));
    }

    [Theory]
    [InlineData("")]
    [InlineData("para1")]
    [InlineData("OP1")]
    public void AnchorOutsideTheGrammar_IsShownAsItIs(string anchor)
    {
        Assert.Equal(anchor, AnchorLabel.InFull(anchor));
        Assert.Equal(anchor, AnchorLabel.Abbreviated(anchor));
    }

    [Theory]
    [InlineData("annex", "annex")]
    [InlineData("annex2", "annex 2")]
    [InlineData("art4", "article 4")]
    [InlineData("sec3", "section 3")]
    public void Section_NamesThePrefix(string section, string expected) =>
        Assert.Equal(expected, AnchorLabel.Section(section));

    [Fact]
    public void Reference_NamesTheParagraphOfADocument() =>
        Assert.Equal("A/RES/73/27, para. 1.6", AnchorLabel.Reference("A/RES/73/27", "op1.6"));

    [Fact]
    public void Capitalised_StartsALine() =>
        Assert.Equal("Annex, paragraph 3", AnchorLabel.Capitalised(AnchorLabel.InFull("annex-op3")));
}
