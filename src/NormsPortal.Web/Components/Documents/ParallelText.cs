using NormsPortal.Web.Features.Documents;

namespace NormsPortal.Web.Components.Documents;

/// <summary>
/// Lines up two language versions of a text by paragraph anchor (anchors come from the printed
/// numbering, so they are the same in every language). The primary language sets the order; a
/// paragraph only the other language has is placed after the paragraph it follows there.
/// </summary>
public static class ParallelText
{
    public static IReadOnlyList<ParallelRow> Align(IReadOnlyList<ProvisionDto> primary, IReadOnlyList<ProvisionDto> secondary)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(secondary);

        var secondaryByAnchor = new Dictionary<string, ProvisionDto>(StringComparer.Ordinal);
        foreach (var provision in secondary)
        {
            secondaryByAnchor.TryAdd(provision.Anchor, provision);
        }

        var primaryAnchors = primary.Select(p => p.Anchor).ToHashSet(StringComparer.Ordinal);

        // Secondary-only paragraphs, keyed by the nearest preceding anchor both versions share (null: at the start).
        var unmatchedAfter = new Dictionary<string, List<ProvisionDto>>(StringComparer.Ordinal);
        var unmatchedAtStart = new List<ProvisionDto>();
        string? lastShared = null;
        foreach (var provision in secondary)
        {
            if (primaryAnchors.Contains(provision.Anchor))
            {
                lastShared = provision.Anchor;
            }
            else if (lastShared is null)
            {
                unmatchedAtStart.Add(provision);
            }
            else
            {
                if (!unmatchedAfter.TryGetValue(lastShared, out var list))
                {
                    unmatchedAfter[lastShared] = list = [];
                }

                list.Add(provision);
            }
        }

        var rows = new List<ParallelRow>(primary.Count + secondary.Count);
        rows.AddRange(unmatchedAtStart.Select(p => new ParallelRow(p.Anchor, null, p)));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var provision in primary)
        {
            if (!seen.Add(provision.Anchor))
            {
                continue;
            }

            rows.Add(new ParallelRow(provision.Anchor, provision, secondaryByAnchor.GetValueOrDefault(provision.Anchor)));
            if (unmatchedAfter.TryGetValue(provision.Anchor, out var following))
            {
                rows.AddRange(following.Select(p => new ParallelRow(p.Anchor, null, p)));
            }
        }

        return rows;
    }
}
