using System.Globalization;
using NormsPortal.Data.Anchors;

namespace NormsPortal.Web.Components.Search;

/// <summary>Words the search page shows for kinds, languages, dates and paragraph anchors (the facets' own labels where they exist).</summary>
public static class SearchLabels
{
    /// <summary>
    /// How a matched paragraph is named: <c>op1.6</c> → "Paragraph 1.6" (reports number their
    /// paragraphs the same way), <c>pp3</c> → "Preambular paragraph 3", <c>annex-op3</c> →
    /// "Annex, paragraph 3"; the empty anchor is the title's.
    /// </summary>
    public static string Anchor(string anchor) => anchor.Length == 0 ? "Title" : AnchorLabel.Capitalised(AnchorLabel.InFull(anchor));

    /// <summary>A curator's note found by the search: on a paragraph (<c>Curator's note on paragraph 1.6</c>) or on the whole document.</summary>
    public static string Note(string anchor) => anchor.Length == 0 ? "Curator's note on the document" : "Curator's note on " + AnchorLabel.InFull(anchor);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
