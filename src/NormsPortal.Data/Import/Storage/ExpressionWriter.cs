using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Import.Parsed;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// Stores a document's text as a work's expression in the document's language: the expression
/// row is created or updated, its provisions replaced whole (the tree with parents, ordinals in
/// reading order, footnote marks). Nothing keeps provision row ids across imports: what must
/// survive one points at (symbol, anchor).
/// </summary>
internal static class ExpressionWriter
{
    /// <summary>Stages the text on <paramref name="work"/> (loaded with its expressions); true when the expression is new.</summary>
    public static async Task<bool> WriteAsync(
        PortalDbContext db, Work work, ParsedDocument document, string? textOfSymbol, string contentHash, CancellationToken cancellationToken)
    {
        var expression = work.Expressions.FirstOrDefault(e => e.Language == document.Language);
        var isNew = expression is null;
        if (expression is null)
        {
            expression = new Expression { Work = work, Language = document.Language, Source = document.SourceName, SourceFormat = document.SourceFormat };
            db.Expressions.Add(expression);
        }
        else
        {
            await DeleteProvisionsAsync(db, expression.Id, cancellationToken);
        }

        expression.Source = document.SourceName;
        expression.SourceFormat = document.SourceFormat;
        expression.TextOfSymbol = textOfSymbol;
        expression.ContentHash = contentHash;
        db.Provisions.AddRange(Provisions(expression, document));
        return isNew;
    }

    private static async Task DeleteProvisionsAsync(PortalDbContext db, int expressionId, CancellationToken cancellationToken)
    {
        var provisions = db.Provisions.Where(p => p.ExpressionId == expressionId);
        // Parents are restricted from deletion while children point at them (PostgreSQL checks
        // that row by row): unlink first, then one delete; footnote marks go with their provision.
        await provisions.ExecuteUpdateAsync(s => s.SetProperty(p => p.ParentId, (int?)null), cancellationToken);
        await provisions.ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The rows of the text tree, depth first in reading order, then the footnotes.</summary>
    private static List<Provision> Provisions(Expression expression, ParsedDocument document)
    {
        var rows = new List<Provision>();
        foreach (var top in document.Provisions.Concat(document.Footnotes))
        {
            AddWithChildren(top, parent: null);
        }

        return rows;

        void AddWithChildren(ParsedProvision parsed, Provision? parent)
        {
            var row = new Provision
            {
                Expression = expression,
                Parent = parent,
                Kind = parsed.Kind,
                Number = parsed.Number,
                Anchor = parsed.Anchor,
                Ordinal = rows.Count + 1,
                Text = parsed.Text,
            };
            row.FootnoteMarks.AddRange(parsed.FootnoteMarks.Select(m => new FootnoteMark { Offset = m.Offset, FootnoteAnchor = m.FootnoteAnchor }));
            rows.Add(row);
            foreach (var child in parsed.Children)
            {
                AddWithChildren(child, row);
            }
        }
    }
}
