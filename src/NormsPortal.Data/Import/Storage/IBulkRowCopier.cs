using Microsoft.EntityFrameworkCore.Metadata;

namespace NormsPortal.Data.Import.Storage;

/// <summary>
/// A provider's faster way to append many rows of one table in the context's current transaction, which
/// <see cref="RowInserter"/> takes where the provider set one (<see cref="Providers.ProviderWriters"/>):
/// PostgreSQL's binary <c>COPY</c> needs no statement text and no parameter per value, where the multi-row
/// <c>INSERT</c> binds one for every value of every row. SQLite runs in the process and keeps the <c>INSERT</c>.
/// </summary>
public interface IBulkRowCopier
{
    /// <summary>Appends <paramref name="rows"/> to <paramref name="table"/>, the values of <paramref name="columns"/> as the EF model converts them.</summary>
    Task CopyAsync<T>(PortalDbContext db, StoreObjectIdentifier table, IReadOnlyList<IProperty> columns, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class;
}
