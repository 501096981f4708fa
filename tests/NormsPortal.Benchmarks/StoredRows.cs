using Microsoft.EntityFrameworkCore;

namespace NormsPortal.Benchmarks;

/// <summary>What the database holds after the first import: the check that the import really wrote it.</summary>
internal sealed record StoredRows(int Works, int Expressions, int Provisions, int CrossReferences)
{
    public static async Task<StoredRows> CountAsync(BenchmarkDatabase database, CancellationToken cancellationToken)
    {
        await using var db = database.CreateDbContext();
        return new StoredRows(
            await db.Works.CountAsync(cancellationToken),
            await db.Expressions.CountAsync(cancellationToken),
            await db.Provisions.CountAsync(cancellationToken),
            await db.CrossReferences.CountAsync(cancellationToken));
    }
}
