using Microsoft.EntityFrameworkCore;
using NormsPortal.DatabaseTests.Infrastructure;

namespace NormsPortal.DatabaseTests.Schema;

/// <summary>The application-managed version behaves the same on both providers.</summary>
public sealed class ConcurrencyTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Save_NewAndChangedRows_StampsVersionAndUtcTimestamps(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        var before = DateTime.UtcNow.AddSeconds(-1);
        await using (var db = database.CreateContext())
        {
            db.Works.Add(SampleGraph.Work());
            await db.SaveChangesAsync(Cancel);
        }

        await using (var db = database.CreateContext())
        {
            var work = await db.Works.SingleAsync(Cancel);
            Assert.Equal(1, work.Version);
            Assert.Equal(DateTimeKind.Utc, work.CreatedAt.Kind);
            Assert.InRange(work.CreatedAt, before, DateTime.UtcNow.AddSeconds(1));
            work.Title = "Changed";
            await db.SaveChangesAsync(Cancel);
        }

        await using var read = database.CreateContext();
        var changed = await read.Works.SingleAsync(Cancel);
        Assert.Equal(2, changed.Version);
        Assert.True(changed.UpdatedAt >= changed.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, changed.UpdatedAt.Kind);
    }

    [Theory, DatabaseData]
    public async Task Save_BasedOnAStaleRead_IsRefusedAndKeepsTheOtherChange(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            db.Works.Add(SampleGraph.Work());
            await db.SaveChangesAsync(Cancel);
        }

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var firstCopy = await first.Works.SingleAsync(Cancel);
        var secondCopy = await second.Works.SingleAsync(Cancel);

        firstCopy.Title = "First curator's title";
        await first.SaveChangesAsync(Cancel);
        secondCopy.Title = "Second curator's title";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Cancel));
        await using var read = database.CreateContext();
        Assert.Equal("First curator's title", (await read.Works.SingleAsync(Cancel)).Title);
    }
}
