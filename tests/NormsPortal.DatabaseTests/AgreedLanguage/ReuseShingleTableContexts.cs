using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;
using NormsPortal.Data.Providers;
using NormsPortal.Data.Reuse;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.AgreedLanguage;

/// <summary>
/// Contexts on a test's database that write the reuse index into the <c>ReuseShingles</c> table on SQLite too, as
/// the importer did before SQLite's index moved to FTS5: for tests of the migrations before that move, whose schema
/// has no FTS5 table yet. PostgreSQL's contexts are the provider's own.
/// </summary>
internal sealed class ReuseShingleTableContexts(TestDatabase database) : IDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        database.Provider.Configure(options, database.ConnectionString);
        if (database.Kind == DatabaseKind.Sqlite)
        {
            ProviderWriters.Use<IReuseShingleWriter>(options, TableWriter.Instance);
        }

        return new PortalDbContext(options.Options);
    }

    private sealed class TableWriter : IReuseShingleWriter
    {
        public static readonly TableWriter Instance = new();

        public async Task WriteAsync(PortalDbContext db, IReadOnlyList<ReuseShingle> rows, CancellationToken cancellationToken)
        {
            foreach (var row in rows)
            {
                await db.Database.ExecuteSqlAsync($"""INSERT INTO "ReuseShingles" ("Hash", "EntryId") VALUES ({row.Hash}, {row.EntryId})""", cancellationToken);
            }
        }
    }
}
