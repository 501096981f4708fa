using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;

namespace NormsPortal.DatabaseTests.Infrastructure;

/// <summary>Hands code that takes a context factory (importer, loader) contexts on a test's own database.</summary>
public sealed class TestContextFactory(TestDatabase database) : IDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext() => database.CreateContext();
}
