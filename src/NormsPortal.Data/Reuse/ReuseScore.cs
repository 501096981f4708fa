namespace NormsPortal.Data.Reuse;

/// <summary>
/// How much of a passage's wording a paragraph holds: <see cref="Share"/> of the passage's distinct
/// five-grams, and <see cref="WeightedShare"/> of their weight, where a five-gram's weight falls with the
/// number of paragraphs holding it (<see cref="WeightOf"/>), so formulaic openings ("Requests the
/// Secretary-General to submit") count little and the passage's specific wording counts most.
/// </summary>
public readonly record struct ReuseScore(double Share, double WeightedShare)
{
    /// <summary>A paragraph holding this share of the passage's five-grams is a reuse, whatever they weigh.</summary>
    public const double MinimumShare = 0.8;

    /// <summary>A paragraph holding this share of the passage's weight is a reuse, changed as it may be.</summary>
    public const double MinimumWeightedShare = 0.5;

    /// <summary>Whether the paragraph reuses the passage: most of its five-grams, or most of its specific wording.</summary>
    public bool IsReuse => Share >= MinimumShare || WeightedShare >= MinimumWeightedShare;

    /// <summary>The weight of a five-gram held by <paramref name="documentFrequency"/> paragraphs (1 when one or none holds it).</summary>
    public static double WeightOf(int documentFrequency) => 1.0 / (1.0 + Math.Log(Math.Max(1, documentFrequency)));

    /// <summary>The score of a paragraph holding <paramref name="held"/> of the passage's distinct five-grams.</summary>
    public static ReuseScore Of(IReadOnlyCollection<long> passage, IReadOnlySet<long> held, IReadOnlyDictionary<long, int> documentFrequency)
    {
        ArgumentNullException.ThrowIfNull(passage);
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(documentFrequency);
        if (passage.Count == 0)
        {
            return default;
        }

        double total = 0, shared = 0;
        var count = 0;
        foreach (var shingle in passage)
        {
            var weight = WeightOf(documentFrequency.GetValueOrDefault(shingle));
            total += weight;
            if (held.Contains(shingle))
            {
                shared += weight;
                count++;
            }
        }

        return new ReuseScore((double)count / passage.Count, shared / total);
    }
}
