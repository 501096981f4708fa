using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Search.Index;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// A node of a text about to be written as a <see cref="Model.Provision"/>: where it stands in the tree, its
/// <see cref="Model.Provision.Ordinal"/>, and the analysis of its text when it has a paragraph row (null when not).
/// </summary>
internal sealed record PreparedProvision(ParsedProvision Parsed, ParsedProvision? Parent, int Depth, int Ordinal, ParagraphAnalysis? Analysis)
{
    /// <summary>The document's provisions depth first in reading order, then its footnotes, numbered from 1.</summary>
    public static List<PreparedProvision> InReadingOrder(ParsedDocument document)
    {
        var nodes = new List<PreparedProvision>();
        foreach (var top in document.Provisions.Concat(document.Footnotes))
        {
            Add(top, parent: null, depth: 0);
        }

        return nodes;

        void Add(ParsedProvision parsed, ParsedProvision? parent, int depth)
        {
            var analysis = ParagraphAnalysis.IsIndexed(parsed.Anchor, parsed.Text) ? ParagraphAnalysis.Of(parsed.Text, document.Language) : null;
            nodes.Add(new PreparedProvision(parsed, parent, depth, nodes.Count + 1, analysis));
            foreach (var child in parsed.Children)
            {
                Add(child, parsed, depth + 1);
            }
        }
    }
}
