namespace NormsPortal.Data.Reuse;

/// <summary>
/// The provider's part of the reuse index's two lookups (<see cref="ReuseFinder"/>): each provider keeps its own
/// inverted index over <see cref="Model.ReuseShingleSet.Hashes"/>, whose posting lists are compressed and written
/// in batches, where a row per five-gram would cost a B-tree insert each. Implemented by each provider project.
/// </summary>
public interface IReuseSqlDialect
{
    /// <summary>
    /// A query of <c>"Hash"</c> and <c>"Count"</c>: for each of <paramref name="hashes"/> that some paragraph
    /// holds, how many paragraphs hold it. Hashes no paragraph holds are left out.
    /// </summary>
    FormattableString DocumentFrequencies(IReadOnlyCollection<long> hashes);

    /// <summary>A query of the <c>ReuseShingleSets</c> rows (all their columns) that hold at least one of <paramref name="hashes"/>.</summary>
    FormattableString Holding(IReadOnlyCollection<long> hashes);
}
