using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features.Documents;

namespace NormsPortal.DatabaseTests.Reader;

/// <summary>The General Assembly and the Human Rights Council number their sessions apart; the document list keeps them apart.</summary>
public sealed class SessionFilterTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<TestDatabase> TwoThirtySixthSessionsAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.CreateContext();
        db.Works.Add(new Work { Symbol = "A/RES/36/103", Kind = WorkKind.GaResolution, Body = SessionChoice.GeneralAssembly, Session = 36 });
        db.Works.Add(new Work { Symbol = "A/36/500", Kind = WorkKind.Report, Body = "Group of Governmental Experts", Session = 36 });
        db.Works.Add(new Work { Symbol = "A/HRC/RES/36/12", Kind = WorkKind.HrcResolution, Body = SessionChoice.HumanRightsCouncil, Session = 36 });
        await db.SaveChangesAsync(Cancel);
        return database;
    }

    [Theory, DatabaseData]
    public async Task DocumentList_TheAssemblysAndTheCouncilsSessionOfOneNumber_AreDifferentFilters(DatabaseKind kind)
    {
        await using var database = await TwoThirtySixthSessionsAsync(kind);
        var query = new DocumentListQuery(new TestContextFactory(database));

        var assembly = await query.RunAsync(new DocumentListParameters(null, null, null, "ga-36", null, null, null, null, "symbol", null, null).Parse().Request!, Cancel);
        var council = await query.RunAsync(new DocumentListParameters(null, null, null, "hrc-36", null, null, null, null, "symbol", null, null).Parse().Request!, Cancel);
        var bareNumber = await query.RunAsync(new DocumentListParameters(null, null, null, "36", null, null, null, null, "symbol", null, null).Parse().Request!, Cancel);

        Assert.Equal(["A/36/500", "A/RES/36/103"], assembly.Items.Select(i => i.Symbol));
        Assert.Equal(["A/HRC/RES/36/12"], council.Items.Select(i => i.Symbol));
        Assert.Equal(assembly.Items.Select(i => i.Symbol), bareNumber.Items.Select(i => i.Symbol));
    }

    [Theory, DatabaseData]
    public async Task FilterOptions_NameEachSessionWithItsOrgan_WithValuesThatDoNotCollide(DatabaseKind kind)
    {
        await using var database = await TwoThirtySixthSessionsAsync(kind);

        var options = await new DocumentFilterOptions(new TestContextFactory(database)).LoadAsync(Cancel);

        Assert.Equal(
            [
                new SessionOptionDto("ga-36", "General Assembly", "General Assembly — 36th session"),
                new SessionOptionDto("hrc-36", "Human Rights Council", "Human Rights Council — 36th session"),
            ],
            options.Sessions);
    }

    [Fact]
    public void Parameters_AnUnknownSession_IsToldTheForm()
    {
        var (request, problem) = new DocumentListParameters(null, null, null, "un-36", null, null, null, null, null, null, null).Parse();

        Assert.Null(request);
        Assert.Contains("ga-75", problem, StringComparison.Ordinal);
        Assert.Contains("'un-36'", problem, StringComparison.Ordinal);
    }
}
