using NormsPortal.Data.Import.UnText;

namespace NormsPortal.UnitTests.Import.UnText;

public sealed class SplitWordsTests
{
    private static RepairedText Join(string text, string language = "en") =>
        SplitWords.Join(text, Vocabulary.ForDocument(language, text));

    [Theory]
    [InlineData("capacity in the area o f ICT security", "capacity in the area of ICT security")]
    [InlineData("intersessional consul tative meetings", "intersessional consultative meetings")]
    [InlineData("the application o f\u00A0law", "the application of\u00A0law")]
    [InlineData("(o f the Group)", "(of the Group)")]
    [InlineData("the consul tative, meetings", "the consultative, meetings")]
    public void Join_SplitWord_JoinsAndReports(string text, string expected)
    {
        var result = Join(text);

        Assert.Equal(expected, result.Text);
        var repair = Assert.Single(result.Repairs);
        Assert.Equal(UnTextMessageCodes.SplitWord, repair.Code);
    }

    [Theory]
    [InlineData("the Secretary General and the United Nations")]
    [InlineData("it was done some times in formation")]
    [InlineData("a part of a broad effort, every one")]
    [InlineData("resolution 70/237 of 23 December 2015")]
    [InlineData("the area o F security")]
    [InlineData("Bolivia (Plurinational State of) and Zimbabwe")]
    [InlineData("an open, secure, stable, accessible and peaceful ICT environment")]
    [InlineData("resolution 48/75 L and, in that regard, option D in section IV")]
    public void Join_RealWords_LeavesThem(string text)
    {
        var result = Join(text);

        Assert.Equal(text, result.Text);
        Assert.Empty(result.Repairs);
    }

    [Fact]
    public void Join_WordsAcrossTwoSpaces_LeavesThem()
    {
        Assert.Equal("the area o  f security", Join("the area o  f security").Text);
    }

    [Fact]
    public void Join_OtherLanguage_TrustsOnlyWordsTheDocumentRepeats()
    {
        const string text = "la coopé ration internationale; la coopération régionale; la coopération";

        var result = Join(text, "fr");

        Assert.Equal("la coopération internationale; la coopération régionale; la coopération", result.Text);
        Assert.Single(result.Repairs);
    }

    [Fact]
    public void Join_OtherLanguage_TakesSingleLettersForWords()
    {
        // Spanish "o" is "or": without an English lexicon a single letter is not a fragment.
        Assert.Equal("uno o f dos", Join("uno o f dos", "es").Text);
    }
}
