using NormsPortal.Data.Import.Akn;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;

namespace NormsPortal.UnitTests.Import.Akn;

/// <summary>Anchors name the same paragraph in every language of a work.</summary>
public sealed class ExpressionAlignerTests
{
    private static ParsedDocument Seed(string language, string fileName) => AknTestData.ParseIct(language, fileName).Documents.Single();

    [Theory]
    [InlineData("A_RES_74_28.xml", "fr")]
    [InlineData("A_RES_74_28.xml", "es")]
    [InlineData("A_RES_74_28.xml", "zh")]
    [InlineData("A_RES_74_28.xml", "ar")]
    [InlineData("A_RES_77_36.xml", "fr")]
    [InlineData("A_RES_77_36.xml", "zh")]
    [InlineData("A_RES_77_36.xml", "ar")]
    [InlineData("A_RES_76_19.xml", "zh")]
    [InlineData("A_RES_78_16.xml", "ar")]
    public void Align_SeedTranslation_PairsEveryProvisionUnderTheSameAnchor(string fileName, string language)
    {
        var english = Seed("en", fileName);
        var other = Seed(language, fileName);

        var alignment = ExpressionAligner.Align(english, other);

        Assert.True(alignment.IsComplete, string.Join(Environment.NewLine, alignment.Messages));
        Assert.Empty(alignment.Messages);
        Assert.All(alignment.Pairs, p => Assert.False(p.Reanchored));
        Assert.Equal(english.AllProvisions().Select(p => p.Anchor), other.AllProvisions().Select(p => p.Anchor));
    }

    [Fact]
    public void Align_Spanish75_282_GivesTheListFootnoteTheEnglishNumber()
    {
        // The Spanish markup numbers the reissue note 2 and the real footnote 3; English prints it as 2.
        var english = Seed("en", "A_RES_75_282.xml");
        var spanish = Seed("es", "A_RES_75_282.xml");
        Assert.Equal(["fn3"], spanish.Footnotes.Select(f => f.Anchor));

        var alignment = ExpressionAligner.Align(english, spanish);

        Assert.True(alignment.IsComplete);
        Assert.Equal(new AlignedPair("fn2", "fn3"), Assert.Single(alignment.Pairs, p => p.Reanchored));
        Assert.Equal(["fn2"], spanish.Footnotes.Select(f => f.Anchor));
        Assert.StartsWith("La lista incluirá", spanish.Footnotes[0].Text, StringComparison.Ordinal);
        Assert.Equal("fn2", spanish.Provisions.Single(p => p.Anchor == "op9").FootnoteMarks.Single().FootnoteAnchor);
        Assert.Contains(spanish.Messages, m => m.Code == AknMessageCodes.AlignmentReanchored && m.Severity == ImportSeverity.Repair);
    }

    [Fact]
    public void Align_Arabic74_247_ReportsTheParagraphItLacks()
    {
        var alignment = ExpressionAligner.Align(Seed("en", "A_RES_74_247.xml"), Seed("ar", "A_RES_74_247.xml"));

        Assert.Equal(["op6"], alignment.MissingInOther);
        Assert.Empty(alignment.ExtraInOther);
        var warning = Assert.Single(alignment.Messages);
        Assert.Equal((ImportSeverity.Warning, AknMessageCodes.AlignmentMissing), (warning.Severity, warning.Code));
        Assert.Contains("op6", warning.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("es")]
    [InlineData("ru")]
    [InlineData("zh")]
    [InlineData("ar")]
    public void Align_Convention79_243_PairsEveryNumberedParagraphOfEveryArticle(string language)
    {
        var english = Seed("en", "A_RES_79_243.xml");
        var other = Seed(language, "A_RES_79_243.xml");

        var alignment = ExpressionAligner.Align(english, other);

        // What may differ is how a language splits a heading or closes a list, never a numbered provision.
        var numbered = english.AllProvisions().Where(p => p.Kind is ProvisionKind.Operative or ProvisionKind.Item).Select(p => p.Anchor).ToHashSet();
        Assert.DoesNotContain(alignment.MissingInOther, numbered.Contains);
        Assert.True(alignment.MissingInOther.Count + alignment.ExtraInOther.Count <= 3, string.Join(", ", alignment.MissingInOther.Concat(alignment.ExtraInOther)));
        Assert.Subset(other.AllProvisions().Select(p => p.Anchor).ToHashSet(), numbered);
    }

    [Fact]
    public void Align_ProvisionWithAnotherAnchor_TakesTheEnglishOneWhenTheRestMatches()
    {
        var english = Parse("eng", AknSnippet.Paragraph("Decides:", "1.") + AknSnippet.Paragraph("\t(a)\tTo act;") + AknSnippet.Paragraph("Requests a report.", "2."));
        // A translation that misprints paragraph 2 as 3.
        var french = Parse("fra", AknSnippet.Paragraph("Décide :", "1.") + AknSnippet.Paragraph("\t(a)\td’agir ;") + AknSnippet.Paragraph("Demande un rapport.", "3."));

        var alignment = ExpressionAligner.Align(english, french);

        Assert.True(alignment.IsComplete, string.Join(Environment.NewLine, alignment.Messages));
        Assert.Equal(new AlignedPair("op2", "op3"), Assert.Single(alignment.Pairs, p => p.Reanchored));
        Assert.Equal(["formula", "op1", "op1a", "op2"], french.AllProvisions().Select(p => p.Anchor));
    }

    [Fact]
    public void Align_DifferentWorks_AlignsNothing()
    {
        var alignment = ExpressionAligner.Align(Seed("en", "A_RES_74_28.xml"), Seed("fr", "A_RES_74_29.xml"));

        Assert.Empty(alignment.Pairs);
        Assert.Single(alignment.Messages);
    }

    private static ParsedDocument Parse(string language, string body) =>
        AknTestData.ParseText(AknSnippet.Resolution("", body, language)).Documents.Single();
}
