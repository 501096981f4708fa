using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// Stores a document's text as a work's expression in the document's language: the expression
/// row is created or updated and its provisions replaced whole (see <see cref="ProvisionTreeWriter"/>).
/// Nothing keeps provision row ids across imports: what must survive one points at (symbol, anchor).
/// </summary>
internal static class ExpressionWriter
{
    /// <summary>Stages the text on <paramref name="work"/> (loaded with its expressions); true when the expression is new.</summary>
    public static async Task<bool> WriteAsync(
        PortalDbContext db, Work work, PreparedDocument prepared, string? textOfSymbol, RowsAfterSave afterSave, CancellationToken cancellationToken)
    {
        var document = prepared.Document;
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
        expression.ContentHash = prepared.ContentHash;
        afterSave.Add(token => ProvisionTreeWriter.InsertAsync(db, expression, prepared, token));
        return isNew;
    }

    private static async Task DeleteProvisionsAsync(PortalDbContext db, int expressionId, CancellationToken cancellationToken)
    {
        // Children, footnote marks and search entries go with their provision by cascade.
        await db.Provisions.Where(p => p.ExpressionId == expressionId).ExecuteDeleteAsync(cancellationToken);
    }
}
