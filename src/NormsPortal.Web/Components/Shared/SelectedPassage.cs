namespace NormsPortal.Web.Components;

/// <summary>
/// A passage a reader selected in a paragraph of a document page (wwwroot/js/passage-selection.js): the
/// work's <see cref="Symbol"/>, the paragraph's <see cref="Anchor"/>, the text's <see cref="Language"/>, the
/// <see cref="Quote"/>d words and a little of the paragraph either side (<see cref="Prefix"/>,
/// <see cref="Suffix"/>, to find the quote again where it occurs twice). <see cref="Top"/> and
/// <see cref="Left"/> place the selection toolbar under it, in pixels from the toolbar's host.
/// </summary>
public sealed record SelectedPassage(string Symbol, string Anchor, string Language, string Quote, string Prefix, string Suffix, int Top, int Left);
