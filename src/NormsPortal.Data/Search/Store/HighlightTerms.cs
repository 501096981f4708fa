namespace NormsPortal.Data.Search.Store;

/// <summary>
/// The index terms a query looks for (not those it excludes): a paragraph's analysed term is
/// highlighted when it is one of them or begins with one of the prefixes.
/// </summary>
public sealed class HighlightTerms
{
    private readonly HashSet<string> _terms = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];

    public bool IsEmpty => _terms.Count == 0 && _prefixes.Count == 0;

    public bool Matches(string term) =>
        _terms.Contains(term) || _prefixes.Exists(p => term.StartsWith(p, StringComparison.Ordinal));

    internal void Add(IEnumerable<MatchNode> alternatives)
    {
        foreach (var alternative in alternatives)
        {
            switch (alternative)
            {
                case MatchTerm { IsPrefix: true } prefix:
                    _prefixes.Add(prefix.Term);
                    break;
                case MatchTerm term:
                    _terms.Add(term.Term);
                    break;
                case MatchPhrase phrase:
                    _terms.UnionWith(phrase.Terms);
                    break;
            }
        }
    }
}
