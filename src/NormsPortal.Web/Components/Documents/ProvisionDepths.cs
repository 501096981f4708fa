using NormsPortal.Web.Features.Documents;

namespace NormsPortal.Web.Components.Documents;

/// <summary>How deep each provision of a text sits in its tree, from the parent anchors.</summary>
public static class ProvisionDepths
{
    public static IReadOnlyDictionary<string, int> Of(IReadOnlyList<ProvisionDto> provisions)
    {
        ArgumentNullException.ThrowIfNull(provisions);
        var parents = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var provision in provisions)
        {
            parents.TryAdd(provision.Anchor, provision.ParentAnchor);
        }

        var depths = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var anchor in parents.Keys)
        {
            var depth = 0;
            var parent = parents[anchor];
            // Bounded by the number of provisions, so a malformed cycle cannot loop for ever.
            while (parent is not null && depth < parents.Count && parents.TryGetValue(parent, out var next))
            {
                depth++;
                parent = next;
            }

            depths[anchor] = depth;
        }

        return depths;
    }
}
