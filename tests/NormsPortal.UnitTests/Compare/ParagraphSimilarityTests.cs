using NormsPortal.Web.Features.Compare;

namespace NormsPortal.UnitTests.Compare;

public sealed class ParagraphSimilarityTests
{
    // 77/36 op6 and 78/237 op7: the same paragraph, grown from 28 words to 97.
    private const string InvitesIn77 =
        "6. Invites Member States to share within the Open-ended Working Group their views on capacity-building needs, "
        + "as well as possible mechanisms to meet them, including funding;";

    private const string InvitesIn78 =
        "7. Invites Member States to share within the Open-ended Working Group their views on capacity-building needs, "
        + "including for the implementation of practical measures recommended by the Open-ended Working Group, as well as "
        + "possible inclusive mechanisms to meet them, including funding, taking into account the agreed principles of "
        + "capacity-building, as set out in annex C to the second annual progress report of the Open-ended Working Group, "
        + "in particular that capacity-building activities should correspond to nationally identified needs and priorities "
        + "and should be undertaken with full respect for the principle of State sovereignty;";

    // 77/36 op7 and 78/237 pp2: different paragraphs that share the item's title, 0.58 by shared words in any order.
    private const string DecidesIn77 =
        "7. Decides to include in the provisional agenda of its seventy-eighth session the item entitled "
        + "“Developments in the field of information and telecommunications in the context of international security”.";

    private const string CommemoratingIn78 =
        "Commemorating the twenty-fifth anniversary of discussions, under the auspices of the United Nations, on developments "
        + "in the field of information and telecommunications in the context of international security,";

    [Fact]
    public void SameText_IsOne() =>
        Assert.Equal(1.0, ParagraphSimilarity.Of(InvitesIn77, InvitesIn77));

    [Fact]
    public void CaseAndPunctuation_AreIgnored() =>
        Assert.Equal(1.0, ParagraphSimilarity.Of("Calls upon States, to act.", "calls upon States to act"));

    [Fact]
    public void GrownParagraph_IsTheShareOfTheShorterKeptInOrder()
    {
        var similarity = ParagraphSimilarity.Of(InvitesIn77, InvitesIn78);

        // 27 of the 28 words of 77/36 op6 are kept: only its number, 6, is not.
        Assert.Equal(27.0 / 28, similarity, 6);
        Assert.Equal(similarity, ParagraphSimilarity.Of(InvitesIn78, InvitesIn77), 6);
    }

    [Fact]
    public void DifferentParagraphs_SharingVocabulary_AreZero() =>
        Assert.Equal(0.0, ParagraphSimilarity.Of(DecidesIn77, CommemoratingIn78));

    [Fact]
    public void SameWords_InAnotherOrder_AreNotTheSameParagraph() =>
        Assert.Equal(0.0, ParagraphSimilarity.Of("one two three four five six seven eight nine ten", "ten nine eight seven six five four three two one"));

    [Theory]
    [InlineData("a b c d e f g h i j", "a b c d e f g x y z", 0.7)]
    [InlineData("a b c d e f g h i j", "a b c d e f x y z w", 0.0)]
    public void Threshold_IsSevenWordsInTen(string first, string second, double expected) =>
        Assert.Equal(expected, ParagraphSimilarity.Of(first, second), 6);

    [Fact]
    public void ParagraphMoreThanFourTimesLonger_IsAnotherParagraph()
    {
        Assert.Equal(0.0, ParagraphSimilarity.Of("Annex", "The annex to the report sets out the measures agreed."));
        Assert.Equal(1.0, ParagraphSimilarity.Of("a b", "a x b y z w v u"));
        Assert.Equal(0.0, ParagraphSimilarity.Of("a b", "a x b y z w v u t"));
    }

    [Fact]
    public void EmptyTexts_AreTheSame_AndEmptyIsNothingLikeAText()
    {
        Assert.Equal(1.0, ParagraphSimilarity.Of("", " . "));
        Assert.Equal(0.0, ParagraphSimilarity.Of("", "Recalling its resolutions,"));
    }
}
