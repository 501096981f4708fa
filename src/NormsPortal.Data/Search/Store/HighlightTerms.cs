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

    /// <summary>Asked of every term of every paragraph a snippet is made of: a loop, not a lambda that captures <paramref name="term"/> on every call.</summary>
    public bool Matches(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (_terms.Contains(term))
        {
            return true;
        }

        foreach (var prefix in _prefixes)
        {
            if (term.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

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
