using NormsPortal.Data.Search.Analysis;
using NormsPortal.Data.Search.Query;

namespace NormsPortal.Data.Search.Store;

/// <summary>
/// Turns the parsed query's words into index terms. A word is analysed in every language searched
/// (all six, or those of <c>lang:</c>) and the analyses are OR-ed, so a French word finds French
/// text through French stemming and 安全 finds Chinese text through SmartCn's segmentation, while
/// the databases only ever compare terms. Nodes whose words give no term drop out; an AND without
/// a positive child is nothing to search for.
/// </summary>
public sealed class SearchMatchCompiler(SearchTextAnalyzer analyzer)
{
    /// <summary>The match for <paramref name="root"/> in <paramref name="languages"/>, or null when its words give no term.</summary>
    public CompiledMatch? Compile(SearchNode? root, IReadOnlyList<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        if (root is null)
        {
            return null;
        }

        var highlight = new HighlightTerms();
        var match = Compile(root, languages, highlight, positive: true);
        return match is null ? null : new CompiledMatch(match, highlight);
    }

    private MatchNode? Compile(SearchNode node, IReadOnlyList<string> languages, HighlightTerms highlight, bool positive) => node switch
    {
        TermNode term => Term(term, languages, highlight, positive),
        PhraseNode phrase => Phrase(phrase, languages, highlight, positive),
        AndNode and => And(and, languages, highlight, positive),
        OrNode or => Any(or.Children.Select(c => Compile(c, languages, highlight, positive))),
        // The parser only puts a NOT under an AND with a positive child; anywhere else it has nothing to exclude from.
        NotNode => null,
        _ => null,
    };

    private MatchNode? And(AndNode and, IReadOnlyList<string> languages, HighlightTerms highlight, bool positive)
    {
        var include = and.Children.Where(c => c is not NotNode)
            .Select(c => Compile(c, languages, highlight, positive)).OfType<MatchNode>().ToList();
        if (include.Count == 0)
        {
            return null;
        }

        var exclude = and.Children.OfType<NotNode>()
            .Select(n => Compile(n.Child, languages, highlight, positive: false)).OfType<MatchNode>().ToList();
        var included = include.Count == 1 ? include[0] : new MatchAll(include);
        return exclude.Count == 0 ? included : new MatchAllBut(include, exclude);
    }

    private MatchNode? Term(TermNode term, IReadOnlyList<string> languages, HighlightTerms highlight, bool positive)
    {
        var alternatives = new List<MatchNode>();
        foreach (var language in languages)
        {
            var terms = analyzer.AnalyzeWord(term.Word, language);
            if (terms.Count > 0)
            {
                alternatives.Add(terms.Count == 1 ? new MatchTerm(terms[0], term.IsPrefix) : new MatchPhrase(terms));
            }
        }

        // A prefix is also looked for as typed: its stem may be shorter or longer than the words it begins.
        if (term.IsPrefix && IsTerm(term.Word))
        {
            alternatives.Add(new MatchTerm(term.Word, IsPrefix: true));
        }

        if (positive)
        {
            highlight.Add(alternatives);
        }

        return Any(alternatives);
    }

    private MatchNode? Phrase(PhraseNode phrase, IReadOnlyList<string> languages, HighlightTerms highlight, bool positive)
    {
        var alternatives = new List<MatchNode>();
        foreach (var language in languages)
        {
            var terms = phrase.Words.SelectMany(w => analyzer.AnalyzeWord(w, language)).ToList();
            if (terms.Count > 0)
            {
                alternatives.Add(terms.Count == 1 ? new MatchTerm(terms[0], IsPrefix: false) : new MatchPhrase(terms));
            }
        }

        if (positive)
        {
            highlight.Add(alternatives);
        }

        return Any(alternatives);
    }

    /// <summary>The distinct alternatives OR-ed; one alone stands for itself.</summary>
    private static MatchNode? Any(IEnumerable<MatchNode?> alternatives)
    {
        var distinct = new List<MatchNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var alternative in alternatives.OfType<MatchNode>())
        {
            if (seen.Add(Key(alternative)))
            {
                distinct.Add(alternative);
            }
        }

        return distinct.Count switch
        {
            0 => null,
            1 => distinct[0],
            _ => new MatchAny(distinct),
        };
    }

    // Records with list members compare by reference; the key compares by content.
    private static string Key(MatchNode node) => node switch
    {
        MatchTerm term => (term.IsPrefix ? "p:" : "t:") + term.Term,
        MatchPhrase phrase => "q:" + string.Join(' ', phrase.Terms),
        MatchAll all => "a:(" + string.Join(",", all.Children.Select(Key)) + ")",
        MatchAny any => "o:(" + string.Join(",", any.Children.Select(Key)) + ")",
        MatchAllBut allBut => "n:(" + string.Join(",", allBut.Include.Select(Key)) + ")-(" + string.Join(",", allBut.Exclude.Select(Key)) + ")",
        _ => node.ToString(),
    };

    /// <summary>Whether a typed word can stand as an index term: letters, numbers and marks, 1 to 64 of them.</summary>
    private static bool IsTerm(string word) =>
        word.Length is > 0 and <= 64 && word.All(c => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
            or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.LetterNumber
            or System.Globalization.UnicodeCategory.OtherNumber);
}
