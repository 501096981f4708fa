namespace NormsPortal.Data.Reuse;

/// <summary>
/// What the reuse index holds about a passage's five-grams: how many paragraphs hold each
/// (<see cref="DocumentFrequency"/>; absent when none), and for every candidate paragraph (by its search
/// entry id) which of them it holds. Every paragraph that could be a reuse of a group
/// (<see cref="ReuseScore.IsReuse"/>) is a candidate; others may be too.
/// </summary>
public sealed record ReuseEvidence(
    IReadOnlyDictionary<long, int> DocumentFrequency,
    IReadOnlyDictionary<long, IReadOnlySet<long>> HeldByEntry)
{
    /// <summary>The paragraphs that reuse <paramref name="passage"/> (its distinct five-grams), with their scores.</summary>
    public IEnumerable<(long EntryId, ReuseScore Score)> ReusesOf(IReadOnlyCollection<long> passage) =>
        HeldByEntry
            .Select(e => (EntryId: e.Key, Score: ReuseScore.Of(passage, e.Value, DocumentFrequency)))
            .Where(e => e.Score.IsReuse);
}
