using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Import;

/// <summary>Hands the importer contexts on a test's own database.</summary>
internal sealed class TestContextFactory(TestDatabase database) : IDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext() => database.CreateContext();
}
