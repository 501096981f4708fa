namespace NormsPortal.Web.Features.Norms;

/// <summary>A norm with the norms before and after it in 73/27, as its page shows them.</summary>
public sealed record NormWithNeighbours(NormDto? Previous, NormDto Norm, NormDto? Next)
{
    /// <summary>The norm numbered <paramref name="number"/> among <paramref name="norms"/> (in the resolution's order), or null.</summary>
    public static NormWithNeighbours? Pick(IReadOnlyList<NormDto> norms, string number)
    {
        ArgumentNullException.ThrowIfNull(norms);
        for (var i = 0; i < norms.Count; i++)
        {
            if (norms[i].Number == number)
            {
                return new NormWithNeighbours(i > 0 ? norms[i - 1] : null, norms[i], i < norms.Count - 1 ? norms[i + 1] : null);
            }
        }

        return null;
    }
}
