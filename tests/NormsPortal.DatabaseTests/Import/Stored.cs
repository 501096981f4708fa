using Microsoft.EntityFrameworkCore;
using NormsPortal.Data;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.TestSupport;

namespace NormsPortal.DatabaseTests.Import;

/// <summary>Reads back what an import stored.</summary>
internal static class Stored
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<IReadOnlyList<string>> SnapshotAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await DatabaseSnapshot.TakeAsync(db, Cancel);
    }

    /// <summary>A work with everything it owns.</summary>
    public static Task<Work> LoadWorkAsync(PortalDbContext db, string symbol) =>
        db.Works
            .Include(w => w.Facts).ThenInclude(f => f.History)
            .Include(w => w.Expressions).ThenInclude(e => e.Provisions).ThenInclude(p => p.FootnoteMarks)
            .Include(w => w.Sponsors)
            .Include(w => w.Votes).ThenInclude(v => v.CountryVotes)
            .Include(w => w.Relations)
            .AsSplitQuery()
            .SingleAsync(w => w.Symbol == symbol, Cancel);

    public static async Task<Work> LoadWorkAsync(TestDatabase database, string symbol)
    {
        await using var db = database.CreateContext();
        return await LoadWorkAsync(db, symbol);
    }
}
