using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;
using NormsPortal.Data.Search.Index;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// Inserts a parsed text tree as the provisions of an expression: the provisions, depth first in
/// reading order and then the footnotes, numbered by <see cref="Provision.Ordinal"/> from 1, are
/// written one depth at a time, so that each level knows its parents' ids; the footnote marks come
/// last. The paragraphs' search index rows are written once the whole tree is, from the values in hand
/// (<see cref="SearchIndexer.IndexParagraphsAsync"/>): one pass per text rather than one per depth, and no
/// read-back of the texts just written. Anchors are unique within an expression, which is how the new rows' ids are found.
/// </summary>
internal static class ProvisionTreeWriter
{
    /// <summary>Inserts the tree as the provisions of <paramref name="expression"/>, saved already (it has its id and its work's).</summary>
    public static async Task InsertAsync(PortalDbContext db, Expression expression, ParsedDocument document, CancellationToken cancellationToken)
    {
        var expressionId = expression.Id;
        var nodes = InReadingOrder(document);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var level in nodes.GroupBy(n => n.Depth).OrderBy(g => g.Key))
        {
            var rows = level.Select(n => new Provision
            {
                ExpressionId = expressionId,
                ParentId = n.Parent is null ? null : ids[n.Parent.Anchor],
                Kind = n.Parsed.Kind,
                Number = n.Parsed.Number,
                Anchor = n.Parsed.Anchor,
                Ordinal = n.Ordinal,
                Text = n.Parsed.Text,
            }).ToList();
            await RowInserter.InsertAsync(db, rows, cancellationToken);
            ids = await db.Provisions
                .Where(p => p.ExpressionId == expressionId)
                .Select(p => new { p.Anchor, p.Id })
                .ToDictionaryAsync(p => p.Anchor, p => p.Id, StringComparer.Ordinal, cancellationToken);
        }

        await SearchIndexer.IndexParagraphsAsync(
            db,
            nodes.Select(n => new NewParagraph(ids[n.Parsed.Anchor], expression.WorkId, expression.Language, n.Parsed.Anchor, n.Ordinal, n.Parsed.Text)),
            cancellationToken);
        var marks = nodes
            .SelectMany(n => n.Parsed.FootnoteMarks.Select(m => new FootnoteMark { ProvisionId = ids[n.Parsed.Anchor], Offset = m.Offset, FootnoteAnchor = m.FootnoteAnchor }))
            .ToList();
        await RowInserter.InsertAsync(db, marks, cancellationToken);
    }

    private static List<Node> InReadingOrder(ParsedDocument document)
    {
        var nodes = new List<Node>();
        foreach (var top in document.Provisions.Concat(document.Footnotes))
        {
            Add(top, parent: null, depth: 0);
        }

        return nodes;

        void Add(ParsedProvision parsed, ParsedProvision? parent, int depth)
        {
            nodes.Add(new Node(parsed, parent, depth, nodes.Count + 1));
            foreach (var child in parsed.Children)
            {
                Add(child, parsed, depth + 1);
            }
        }
    }

    private sealed record Node(ParsedProvision Parsed, ParsedProvision? Parent, int Depth, int Ordinal);
}
