using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace NormsPortal.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add … --project src/NormsPortal.Data.Postgres --startup-project
/// src/NormsPortal.Data.Postgres</c> build the model for PostgreSQL; no server is contacted.
/// </summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        new PostgresDatabaseProvider().Configure(options, "Host=localhost;Database=normsportal_design");
        return new PortalDbContext(options.Options);
    }
}
