using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Providers;

namespace NormsPortal.Data.Reuse;

/// <summary>
/// Finds the paragraphs that may reuse a passage, in three statements over the <c>ReuseShingles</c> table
/// (PostgreSQL), or in two lookups of the provider's own structure where it keeps one (<see cref="IReuseShingleLookup"/>:
/// SQLite's FTS5 table), with the same answers:
/// <list type="number">
/// <item>the document frequency of each of the passage's five-grams (a count over one range of the key each);</item>
/// <item>the candidates: the paragraphs holding one of the passage's rarest five-grams. Enough of the rarest
/// are taken that a paragraph holding none of them cannot reach either threshold of <see cref="ReuseScore"/>
/// (prefix filtering), so no reuse is missed, while the common five-grams, held by thousands of paragraphs,
/// are never listed;</item>
/// <item>which of the passage's other five-grams each candidate holds.</item>
/// </list>
/// Scoring is in .NET (<see cref="ReuseScore"/>). A passage may be cut into groups (the agreed stretches of a
/// pasted text): each group gets its own rarest five-grams, so a paragraph that reuses one stretch only is found.
/// </summary>
public static class ReuseFinder
{
    /// <summary>Candidates checked per statement (the third), to keep parameter lists short on either database.</summary>
    private const int CandidatesPerStatement = 1_000;

    /// <summary>How many paragraphs hold each of <paramref name="shingles"/>; a five-gram none holds is absent.</summary>
    public static async Task<Dictionary<long, int>> DocumentFrequencyAsync(PortalDbContext db, IReadOnlyCollection<long> shingles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(shingles);
        if (shingles.Count == 0)
        {
            return [];
        }

        if (ProviderWriters.Of<IReuseShingleWriter>(db) is IReuseShingleLookup lookup)
        {
            return await lookup.DocumentFrequencyAsync(db, shingles, cancellationToken);
        }

        var all = shingles.Distinct().ToList();
        return await db.ReuseShingles
            .Where(s => all.Contains(s.Hash))
            .GroupBy(s => s.Hash)
            .Select(g => new { Hash = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Hash, g => g.Count, cancellationToken);
    }

    /// <summary>Gathers what the index holds about the groups' five-grams (each group: the distinct shingle hashes of one passage).</summary>
    public static async Task<ReuseEvidence> GatherAsync(PortalDbContext db, IReadOnlyList<IReadOnlyCollection<long>> groups, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var frequency = await DocumentFrequencyAsync(db, [.. groups.SelectMany(g => g)], cancellationToken);
        return await GatherAsync(db, groups, frequency, cancellationToken);
    }

    /// <summary>Gathers what the index holds about the groups' five-grams, their document frequencies known.</summary>
    public static async Task<ReuseEvidence> GatherAsync(
        PortalDbContext db, IReadOnlyList<IReadOnlyCollection<long>> groups, IReadOnlyDictionary<long, int> frequency, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(frequency);
        var all = groups.SelectMany(g => g).Distinct().ToList();
        var rarest = groups.SelectMany(g => Rarest(g, frequency)).Where(frequency.ContainsKey).Distinct().ToList();
        if (ProviderWriters.Of<IReuseShingleWriter>(db) is IReuseShingleLookup lookup)
        {
            var holding = await lookup.HoldingAsync(db, rarest, all.ToHashSet(), cancellationToken);
            return new ReuseEvidence(frequency, holding.ToDictionary(e => e.Key, e => (IReadOnlySet<long>)e.Value));
        }

        var held = new Dictionary<long, HashSet<long>>();
        var found = await db.ReuseShingles.AsNoTracking()
            .Where(s => rarest.Contains(s.Hash))
            .Select(s => new { s.Hash, s.EntryId })
            .ToListAsync(cancellationToken);
        foreach (var row in found)
        {
            Hold(held, row.EntryId, row.Hash);
        }

        var rarestSet = rarest.ToHashSet();
        var others = all.Where(h => frequency.ContainsKey(h) && !rarestSet.Contains(h)).ToList();
        if (others.Count > 0)
        {
            foreach (var candidates in held.Keys.Order().Chunk(CandidatesPerStatement))
            {
                var more = await db.ReuseShingles.AsNoTracking()
                    .Where(s => candidates.Contains(s.EntryId) && others.Contains(s.Hash))
                    .Select(s => new { s.Hash, s.EntryId })
                    .ToListAsync(cancellationToken);
                foreach (var row in more)
                {
                    Hold(held, row.EntryId, row.Hash);
                }
            }
        }

        return new ReuseEvidence(frequency, held.ToDictionary(e => e.Key, e => (IReadOnlySet<long>)e.Value));
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

    private static void Hold(Dictionary<long, HashSet<long>> held, long entryId, long hash)
    {
        if (!held.TryGetValue(entryId, out var set))
        {
            held[entryId] = set = [];
        }

        set.Add(hash);
    }
}
