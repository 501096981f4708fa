using NormsPortal.Data.Search.Query;

namespace NormsPortal.UnitTests.Search;

/// <summary>
/// Properties that must hold for every input: the parser never throws, stays within its caps,
/// builds only the tree shapes the contract allows, and its canonical text round-trips.
/// </summary>
public sealed class SearchQueryFuzzTests
{
    private const int Inputs = 6_000;

    [Fact]
    public void Parse_ThousandsOfHostileInputs_KeepsEveryProperty()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var input in HostileInputs.Generate(Inputs, seed: 20181205))
        {
            count++;
            try
            {
                CheckProperties(input);
            }
            catch (Exception exception) when (failures.Count < 10)
            {
                failures.Add($"{Escape(input)}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        Assert.Equal(Inputs, count);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static void CheckProperties(string input)
    {
        var query = SearchQueryParser.Parse(input);

        // Caps.
        var nodes = SearchQueryParserTests.Nodes(query.Root).ToList();
        Assert.True(nodes.Count(n => n is TermNode or PhraseNode) <= SearchQueryLimits.MaxClauses, "too many clauses");
        Assert.True(query.Lookups.Count <= SearchQueryLimits.MaxLookups, "too many lookups");
        var filters = query.Filters;
        foreach (var values in new[] { filters.Kinds.Count, filters.Tracks.Count, filters.Sessions.Count, filters.Languages.Count, filters.Norms.Count, filters.Symbols.Count })
        {
            Assert.True(values <= SearchQueryLimits.MaxFilterValues, "too many filter values");
        }
        var words = nodes.OfType<TermNode>().Select(t => t.Word).Concat(nodes.OfType<PhraseNode>().SelectMany(p => p.Words)).ToList();
        Assert.All(nodes.OfType<PhraseNode>(), p => Assert.InRange(p.Words.Count, 2, SearchQueryLimits.MaxPhraseWords));
        Assert.All(words, word =>
        {
            Assert.InRange(word.Length, 1, SearchQueryLimits.MaxWordLength);
            Assert.DoesNotContain('"', word);
            Assert.False(word.Any(char.IsWhiteSpace), "white space in a word");
            Assert.False(word.Any(char.IsControl), "control character in a word");
            Assert.Equal(word.ToLowerInvariant(), word);
        });
        Assert.True(query.ToString().Length <= 2 * SearchQueryLimits.MaxInputLength, "canonical text too long");

        // Shapes.
        Assert.IsNotType<NotNode>(query.Root);
        foreach (var node in nodes)
        {
            switch (node)
            {
                case AndNode and:
                    Assert.True(and.Children.Count >= 2, "AND of fewer than two");
                    Assert.DoesNotContain(and.Children, c => c is AndNode);
                    Assert.Contains(and.Children, c => c is not NotNode);
                    break;
                case OrNode or:
                    Assert.True(or.Children.Count >= 2, "OR of fewer than two");
                    Assert.All(or.Children, c => Assert.True(c is TermNode or PhraseNode, "OR of " + c.GetType().Name));
                    break;
                case NotNode not:
                    Assert.True(not.Child is TermNode or PhraseNode, "NOT of " + not.Child.GetType().Name);
                    Assert.True(query.Root is AndNode top && top.Children.Contains(not), "NOT outside the top AND");
                    break;
            }
        }
        Assert.Equal(query.IsEmpty, query.Root is null && query.Lookups.Count == 0 && filters.IsEmpty);

        // Round trip: the canonical text parses to an equal query, and is its own canonical text.
        var canonical = query.ToString();
        var again = SearchQueryParser.Parse(canonical);
        Assert.Equal(query, again);
        Assert.Equal(canonical, again.ToString());

        // Determinism.
        Assert.Equal(query.Warnings, SearchQueryParser.Parse(input).Warnings);
    }

    private static string Escape(string input) =>
        string.Concat(input.Take(120).Select(c => c is < ' ' or > '~' ? $"\\u{(int)c:x4}" : c.ToString()));
}
