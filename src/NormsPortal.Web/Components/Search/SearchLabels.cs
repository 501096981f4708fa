using System.Globalization;
using NormsPortal.Data.Anchors;

namespace NormsPortal.Web.Components.Search;

/// <summary>Words the search page shows for kinds, languages, dates and paragraph anchors (the facets' own labels where they exist).</summary>
public static class SearchLabels
{
    /// <summary>
    /// How a matched paragraph is named: <c>op1.6</c> → "Paragraph 1.6" (reports number their
    /// paragraphs the same way), <c>pp3</c> → "Preambular paragraph 3", <c>fn2</c> → "Footnote 2";
    /// anchors with a section prefix (<c>annex-op3</c>) as they are.
    /// </summary>
    public static string Anchor(string anchor)
    {
        if (anchor.Length == 0)
        {
            return "Title";
        }
        (string Prefix, string Name)[] names =
        [
            (ProvisionAnchor.OperativePrefix, "Paragraph "), (ProvisionAnchor.PreamblePrefix, "Preambular paragraph "), (ProvisionAnchor.FootnotePrefix, "Footnote "),
        ];
        foreach (var (prefix, name) in names)
        {
            if (anchor.StartsWith(prefix, StringComparison.Ordinal) && anchor.Length > prefix.Length && char.IsAsciiDigit(anchor[prefix.Length]))
            {
                return name + anchor[prefix.Length..];
            }
        }
        return anchor;
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
