using NormsPortal.Data.Postgres.Search;
using NormsPortal.Data.Search.Index;
using NormsPortal.Data.Search.Store;
using NormsPortal.Data.Sqlite.Search;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.DatabaseTests.Search;

/// <summary>The provider syntax of a match, and snippets: pure functions, no database.</summary>
public sealed class SearchRenderingTests
{
    private static readonly MatchNode s_query = new MatchAllBut(
        [new MatchTerm("critic", IsPrefix: false), new MatchAny([new MatchPhrase(["knowingli", "support"]), new MatchTerm("infra", IsPrefix: true)])],
        [new MatchTerm("suppli", IsPrefix: false)]);

    [Fact]
    public void Fts5_QuotesEveryTermAndGroupsEveryOperator() =>
        Assert.Equal(
            "((\"critic\" AND (\"knowingli support\" OR \"infra\"*)) NOT (\"suppli\"))",
            SqliteSearchDialect.Instance.RenderMatch(s_query));

    [Fact]
    public void Tsquery_QuotesEveryTermAndGroupsEveryOperator() =>
        Assert.Equal(
            "(('critic' & (('knowingli' <-> 'support') | 'infra':*)) & !'suppli')",
            PostgresSearchDialect.Instance.RenderMatch(s_query));

    [Fact]
    public void Tsquery_PhraseAlternatives_WriteTheirSharedWordsOnce() =>
        Assert.Equal(
            "('small' <-> ('island' <-> ('developing' <-> ('states' | 'stat') | 'develop' <-> 'state')) | 'smal' <-> 'island' <-> 'developing' <-> 'stat')",
            PostgresSearchDialect.Instance.RenderMatch(new MatchAny(
            [
                new MatchPhrase(["small", "island", "developing", "states"]), new MatchPhrase(["small", "island", "develop", "state"]),
                new MatchPhrase(["smal", "island", "developing", "stat"]), new MatchPhrase(["small", "island", "developing", "stat"]),
            ])));

    [Fact]
    public void Tsquery_PhraseAlternatives_WithTheSameRemainder_ShareIt() =>
        Assert.Equal(
            "(('sustainable' | 'sustainabl') <-> 'development' | 'sustain' <-> 'develop')",
            PostgresSearchDialect.Instance.RenderMatch(new MatchAny(
                [new MatchPhrase(["sustainable", "development"]), new MatchPhrase(["sustain", "develop"]), new MatchPhrase(["sustainabl", "development"])])));

    [Fact]
    public void Tsquery_PhraseAlternativesOfDifferentLengths_AreWrittenOut() =>
        Assert.Equal(
            "(('rule' <-> 'of' <-> 'law') | ('rule' <-> 'law'))",
            PostgresSearchDialect.Instance.RenderMatch(new MatchAny([new MatchPhrase(["rule", "of", "law"]), new MatchPhrase(["rule", "law"])])));

    [Fact]
    public void QuotesInATerm_StayInsideTheQuotes()
    {
        var term = new MatchTerm("a\"b'c\\d", IsPrefix: false);

        Assert.Equal("\"a\"\"b'c\\d\"", SqliteSearchDialect.Instance.RenderMatch(term));
        Assert.Equal("'a\"b''c\\\\d'", PostgresSearchDialect.Instance.RenderMatch(term));
    }

    [Fact]
    public void Snippet_EncodesTheTextFirstAndMarksTheMatchesAfter()
    {
        var highlight = Highlight("critical infrastructure");

        var snippet = new SnippetBuilder(SearchIndexer.Analyzer).Build("<b>Critical</b> infrastructure & \"critical\" services", "en", highlight);

        Assert.Equal("&lt;b&gt;<mark>Critical</mark>&lt;/b&gt; <mark>infrastructure</mark> &amp; &quot;<mark>critical</mark>&quot; services", snippet);
    }

    [Fact]
    public void Snippet_OfALongText_IsAWindowAroundTheFirstMatchCutAtSpaces()
    {
        var text = string.Concat(Enumerable.Repeat("word ", 200)) + "critical infrastructure " + string.Concat(Enumerable.Repeat("more ", 200));

        var snippet = new SnippetBuilder(SearchIndexer.Analyzer).Build(text, "en", Highlight("critical"));

        Assert.StartsWith("… word", snippet, StringComparison.Ordinal);
        Assert.EndsWith("more …", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>critical</mark> infrastructure", snippet, StringComparison.Ordinal);
        Assert.True(snippet.Length < SnippetBuilder.MaxLength + 40);
    }

    [Fact]
    public void Snippet_OfALongText_MarksAMatchAtTheWindowsLastWord()
    {
        // The window runs from the first match to the space before character 320: "critical" at 309–317 is its last word.
        var text = "critical " + string.Concat(Enumerable.Repeat("word ", 60)) + "critical " + string.Concat(Enumerable.Repeat("critical ", 100));

        var snippet = new SnippetBuilder(SearchIndexer.Analyzer).Build(text, "en", Highlight("critical"));

        Assert.StartsWith("<mark>critical</mark> word", snippet, StringComparison.Ordinal);
        Assert.EndsWith("word <mark>critical</mark> …", snippet, StringComparison.Ordinal);
    }

    private static HighlightTerms Highlight(string query) =>
        new SearchMatchCompiler(SearchIndexer.Analyzer).Compile(Data.Search.Query.SearchQueryParser.Parse(query).Root, ["en"])!.Highlight;
}
