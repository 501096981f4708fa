using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;

namespace NormsPortal.ComponentTests.Reader;

/// <summary>
/// A portal database in SQLite memory for components whose services read the database. It lives
/// as long as its open connection. <see cref="HoldReads"/> makes every read wait until released, so
/// a test can see what a component shows while it loads.
/// </summary>
public sealed class InMemoryPortalDatabase : IDbContextFactory<PortalDbContext>, IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private TaskCompletionSource _gate = CompletedGate();

    public InMemoryPortalDatabase()
    {
        _connection.Open();
        using var db = CreateDbContext();
        db.Database.EnsureCreated();
    }

    public PortalDbContext CreateDbContext() =>
        new(new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(_connection).Options);

    public async Task<PortalDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        await _gate.Task.WaitAsync(cancellationToken);
        return CreateDbContext();
    }

    /// <summary>Adds rows with a context of its own.</summary>
    public void Seed(Action<PortalDbContext> add)
    {
        ArgumentNullException.ThrowIfNull(add);
        using var db = CreateDbContext();
        add(db);
        db.SaveChanges();
    }

    /// <summary>Makes reads wait until <see cref="ReleaseReads"/>.</summary>
    public void HoldReads() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ReleaseReads() => _gate.TrySetResult();

    public void Dispose() => _connection.Dispose();

    private static TaskCompletionSource CompletedGate()
    {
        var gate = new TaskCompletionSource();
        gate.SetResult();
        return gate;
    }
}
