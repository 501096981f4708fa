using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.ComponentTests.Reader;
using NormsPortal.Data.Model;
using NormsPortal.Web.Components.Admin;
using NormsPortal.Web.Features.Facts;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.ComponentTests.Admin;

/// <summary>The fact editor over a database in memory holding 71/28 with a doubtful adoption mode, and the admin Ada signed in.</summary>
public sealed class FactEditorTests : ReaderComponentTestBase
{
    private const string Ada = "ada-id";
    private const string Symbol = "A/RES/71/28";

    public FactEditorTests()
    {
        Database.Seed(db =>
        {
            var work = ReaderSamples.Work(Symbol);
            work.ReviseFact(FactKeys.AdoptionMode, "without a vote", "Voeten UNGA voting data", verified: false, FactOrigin.Seed, "seed", DateTime.UtcNow);
            db.Works.Add(work);
            db.Users.Add(new PortalUser { Id = Ada, UserName = "ada@example.org", Email = "ada@example.org", SecurityStamp = "stamp" });
        });
        Authorization.SetAuthorized("ada@example.org");
        Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, Ada));
    }

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    private FactCuration Curation => Services.GetRequiredService<FactCuration>();

    [Fact]
    public async Task FactEditor_StaleSave_ShowsTheSavedValueBesideYours_AndSavesTheMergeAtTheCurrentVersion()
    {
        var read = Assert.Single((await Curation.GetAsync(Symbol, Cancel))!.Facts);
        CuratedFactDto? saved = null;
        var editor = Render<FactEditor>(parameters => parameters
            .Add(e => e.Symbol, Symbol)
            .Add(e => e.Fact, read)
            .Add(e => e.OnSaved, (CuratedFactDto fact) => saved = fact));
        var meanwhile = await Curation.ReviseAsync("another-admin", new FactEditRequest(Symbol, FactKeys.AdoptionMode, "recorded vote", "A/71/PV.62", false, read.Version), Cancel);
        Assert.Equal(LibraryOutcomeStatus.Done, meanwhile.Status);

        await editor.Find("[data-testid=fact-value]").ChangeAsync(new() { Value = "recorded vote, 183 in favour" });
        await editor.Find("form").SubmitAsync();

        editor.WaitForAssertion(() => Assert.Equal("recorded vote", editor.Find("[data-testid=conflict-current-value]").TextContent));
        Assert.Equal("recorded vote, 183 in favour", editor.Find("[data-testid=conflict-yours-value]").TextContent);
        Assert.Equal("A/71/PV.62", editor.Find("[data-testid=conflict-current-source]").TextContent);
        Assert.Null(saved);

        await editor.Find("[data-testid=conflict-keep-mine]").ClickAsync(new());
        Assert.Empty(editor.FindAll("[data-testid=fact-conflict]"));
        Assert.Equal("recorded vote, 183 in favour", editor.Find("[data-testid=fact-value]").GetAttribute("value"));
        await editor.Find("[data-testid=fact-source]").ChangeAsync(new() { Value = "A/71/PV.62" });
        await editor.Find("form").SubmitAsync();

        editor.WaitForAssertion(() => Assert.NotNull(saved));
        Assert.Equal(("recorded vote, 183 in favour", read.Version + 2), (saved!.Value, saved.Version));
        Assert.Equal(["without a vote", "recorded vote"], saved.History.Select(r => r.OldValue));
    }
}
