using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.ComponentTests.Reader;
using NormsPortal.Data.Model;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.ComponentTests.Library;

/// <summary>
/// The library's components over a database in memory holding norm 1.6, resolution 73/27 with op1.6 in
/// English, and the researcher Ada, signed in.
/// </summary>
public abstract class LibraryComponentTestBase : ReaderComponentTestBase
{
    protected const string Ada = "ada-id";

    protected LibraryComponentTestBase()
    {
        Database.Seed(db =>
        {
            db.Norms.Add(ReaderSamples.Norm("1.6", "Critical infrastructure", 6));
            var work = ReaderSamples.Work("A/RES/73/27");
            var english = new Expression { Language = "en", Source = "test", SourceFormat = "un-text" };
            english.Provisions.Add(new Provision { Kind = ProvisionKind.Item, Number = "1.6", Anchor = "op1.6", Ordinal = 1, Text = "A State should not conduct or knowingly support ICT activity." });
            work.Expressions.Add(english);
            db.Works.Add(work);
            db.Users.Add(new PortalUser { Id = Ada, UserName = "ada@example.org", Email = "ada@example.org", SecurityStamp = "stamp" });
        });
    }

    protected LibraryService Library => Services.GetRequiredService<LibraryService>();

    protected void SignInAda()
    {
        Authorization.SetAuthorized("ada@example.org");
        Authorization.SetClaims(new Claim(ClaimTypes.NameIdentifier, Ada));
    }

    protected async Task<BookmarkDto> SaveAsync(BookmarkTargetDto target, string? note = null, IReadOnlyList<string>? tags = null)
    {
        var outcome = await Library.CreateBookmarkAsync(Ada, new BookmarkCreateRequest(target, note, tags, null), TestContext.Current.CancellationToken);
        Assert.True(outcome.Status == LibraryOutcomeStatus.Done, outcome.Problem);
        return outcome.Value!;
    }
}
