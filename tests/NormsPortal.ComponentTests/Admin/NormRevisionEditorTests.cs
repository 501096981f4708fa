using System.Security.Claims;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.ComponentTests.Reader;
using NormsPortal.Data.Model;
using NormsPortal.Web.Components.Admin;
using NormsPortal.Web.Features.Library;
using NormsPortal.Web.Features.Norms;

namespace NormsPortal.ComponentTests.Admin;

/// <summary>The editor of a norm's label and themes over a database in memory holding norm 1.6, and the admin Ada signed in.</summary>
public sealed class NormRevisionEditorTests : ReaderComponentTestBase
{
    private const string Ada = "ada-id";

    public NormRevisionEditorTests()
    {
        Database.Seed(db =>
        {
            db.Norms.Add(ReaderSamples.Norm("1.6", "Do not damage critical infrastructure", 6));
            db.Users.Add(new PortalUser { Id = Ada, UserName = "ada@example.org", Email = "ada@example.org", SecurityStamp = "stamp" });
        });
        Authorization.SetAuthorized("ada@example.org");
        Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, Ada));
    }

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    private NormCuration Curation => Services.GetRequiredService<NormCuration>();

    [Fact]
    public async Task NormEditor_StaleSave_ShowsTheSavedThemesBesideYours_AndSavesTheMergeAtTheCurrentVersion()
    {
        var norm = (await Services.GetRequiredService<NormQueries>().FindAsync("1.6", Cancel))!;
        var read = new NormCuratedDto(norm.Number, norm.Label, norm.Themes, norm.Version);
        NormCuratedDto? saved = null;
        var editor = Render<NormRevisionEditor>(parameters => parameters
            .Add(e => e.Norm, read)
            .Add(e => e.OnSaved, (NormCuratedDto revised) => saved = revised));
        var meanwhile = await Curation.ReviseAsync("another-admin", "1.6", new NormRevisionRequest(null, ["supply chain"], read.Version), Cancel);
        Assert.Equal(LibraryOutcomeStatus.Done, meanwhile.Status);

        await editor.Find("[data-testid=norm-themes-input]").ChangeAsync(new() { Value = "critical infrastructure\nhuman rights" });
        await editor.Find("form").SubmitAsync();

        editor.WaitForAssertion(() => Assert.Equal("supply chain", editor.Find("[data-testid=conflict-current-themes]").TextContent));
        Assert.Equal("critical infrastructure; human rights", editor.Find("[data-testid=conflict-yours-themes]").TextContent);
        Assert.Null(saved);

        await editor.Find("[data-testid=conflict-keep-mine]").ClickAsync(new());
        Assert.Empty(editor.FindAll("[data-testid=norm-conflict]"));
        await editor.Find("[data-testid=norm-themes-input]").ChangeAsync(new() { Value = "critical infrastructure\nsupply chain" });
        await editor.Find("form").SubmitAsync();

        editor.WaitForAssertion(() => Assert.NotNull(saved));
        Assert.Equal(["critical infrastructure", "supply chain"], saved!.Themes);
        Assert.Equal(read.Version + 2, saved.Version);
    }
}
