using Microsoft.EntityFrameworkCore;

namespace NormsPortal.Data.Caching;

/// <summary>
/// Follows row ids to what the rows belong to (a paragraph's text, a text's work, a work's symbol): from the change
/// tracker where the row is tracked (a row not saved yet has its temporary id there only; a row being moved names its
/// old and new owner), from the database for the others.
/// </summary>
internal static class RowOwners
{
    private const int IdsPerQuery = 500;

    /// <summary>The ids in <paramref name="foreignKey"/> of the <typeparamref name="T"/> rows with the given ids.</summary>
    public static Task<HashSet<int>> ParentsAsync<T>(PortalDbContext db, IReadOnlyCollection<int> ids, string foreignKey, CancellationToken cancellationToken)
        where T : class =>
        ValuesAsync<T, int>(db, ids, foreignKey, cancellationToken);

    /// <summary>The values of <paramref name="name"/> (a symbol, a number) of the <typeparamref name="T"/> rows with the given ids.</summary>
    public static Task<HashSet<string>> NamesAsync<T>(PortalDbContext db, IReadOnlyCollection<int> ids, string name, CancellationToken cancellationToken)
        where T : class =>
        ValuesAsync<T, string>(db, ids, name, cancellationToken);

    private static async Task<HashSet<TValue>> ValuesAsync<T, TValue>(PortalDbContext db, IReadOnlyCollection<int> ids, string property, CancellationToken cancellationToken)
        where T : class
    {
        var values = new HashSet<TValue>();
        if (ids.Count == 0)
        {
            return values;
        }

        var untracked = new HashSet<int>(ids);
        foreach (var entry in db.ChangeTracker.Entries<T>())
        {
            if (untracked.Remove((int)entry.Property("Id").CurrentValue!))
            {
                values.Add((TValue)entry.Property(property).CurrentValue!);
                if (entry.State != EntityState.Added)
                {
                    values.Add((TValue)entry.Property(property).OriginalValue!);
                }
            }
        }

        foreach (var chunk in untracked.Chunk(IdsPerQuery))
        {
            values.UnionWith(await db.Set<T>()
                .Where(row => chunk.Contains(EF.Property<int>(row, "Id")))
                .Select(row => EF.Property<TValue>(row, property))
                .ToListAsync(cancellationToken));
        }

        return values;
    }
}
