namespace NormsPortal.Data.Search.Store;

/// <summary>
/// What differs between the providers in a search statement; everything else in
/// <see cref="SearchSql"/> is the same SQL on both. Implemented by each provider project.
/// </summary>
public interface ISearchSqlDialect
{
    /// <summary>
    /// A <c>SELECT</c> of <c>"EntryId"</c> for every index entry that matches the rendered expression
    /// in the parameter named <paramref name="matchParameter"/>, without ranking.
    /// </summary>
    string MatchedEntries(string matchParameter);

    /// <summary>
    /// Whether the statement keeps the matched entries (<c>"m"</c>, materialised once for its several readers) or has
    /// each reader match again: true where matching is the dear part, false where the full-text index returns its
    /// matches faster than the database writes them to a temporary table and reads them back.
    /// </summary>
    bool KeepsMatchedEntries { get; }

    /// <summary>
    /// A <c>SELECT</c> of <c>"EntryId"</c> and <c>"Score"</c> (the provider's ranking function, higher
    /// is better) for the matching entries whose ids the subquery <paramref name="candidates"/> returns.
    /// When <paramref name="candidateWorks"/> is not null, nothing but the match narrows the matched entries,
    /// and the candidates are exactly the matching entries of the works that subquery returns: a provider
    /// may test an entry's work (its id shifted right by <c>SearchEntryKey.WorkShift</c>) instead of reading the candidates.
    /// </summary>
    string ScoredEntries(string matchParameter, string candidates, string? candidateWorks);

    /// <summary>
    /// A condition that holds when the entry whose id is the SQL <paramref name="entryId"/> matches,
    /// for a handful of entries found by other means (the norms' paragraphs). <paramref name="candidateWorks"/>
    /// is a subquery of the ids (<c>"WorkId"</c>) of the few works those entries are in; a provider may match
    /// within those works' entries or test the entry itself.
    /// </summary>
    string IsMatched(string entryId, string matchParameter, string candidateWorks);

    /// <summary>The value of the match parameter: the node in the provider's full-text syntax, every term quoted.</summary>
    string RenderMatch(MatchNode node);

    /// <summary>An integer expression for the year of a <c>DateOnly</c> column.</summary>
    string YearOf(string dateColumn);
}
