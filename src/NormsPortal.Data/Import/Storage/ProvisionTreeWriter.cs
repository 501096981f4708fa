using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;
using NormsPortal.Data.Search.Index;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// Inserts a parsed text tree as the provisions of an expression: the provisions, depth first in
/// reading order and then the footnotes, numbered by <see cref="Provision.Ordinal"/> from 1, are
/// written one depth at a time, so that each level knows its parents' ids; the footnote marks come
/// last. The paragraphs' search index rows are written once the whole tree is, from the values in hand
/// (<see cref="SearchIndexer.IndexParagraphsAsync"/>): one pass per text rather than one per depth, no
/// read-back of the texts just written, and their analysis done before the transaction (<see cref="PreparedDocument"/>). Anchors are unique within an expression, which is how the new rows' ids are found.
/// </summary>
internal static class ProvisionTreeWriter
{
    /// <summary>Inserts the tree as the provisions of <paramref name="expression"/>, saved already (it has its id and its work's).</summary>
    public static async Task InsertAsync(PortalDbContext db, Expression expression, PreparedDocument document, CancellationToken cancellationToken)
    {
        var expressionId = expression.Id;
        var nodes = document.Text;
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
            nodes.Where(n => n.Analysis is not null).Select(n => new NewParagraph(
                ids[n.Parsed.Anchor], expression.WorkId, expression.Language, n.Parsed.Anchor, n.Ordinal, n.Parsed.Text, n.Analysis!)),
            cancellationToken);
        var marks = nodes
            .SelectMany(n => n.Parsed.FootnoteMarks.Select(m => new FootnoteMark { ProvisionId = ids[n.Parsed.Anchor], Offset = m.Offset, FootnoteAnchor = m.FootnoteAnchor }))
            .ToList();
        await RowInserter.InsertAsync(db, marks, cancellationToken);
    }
}
