using NormsPortal.Data.Search.Query;

namespace NormsPortal.UnitTests.Search;

public sealed class SearchQueryParserTests
{
    private static TermNode T(string word, bool prefix = false) => new(word, prefix);

    private static PhraseNode P(params string[] words) => new(words);

    private static AndNode And(params SearchNode[] children) => new(children);

    private static OrNode Or(params SearchNode[] children) => new(children);

    private static NotNode Not(SearchNode child) => new(child);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n ")]
    public void Parse_NothingTyped_IsEmptyWithoutWarnings(string? input)
    {
        var query = SearchQueryParser.Parse(input);

        Assert.True(query.IsEmpty);
        Assert.Null(query.Root);
        Assert.Empty(query.Warnings);
    }

    [Fact]
    public void Parse_Words_AreAllRequiredLowerCasedInOrder()
    {
        var query = SearchQueryParser.Parse("Critical  INFRASTRUCTURE");

        Assert.Equal(And(T("critical"), T("infrastructure")), query.Root);
        Assert.False(query.IsEmpty);
    }

    [Fact]
    public void Parse_SingleWord_IsTheRoot()
    {
        Assert.Equal(T("sovereignty"), SearchQueryParser.Parse("Sovereignty").Root);
    }

    [Fact]
    public void Parse_QuotedPhrase_KeepsItsWordsInOrder()
    {
        var query = SearchQueryParser.Parse("\"Knowingly support\" states");

        Assert.Equal(And(P("knowingly", "support"), T("states")), query.Root);
    }

    [Fact]
    public void Parse_TypographicQuotes_ArePhrases()
    {
        Assert.Equal(P("knowingly", "support"), SearchQueryParser.Parse("\u201Cknowingly support\u201D").Root);
    }

    [Fact]
    public void Parse_QuotedSingleWord_IsATerm()
    {
        Assert.Equal(T("cyber"), SearchQueryParser.Parse("\"cyber\"").Root);
    }

    [Fact]
    public void Parse_ExcludedWordAndPhrase_AreNotNodesBesideThePositiveOnes()
    {
        var query = SearchQueryParser.Parse("security -council -\"human rights\"");

        Assert.Equal(And(T("security"), Not(T("council")), Not(P("human", "rights"))), query.Root);
    }

    [Fact]
    public void Parse_OnlyExclusions_HasNoRootAndSaysWhy()
    {
        var query = SearchQueryParser.Parse("-council -assembly");

        Assert.Null(query.Root);
        Assert.True(query.IsEmpty);
        Assert.Contains(query.Warnings, w => w.Contains("Excluded words alone", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_Or_JoinsTheNeighboursAndBindsTighterThanAnd()
    {
        var query = SearchQueryParser.Parse("ict OR \"information technology\" OR cyber norms");

        Assert.Equal(And(Or(T("ict"), P("information", "technology"), T("cyber")), T("norms")), query.Root);
    }

    [Fact]
    public void Parse_LowerCaseOr_IsAWord()
    {
        Assert.Equal(And(T("peace"), T("or"), T("war")), SearchQueryParser.Parse("peace or war").Root);
    }

    [Theory]
    [InlineData("OR")]
    [InlineData("OR peace")]
    [InlineData("peace OR")]
    [InlineData("peace OR -war")]
    [InlineData("peace OR kind:report")]
    public void Parse_LoneOr_IsIgnoredWithAWarning(string input)
    {
        var query = SearchQueryParser.Parse(input);

        Assert.DoesNotContain(Nodes(query.Root), node => node is OrNode);
        Assert.Contains(query.Warnings, w => w.StartsWith("OR must stand", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_OrAcrossAFilter_IsIgnoredWithAWarning()
    {
        var query = SearchQueryParser.Parse("peace OR kind:report war");

        Assert.Equal(And(T("peace"), T("war")), query.Root);
        Assert.Contains(query.Warnings, w => w.StartsWith("OR must stand", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("cyber AND security", "cyber security")]
    [InlineData("ict OR cyber AND norms", "ict OR cyber norms")]
    [InlineData("\"critical infrastructure\" AND secur*", "\"critical infrastructure\" secur*")]
    public void Parse_And_IsTheDefaultConjunction(string input, string same)
    {
        var query = SearchQueryParser.Parse(input);

        Assert.Equal(SearchQueryParser.Parse(same), query);
        Assert.Empty(query.Warnings);
    }

    [Fact]
    public void Parse_LowerCaseOrQuotedAnd_IsAWord()
    {
        Assert.Equal(And(T("peace"), T("and"), T("war")), SearchQueryParser.Parse("peace and war").Root);
        Assert.Equal(And(T("peace"), T("and"), T("war")), SearchQueryParser.Parse("peace \"AND\" war").Root);
    }

    [Theory]
    [InlineData("AND", null)]
    [InlineData("AND peace", "peace")]
    [InlineData("peace AND", "peace")]
    [InlineData("peace AND -war", "peace -war")]
    [InlineData("-war AND peace", "-war peace")]
    [InlineData("peace AND kind:report", "peace kind:report")]
    [InlineData("kind:report AND peace", "peace kind:report")]
    [InlineData("peace AND AND war", "peace war")]
    [InlineData("peace AND OR war", "peace war")]
    [InlineData("peace OR AND war", "peace OR war")]
    public void Parse_AndNotBetweenWords_IsIgnoredWithAWarning(string input, string? same)
    {
        var query = SearchQueryParser.Parse(input);

        Assert.Equal(same is null ? null : SearchQueryParser.Parse(same).Root, query.Root);
        Assert.Contains(query.Warnings, w => w.StartsWith("AND must stand", StringComparison.Ordinal) || w.StartsWith("OR must stand", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ExcludedAnd_IsTheExcludedWordAnd()
    {
        Assert.Equal(And(T("peace"), new NotNode(T("and"))), SearchQueryParser.Parse("peace -AND").Root);
    }

    [Fact]
    public void Parse_DoubledOr_JoinsTheWordsAndWarns()
    {
        var query = SearchQueryParser.Parse("peace OR OR war");

        Assert.Equal(Or(T("peace"), T("war")), query.Root);
        Assert.Contains(query.Warnings, w => w.StartsWith("OR must stand", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_StarInsideOrBeforePunctuation_IsPunctuationOrAPrefix()
    {
        var query = SearchQueryParser.Parse("x*y secur*, (a/70/174*)");

        Assert.Equal(And(T("x*y"), T("secur", prefix: true)), query.Root);
        Assert.Equal(["A/70/174"], query.Lookups);
    }

    [Fact]
    public void Parse_DuplicateAlternatives_CollapseInAnOr()
    {
        Assert.Equal(T("cyber"), SearchQueryParser.Parse("cyber OR cyber").Root);
    }

    [Fact]
    public void Parse_TrailingStar_IsAPrefix()
    {
        Assert.Equal(And(T("secur", prefix: true), T("state")), SearchQueryParser.Parse("secur* state").Root);
    }

    [Fact]
    public void Parse_OneLetterPrefix_IsSearchedAsAWord()
    {
        var query = SearchQueryParser.Parse("a*");

        Assert.Equal(T("a"), query.Root);
        Assert.Contains(query.Warnings, w => w.StartsWith("A prefix search needs", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_PunctuationAroundWords_IsTrimmedButInnerPunctuationStays()
    {
        var query = SearchQueryParser.Parse("(State's) cyber-security, e.g.");

        Assert.Equal(And(T("state's"), T("cyber-security"), T("e.g")), query.Root);
    }

    [Fact]
    public void Parse_Filters_AreReadIntoTheirLists()
    {
        var query = SearchQueryParser.Parse(
            "norms kind:ga-resolution kind:Report track:developments year:2015..2018 session:73 session:70 lang:fr norm:1.6 symbol:a/res/73/27");

        Assert.Equal(T("norms"), query.Root);
        var filters = query.Filters;
        Assert.Equal(["ga-resolution", "report"], filters.Kinds);
        Assert.Equal(["developments"], filters.Tracks);
        Assert.Equal(2015, filters.YearFrom);
        Assert.Equal(2018, filters.YearTo);
        Assert.Equal([73, 70], filters.Sessions);
        Assert.Equal(["fr"], filters.Languages);
        Assert.Equal(["1.6"], filters.Norms);
        Assert.Equal(["A/RES/73/27"], filters.Symbols);
        Assert.Empty(query.Warnings);
    }

    [Fact]
    public void Parse_FilterValueList_IsSplitOnCommas()
    {
        Assert.Equal(["report", "ga-resolution"], SearchQueryParser.Parse("kind:report,ga-resolution").Filters.Kinds);
    }

    [Fact]
    public void Parse_SingleYear_IsAOneYearRange_AndReversedRangesAreTurnedWithAWarning()
    {
        var single = SearchQueryParser.Parse("year:2013");
        var reversed = SearchQueryParser.Parse("year:2018..2015");

        Assert.Equal((2013, 2013), (single.Filters.YearFrom, single.Filters.YearTo));
        Assert.Empty(single.Warnings);
        Assert.Equal((2015, 2018), (reversed.Filters.YearFrom, reversed.Filters.YearTo));
        Assert.Equal("\u201Cyear:2018..2015\u201D was read as year:2015..2018.", Assert.Single(reversed.Warnings));
    }

    [Theory]
    [InlineData("year:2020..", 2020, null)]
    [InlineData("year:..2015", null, 2015)]
    public void Parse_OpenYearRange_HasOneBound(string input, int? from, int? to)
    {
        var query = SearchQueryParser.Parse(input);

        Assert.Equal((from, to), (query.Filters.YearFrom, query.Filters.YearTo));
        Assert.Empty(query.Warnings);
    }

    [Fact]
    public void Format_OpenYearRange_RoundTrips()
    {
        Assert.Equal("cyber year:2020..", SearchQueryParser.Parse("year:2020.. cyber").ToString());
        Assert.Equal("year:..2015", SearchQueryParser.Parse("year:..2015").ToString());
    }

    [Fact]
    public void Parse_TwoYearFilters_KeepsTheLastAndSaysSo()
    {
        var query = SearchQueryParser.Parse("year:2013 year:2015..2016");

        Assert.Equal((2015, 2016), (query.Filters.YearFrom, query.Filters.YearTo));
        Assert.Contains(query.Warnings, w => w.StartsWith("Only one year filter", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_FilterOnly_IsNotEmpty()
    {
        var query = SearchQueryParser.Parse("kind:report");

        Assert.Null(query.Root);
        Assert.False(query.IsEmpty);
    }

    [Fact]
    public void Parse_QuotedFilterValue_MayHoldSpaces()
    {
        Assert.Equal(["A/RES/43/78 H"], SearchQueryParser.Parse("symbol:\"A/RES/43/78 H\"").Filters.Symbols);
    }

    [Theory]
    [InlineData("year:20x5", "year:20x5")]
    [InlineData("year:1800", "year:1800")]
    [InlineData("year:1800..", "year:1800..")]
    [InlineData("year:..3000", "year:..3000")]
    [InlineData("session:abc", "session:abc")]
    [InlineData("session:0", "session:0")]
    [InlineData("lang:de", "lang:de")]
    [InlineData("norm:x", "norm:x")]
    [InlineData("symbol:nonsense", "symbol:nonsense")]
    [InlineData("kind:<script>", "kind:<script")]
    public void Parse_InvalidFilterValue_IsIgnoredWithAWarningNamingIt(string input, string named)
    {
        var query = SearchQueryParser.Parse(input);

        Assert.True(query.Filters.IsEmpty);
        Assert.Contains(query.Warnings, w => w.Contains(named, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("col:value", "col:value")]
    [InlineData("title:cyber", "title:cyber")]
    [InlineData("kind:", "kind")]
    public void Parse_UnknownOrEmptyFilter_IsAWord(string input, string word)
    {
        var query = SearchQueryParser.Parse(input);

        Assert.Equal(T(word), query.Root);
        Assert.True(query.Filters.IsEmpty);
    }

    [Fact]
    public void Parse_ExcludedFilter_IsIgnoredWithAWarning()
    {
        var query = SearchQueryParser.Parse("cyber -kind:report");

        Assert.True(query.Filters.IsEmpty);
        Assert.Contains(query.Warnings, w => w.StartsWith("Filters cannot be excluded", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1.6", "1.6")]
    [InlineData("1.13", "1.13")]
    [InlineData("A/70/174", "A/70/174")]
    [InlineData("a/res/73/27", "A/RES/73/27")]
    [InlineData("70/237", "70/237")]
    [InlineData("A/C.1/73/L.27/Rev.1", "A/C.1/73/L.27/Rev.1")]
    [InlineData("\"A/C.1/73/L.27/Rev.1\"", "A/C.1/73/L.27/Rev.1")]
    [InlineData("\"A/RES/43/78 H\"", "A/RES/43/78 H")]
    [InlineData("(A/HRC/RES/20/8),", "A/HRC/RES/20/8")]
    [InlineData("a/res/43/78h", "A/RES/43/78 H")]
    [InlineData("a/c.1/73/l.27/rev.1", "A/C.1/73/L.27/Rev.1")]
    [InlineData("\" a / res / 73 / 27 \"", "A/RES/73/27")]
    [InlineData("A%2FRES%2F73%2F27", "A/RES/73/27")]
    public void Parse_NormNumbersAndSymbols_AreLookupsNotText(string input, string lookup)
    {
        var query = SearchQueryParser.Parse(input);

        Assert.Equal([lookup], query.Lookups);
        Assert.Null(query.Root);
        Assert.False(query.IsEmpty);
    }

    [Fact]
    public void Parse_LookupsBesideWords_KeepBoth()
    {
        var query = SearchQueryParser.Parse("critical infrastructure 1.6 70/174");

        Assert.Equal(And(T("critical"), T("infrastructure")), query.Root);
        Assert.Equal(["1.6", "70/174"], query.Lookups);
    }

    [Theory]
    [InlineData("and/or")]
    [InlineData("TCP/IP")]
    public void Parse_SlashedWordsWithoutNumbers_AreWords(string input)
    {
        var query = SearchQueryParser.Parse(input);

        Assert.Empty(query.Lookups);
        Assert.NotNull(query.Root);
    }

    [Fact]
    public void Parse_UnbalancedQuote_IsClosedAtTheEnd()
    {
        var query = SearchQueryParser.Parse("cyber \"knowingly support");

        Assert.Equal(And(T("cyber"), P("knowingly", "support")), query.Root);
        Assert.Contains("An unbalanced quote was closed at the end of the query.", query.Warnings);
    }

    [Theory]
    [InlineData("' OR 1=1 --")]
    [InlineData("NEAR(")]
    [InlineData("*:*")]
    [InlineData("&|!")]
    [InlineData("col:")]
    [InlineData("\"")]
    [InlineData("-")]
    [InlineData("*")]
    [InlineData("\"\"")]
    [InlineData("'; DROP TABLE Works; --")]
    [InlineData("a AND NOT b")]
    [InlineData("{\"$where\": 1}")]
    [InlineData("\0\u0001\u001f\u007f")]
    [InlineData("\ud800 lone surrogate \udc00")]
    public void Parse_HostileInput_GivesWordsOrNothingAndNeverSyntax(string input)
    {
        var query = SearchQueryParser.Parse(input);

        foreach (var word in Nodes(query.Root).OfType<TermNode>().Select(t => t.Word)
                     .Concat(Nodes(query.Root).OfType<PhraseNode>().SelectMany(p => p.Words)))
        {
            Assert.True(char.IsLetterOrDigit(word[0]), word);
            Assert.True(char.IsLetterOrDigit(word[^1]) || char.IsSurrogate(word[^1]), word);
        }
        Assert.Equal(query, SearchQueryParser.Parse(query.ToString()));
    }

    [Fact]
    public void Parse_SqlInjection_KeepsOnlyItsWords()
    {
        var query = SearchQueryParser.Parse("' OR 1=1 --");

        Assert.Equal(T("1=1"), query.Root);
        Assert.Contains(query.Warnings, w => w.StartsWith("OR must stand", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_NearSyntax_IsTheWordNear()
    {
        Assert.Equal(T("near"), SearchQueryParser.Parse("NEAR(").Root);
    }

    [Fact]
    public void Parse_PunctuationOnly_IsEmptyAndSaysWhatWasIgnored()
    {
        var query = SearchQueryParser.Parse("&|! *:*");

        Assert.True(query.IsEmpty);
        Assert.Contains(query.Warnings, w => w.StartsWith("Ignored what is not a word", StringComparison.Ordinal) && w.Contains("&|!", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ControlCharacters_SeparateWords()
    {
        Assert.Equal(And(T("cyber"), T("norms")), SearchQueryParser.Parse("cyber\u0000norms").Root);
    }

    [Fact]
    public void Parse_InvisibleFormatCharacters_AreRemoved()
    {
        Assert.Equal(T("cybernorms"), SearchQueryParser.Parse("cyber\u200Bnorms").Root);
    }

    [Fact]
    public void Parse_FullWidthLetters_AreNfkcNormalised()
    {
        Assert.Equal(T("cyber"), SearchQueryParser.Parse("\uFF23\uFF59\uFF42\uFF45\uFF52").Root);
    }

    [Fact]
    public void Parse_ChineseAndArabic_AreWords()
    {
        Assert.Equal(And(T("安全"), T("الأمن")), SearchQueryParser.Parse("安全 الأمن").Root);
    }

    [Fact]
    public void Parse_TenKilobytes_IsCappedAndSaysSo()
    {
        var input = string.Join(' ', Enumerable.Repeat("security", 1_250));

        var query = SearchQueryParser.Parse(input);

        Assert.Contains(query.Warnings, w => w.StartsWith("The query was shortened", StringComparison.Ordinal));
        Assert.True(Nodes(query.Root).Count(n => n is TermNode) <= SearchQueryLimits.MaxClauses);
    }

    [Fact]
    public void Parse_ManyWords_KeepsTheFirst32()
    {
        var input = string.Join(' ', Enumerable.Range(1, 40).Select(i => "w" + i));

        var query = SearchQueryParser.Parse(input);

        var and = Assert.IsType<AndNode>(query.Root);
        Assert.Equal(SearchQueryLimits.MaxClauses, and.Children.Count);
        Assert.Equal(T("w32"), and.Children[^1]);
        Assert.Contains(query.Warnings, w => w.StartsWith("Only the first 32 words", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_LongWord_IsCutTo64Characters()
    {
        var query = SearchQueryParser.Parse(new string('x', 200));

        Assert.Equal(T(new string('x', 64)), query.Root);
        Assert.Contains(query.Warnings, w => w.StartsWith("Long words were shortened", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_LongPhrase_IsCutTo32Words()
    {
        var input = "\"" + string.Join(' ', Enumerable.Range(1, 40).Select(i => "w" + i)) + "\"";

        var phrase = Assert.IsType<PhraseNode>(SearchQueryParser.Parse(input).Root);

        Assert.Equal(SearchQueryLimits.MaxPhraseWords, phrase.Words.Count);
    }

    [Fact]
    public void Parse_IsDeterministic()
    {
        const string input = "ict OR cyber -\"human rights\" secur* kind:report year:2015..2018 1.6";

        var first = SearchQueryParser.Parse(input);
        var second = SearchQueryParser.Parse(input);

        Assert.Equal(first, second);
        Assert.Equal(first.ToString(), second.ToString());
        Assert.Equal(first.Warnings, second.Warnings);
    }

    [Theory]
    [InlineData("critical infrastructure", "critical infrastructure")]
    [InlineData("  \"Knowingly   support\"  ", "\"knowingly support\"")]
    [InlineData("ict OR cyber -council secur*", "ict OR cyber -council secur*")]
    [InlineData("lang:FR 1.6 Kind:Report norms year:2018..2015", "norms 1.6 kind:report year:2015..2018 lang:fr")]
    [InlineData("symbol:\"A/RES/43/78 H\"", "symbol:\"A/RES/43/78 H\"")]
    [InlineData("\"A/RES/43/78 H\"", "\"A/RES/43/78 H\"")]
    [InlineData("\"kind:report\"", "\"kind:report\"")]
    [InlineData("-\"kind:report\" cyber", "-\"kind:report\" cyber")]
    [InlineData("year:2013", "year:2013")]
    [InlineData("Year:2020..", "year:2020..")]
    [InlineData("year:..2015", "year:..2015")]
    public void Format_GivesTheCanonicalText(string input, string canonical)
    {
        var query = SearchQueryParser.Parse(input);

        Assert.Equal(canonical, query.ToString());
        Assert.Equal(query, SearchQueryParser.Parse(canonical));
    }

    [Fact]
    public void WithoutFilter_RemovesOneFilterValueAndKeepsTheRest()
    {
        const string query = "ict OR cyber 1.6 kind:report kind:ga-resolution year:..2015 symbol:\"A/RES/43/78 H\"";

        Assert.Equal(["kind:report", "kind:ga-resolution", "year:..2015", "symbol:\"A/RES/43/78 H\""], SearchQueryFormatter.Filters(SearchQueryParser.Parse(query).Filters));
        Assert.Equal("ict OR cyber 1.6 kind:ga-resolution year:..2015 symbol:\"A/RES/43/78 H\"", SearchQueryFormatter.WithoutFilter(query, "kind:report"));
        Assert.Equal("ict OR cyber 1.6 kind:report kind:ga-resolution year:..2015", SearchQueryFormatter.WithoutFilter(query, "symbol:\"A/RES/43/78 H\""));
        Assert.Equal("", SearchQueryFormatter.WithoutFilter("year:2019", "year:2019"));
    }

    [Fact]
    public void WithFilter_AddsAFilterOnceAndKeepsTheRest()
    {
        var once = SearchQueryFormatter.WithFilter("cyber 1.6", "kind:report");
        var twice = SearchQueryFormatter.WithFilter(once, "kind:report");

        Assert.Equal("cyber 1.6 kind:report", once);
        Assert.Equal(once, twice);
    }

    [Fact]
    public void Equality_IgnoresWarnings_AndComparesListsByValue()
    {
        var typed = SearchQueryParser.Parse("\"knowingly support");
        var canonical = SearchQueryParser.Parse("\"knowingly support\"");

        Assert.NotEmpty(typed.Warnings);
        Assert.Empty(canonical.Warnings);
        Assert.Equal(typed, canonical);
        Assert.Equal(typed.GetHashCode(), canonical.GetHashCode());
    }

    internal static IEnumerable<SearchNode> Nodes(SearchNode? node)
    {
        if (node is null)
        {
            yield break;
        }
        yield return node;
        var children = node switch
        {
            AndNode and => and.Children,
            OrNode or => or.Children,
            NotNode not => [not.Child],
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Nodes))
        {
            yield return descendant;
        }
    }
}
