using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NormsPortal.Data.Sqlite;

/// <summary>
/// Lets <c>dotnet ef migrations add … --project src/NormsPortal.Data.Sqlite --startup-project
/// src/NormsPortal.Data.Sqlite</c> build the model for SQLite without starting the web host.
/// </summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        new SqliteDatabaseProvider().Configure(options, "Data Source=design-time.db");
        return new PortalDbContext(options.Options);
    }
}
