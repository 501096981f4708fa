using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Web.Components;
using NormsPortal.Web.Components.Library;
using NormsPortal.Web.Features.Library;

namespace NormsPortal.ComponentTests.Library;

/// <summary>Saving a passage (from the selection toolbar or a paragraph's tools) and highlighting the saved passages on the document page.</summary>
public sealed class SavedPassageTests : LibraryComponentTestBase
{
    private const string Quote = "knowingly support ICT activity";

    private static readonly SelectedPassage s_selected = new("A/RES/73/27", "op1.6", "en", Quote, "should not conduct or", ".", 80, 10);

    [Fact]
    public void Anonymous_InvitesToSignInAndComeBack()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/documents/A/RES/73/27");

        var button = Render<SavePassageButton>(p => p.Add(b => b.Passage, s_selected));

        Assert.Equal("/account/login?returnUrl=%2Fdocuments%2FA%2FRES%2F73%2F27", button.Find("a[data-testid=save-passage-sign-in]").GetAttribute("href"));
        Assert.Empty(button.FindAll("button"));
    }

    [Fact]
    public async Task SignedIn_SelectedPassage_IsSavedAsATextReferenceAndHighlightedAtOnce()
    {
        SignInAda();
        var highlights = JSInterop.SetupModule(PassageHighlightInterop.ModulePath);
        var button = Render<SavePassageButton>(p => p.Add(b => b.Passage, s_selected));

        button.Find("button[data-testid=save-passage-button]").Click();

        button.WaitForAssertion(() => Assert.Equal("Saved to your library.", button.Find("[data-testid=save-passage-outcome]").TextContent));
        var (items, _) = await Library.ListBookmarksAsync(Ada, new BookmarkListQuery(), Xunit.TestContext.Current.CancellationToken);
        var target = Assert.Single(items).Target;
        Assert.Equal(("passage", "A/RES/73/27", "op1.6", Quote, "should not conduct or", "."), (target.Kind, target.Symbol, target.Anchor, target.Quote, target.Prefix, target.Suffix));
        var added = Assert.Single(highlights.Invocations, i => i.Identifier == "add");
        Assert.Equal("A/RES/73/27", added.Arguments[0]);
        Assert.Equal(new SavedPassage("op1.6", Quote, "should not conduct or", "."), added.Arguments[1]);

        button.Find("button[data-testid=save-passage-button]").Click();

        button.WaitForAssertion(() => Assert.Equal("Your library holds this passage already.", button.Find("[data-testid=save-passage-outcome]").TextContent));
    }

    [Fact]
    public async Task SignedIn_FromTheParagraphsTools_SavesOnlyWordsSelectedInThatParagraph()
    {
        SignInAda();
        var selection = JSInterop.SetupModule(PassageSelectionInterop.ModulePath);
        var current = selection.Setup<SelectedPassage?>("currentPassage", _ => true);
        current.SetResult(s_selected with { Anchor = "op1.5" });
        var button = Render<SavePassageButton>(p => p.Add(b => b.Symbol, "A/RES/73/27").Add(b => b.Anchor, "op1.6"));

        button.Find("button[data-testid=save-passage-button]").Click();

        button.WaitForAssertion(() => Assert.Contains("Select at least", button.Find("[data-testid=save-passage-outcome]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, (await Library.ListBookmarksAsync(Ada, new BookmarkListQuery(), Xunit.TestContext.Current.CancellationToken)).Total);

        current = selection.Setup<SelectedPassage?>("currentPassage", _ => true);
        current.SetResult(s_selected);
        button.Find("button[data-testid=save-passage-button]").Click();

        button.WaitForAssertion(() => Assert.Equal("Saved to your library.", button.Find("[data-testid=save-passage-outcome]").TextContent));
        var (items, _) = await Library.ListBookmarksAsync(Ada, new BookmarkListQuery(), Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(("passage", Quote), (Assert.Single(items).Target.Kind, items[0].Target.Quote));
    }

    [Fact]
    public async Task Highlights_SignedIn_ShowsTheReadersPassagesOfTheWork_AgainWhenTheViewChanges()
    {
        SignInAda();
        await SaveAsync(new BookmarkTargetDto { Symbol = "A/RES/73/27", Anchor = "op1.6", Quote = Quote, Prefix = "should not conduct or" });
        await SaveAsync(new BookmarkTargetDto { Symbol = "A/RES/73/27", Anchor = "op1.6" });
        var highlights = JSInterop.SetupModule(PassageHighlightInterop.ModulePath);

        var component = Render<SavedPassageHighlights>(p => p.Add(h => h.Symbol, "A/RES/73/27").Add(h => h.View, "A/RES/73/27||"));

        component.WaitForAssertion(() => Assert.Single(highlights.Invocations, i => i.Identifier == "show"));
        var shown = highlights.Invocations["show"][0].Arguments;
        Assert.Equal("A/RES/73/27", shown[0]);
        Assert.Equal(new SavedPassage("op1.6", Quote, "should not conduct or", ""), Assert.Single(Assert.IsType<IReadOnlyList<SavedPassage>>(shown[1], exactMatch: false)));

        component.Render(p => p.Add(h => h.View, "A/RES/73/27|fr|"));

        component.WaitForAssertion(() => Assert.Equal(2, highlights.Invocations.Count(i => i.Identifier == "show")));
    }

    [Fact]
    public void Highlights_Anonymous_ShowsNothing()
    {
        var highlights = JSInterop.SetupModule(PassageHighlightInterop.ModulePath);

        Render<SavedPassageHighlights>(p => p.Add(h => h.Symbol, "A/RES/73/27").Add(h => h.View, "A/RES/73/27||"));

        Assert.Empty(highlights.Invocations);
    }
}
