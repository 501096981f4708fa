using NormsPortal.Data.Search.Analysis;
using NormsPortal.Data.Search.Index;

namespace NormsPortal.UnitTests.Search;

public sealed class SearchEntryKeyTests
{
    [Fact]
    public void Languages_CoverEveryLanguageTheAnalyzerIndexes()
    {
        Assert.Equal(SearchTextAnalyzer.SupportedLanguages.Order(), SearchEntryKey.Languages.Order());
        Assert.True(SearchEntryKey.Languages.Count <= SearchEntryKey.LanguageMask + 1, "Every language index must fit in the language bits.");
    }

    [Theory]
    [InlineData(1, "ar", 0L)]
    [InlineData(1, "es", 17L)]
    [InlineData(1655, "zh", 123_456L)]
    [InlineData(int.MaxValue, "fr", SearchEntryKey.SequencesPerText - 1)]
    public void For_PacksWorkLanguageAndSequence_ThatComeBackOut(int workId, string language, long sequence)
    {
        var id = SearchEntryKey.For(workId, language, sequence);

        Assert.True(id > 0);
        Assert.Equal(workId, SearchEntryKey.WorkIdOf(id));
        Assert.Equal(language, SearchEntryKey.LanguageOf(id));
        Assert.Equal(sequence, SearchEntryKey.SequenceOf(id));
        Assert.Equal(workId, id >> SearchEntryKey.WorkShift);
        Assert.Equal(SearchEntryKey.LanguageIndex(language), (id >> SearchEntryKey.TextShift) & SearchEntryKey.LanguageMask);
    }

    [Fact]
    public void TextsOfOneWork_AreContiguousRanges_InLanguageOrder_BeforeTheNextWork()
    {
        var previousLast = 0L;
        foreach (var workId in new[] { 1, 2 })
        {
            foreach (var language in SearchEntryKey.Languages)
            {
                var first = SearchEntryKey.FirstOf(workId, language);
                var last = SearchEntryKey.For(workId, language, SearchEntryKey.SequencesPerText - 1);

                Assert.True(first > previousLast, $"{workId}/{language} starts after the text before it.");
                Assert.Equal(first / SearchEntryKey.SequencesPerText, last / SearchEntryKey.SequencesPerText);
                previousLast = last;
            }
        }
    }

    [Theory]
    [InlineData(0, "en", 0L)]
    [InlineData(-3, "en", 0L)]
    [InlineData(1, "en", -1L)]
    [InlineData(1, "en", SearchEntryKey.SequencesPerText)]
    public void For_RefusesIdsOutsideItsRanges(int workId, string language, long sequence)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SearchEntryKey.For(workId, language, sequence));
    }

    [Theory]
    [InlineData("de")]
    [InlineData("EN")]
    [InlineData("")]
    public void LanguageIndex_RefusesALanguageTheIndexDoesNotHold(string language)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SearchEntryKey.LanguageIndex(language));
    }
}
