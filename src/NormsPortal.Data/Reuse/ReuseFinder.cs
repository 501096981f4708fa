using Microsoft.EntityFrameworkCore;

namespace NormsPortal.Data.Reuse;

/// <summary>
/// Finds the paragraphs that may reuse a passage, in two lookups of the provider's inverted index
/// (<see cref="IReuseSqlDialect"/>), which give the same answers on both:
/// <list type="number">
/// <item>the document frequency of each of the passage's five-grams;</item>
/// <item>the candidates: the paragraphs holding one of the passage's rarest five-grams, with all their five-grams.
/// Enough of the rarest are taken that a paragraph holding none of them cannot reach either threshold of
/// <see cref="ReuseScore"/> (prefix filtering), so no reuse is missed, while the common five-grams, held by
/// thousands of paragraphs, are never listed.</item>
/// </list>
/// Which of the passage's five-grams each candidate holds, and the scores, are worked out in .NET
/// (<see cref="ReuseScore"/>). A passage may be cut into groups (the agreed stretches of a pasted text): each group
/// gets its own rarest five-grams, so a paragraph that reuses one stretch only is found.
/// </summary>
public static class ReuseFinder
{
    /// <summary>How many paragraphs hold each of <paramref name="shingles"/>; a five-gram none holds is absent.</summary>
    public static async Task<Dictionary<long, int>> DocumentFrequencyAsync(
        PortalDbContext db, IReuseSqlDialect dialect, IReadOnlyCollection<long> shingles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(shingles);
        if (shingles.Count == 0)
        {
            return [];
        }

        var counts = await db.Database.SqlQuery<HashCount>(dialect.DocumentFrequencies([.. shingles.Distinct()])).ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.Hash, c => c.Count);
    }

    /// <summary>Gathers what the index holds about the groups' five-grams (each group: the distinct shingle hashes of one passage).</summary>
    public static async Task<ReuseEvidence> GatherAsync(
        PortalDbContext db, IReuseSqlDialect dialect, IReadOnlyList<IReadOnlyCollection<long>> groups, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var frequency = await DocumentFrequencyAsync(db, dialect, [.. groups.SelectMany(g => g)], cancellationToken);
        return await GatherAsync(db, dialect, groups, frequency, cancellationToken);
    }

    /// <summary>Gathers what the index holds about the groups' five-grams, their document frequencies known.</summary>
    public static async Task<ReuseEvidence> GatherAsync(
        PortalDbContext db, IReuseSqlDialect dialect, IReadOnlyList<IReadOnlyCollection<long>> groups, IReadOnlyDictionary<long, int> frequency,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(frequency);
        var rarest = groups.SelectMany(g => Rarest(g, frequency)).Where(frequency.ContainsKey).Distinct().ToList();
        if (rarest.Count == 0)
        {
            return new ReuseEvidence(frequency, new Dictionary<long, IReadOnlySet<long>>());
        }

        var passage = groups.SelectMany(g => g).ToHashSet();
        var candidates = await db.ReuseShingleSets.FromSql(dialect.Holding(rarest)).AsNoTracking().ToListAsync(cancellationToken);
        return new ReuseEvidence(
            frequency,
            candidates.ToDictionary(c => c.EntryId, c => (IReadOnlySet<long>)c.Hashes.Where(passage.Contains).ToHashSet()));
    }

    /// <summary>
    /// The group's five-grams from the rarest on, until a paragraph holding none of them is held out of
    /// both thresholds: it then holds fewer than <see cref="ReuseScore.MinimumShare"/> of the five-grams and
    /// less than <see cref="ReuseScore.MinimumWeightedShare"/> of their weight.
    /// </summary>
    private static List<long> Rarest(IReadOnlyCollection<long> group, IReadOnlyDictionary<long, int> frequency)
    {
        var ordered = group.OrderBy(h => frequency.GetValueOrDefault(h)).ThenBy(h => h).ToList();
        var total = ordered.Sum(h => ReuseScore.WeightOf(frequency.GetValueOrDefault(h)));
        var needed = (int)Math.Ceiling(ReuseScore.MinimumShare * ordered.Count - 1e-9);
        var prefix = new List<long>();
        var weight = 0.0;
        foreach (var hash in ordered)
        {
            // Without the prefix a paragraph holds at most the rest: count − |prefix| five-grams and total − weight.
            var restCount = ordered.Count - prefix.Count;
            if (restCount < needed && total - weight < ReuseScore.MinimumWeightedShare * total)
            {
                break;
            }

            prefix.Add(hash);
            weight += ReuseScore.WeightOf(frequency.GetValueOrDefault(hash));
        }

        return prefix;
    }

    /// <summary>A row of <see cref="IReuseSqlDialect.DocumentFrequencies"/>.</summary>
    private sealed record HashCount(long Hash, int Count);
}
