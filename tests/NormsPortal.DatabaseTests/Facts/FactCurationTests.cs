using Microsoft.EntityFrameworkCore;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Library;
using NormsPortal.Web.Features.Audit;
using NormsPortal.Web.Features.Facts;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.DatabaseTests.Facts;

/// <summary>The catalogue curation service on a real database of each provider: what an added work writes, audit included.</summary>
public sealed class FactCurationTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task AddWork_WritesTheWorkItsCuratedFactsItsTitleRowAndOneAuditEntry(DatabaseKind kind)
    {
        await using var library = await LibraryUnderTest.CreateAsync(kind);
        var curation = new FactCuration(new TestContextFactory(library.Database), new AuditLog());

        var outcome = await curation.AddWorkAsync(LibraryUnderTest.Alice,
            new WorkAddRequest("A/80/257", "report", "Numbat working group report", "2025-07-30", "https://undocs.org/A/80/257", true, null), Cancel);

        Assert.Equal(LibraryOutcomeStatus.Done, outcome.Status);
        await using var db = library.Database.CreateContext();
        var work = await db.Works.Include(w => w.Facts).SingleAsync(w => w.Symbol == "A/80/257", Cancel);
        Assert.Equal(("Numbat working group report", new DateOnly(2025, 7, 30), 80), (work.Title, work.Date, work.Session));
        Assert.All(work.Facts, f => Assert.Equal((FactOrigin.Curator, true), (f.Origin, f.Verified)));
        Assert.Contains(await db.SearchEntries.Where(e => e.WorkId == work.Id).Select(e => e.Text).ToListAsync(Cancel), t => t == "Numbat working group report");
        Assert.Equal([FactActions.WorkAdded], await db.AuditLog.Select(e => e.Action).ToListAsync(Cancel));
    }
}
