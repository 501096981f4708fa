using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Data.Search.Query;
using NormsPortal.Web.Components;
using NormsPortal.Web.Features.Search;

namespace NormsPortal.ComponentTests.Search;

public sealed class SearchBoxTests : PortalComponentTestBase
{
    private static readonly SearchSuggestionDto s_norm = new("norm", "1.6", "Norm 1.6: Do not damage critical infrastructure", "/norms/1.6");
    private static readonly SearchSuggestionDto s_normTen = new("norm", "1.10", "Norm 1.10: Prevent proliferation", "/norms/1.10");

    public SearchBoxTests() => Suggestions.Entries.AddRange([s_norm, s_normTen]);

    private IRenderedComponent<SearchBox> RenderBox() => Render<SearchBox>(p => p.Add(b => b.InputId, "box"));

    [Fact]
    public void Box_IsAComboboxWithAClosedListbox()
    {
        var box = RenderBox();

        var input = box.Find("input[name=q]");
        Assert.Equal("combobox", input.GetAttribute("role"));
        Assert.Equal("list", input.GetAttribute("aria-autocomplete"));
        Assert.Equal("false", input.GetAttribute("aria-expanded"));
        Assert.Equal("box-suggestions", input.GetAttribute("aria-controls"));
        Assert.True(box.Find("#box-suggestions").HasAttribute("hidden"));
        Assert.Equal("get", box.Find("form").GetAttribute("method"));
        Assert.Equal("/search", box.Find("form").GetAttribute("action"));
    }

    [Fact]
    public void AQueryAtTheSearchsLimit_StopsThere_AndSaysSo()
    {
        var box = RenderBox();

        Assert.Equal(SearchQueryLimits.MaxInputLength.ToString(CultureInfo.InvariantCulture), box.Find("input[name=q]").GetAttribute("maxlength"));
        Assert.Empty(box.FindAll("[data-testid=search-limit]"));

        box.Find("input").Input(new string('a', SearchQueryLimits.MaxInputLength));

        Assert.Contains("at most 1,000 characters", box.Find("[data-testid=search-limit]").TextContent, StringComparison.Ordinal);
        Assert.Equal("box-limit", box.Find("input").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void Typing_OffersSuggestions_AndAnnouncesThem()
    {
        var box = RenderBox();

        box.Find("input").Input("1.");

        box.WaitForAssertion(() => Assert.Equal(2, box.FindAll("[role=option]").Count));
        Assert.Equal("true", box.Find("input").GetAttribute("aria-expanded"));
        Assert.False(box.Find("#box-suggestions").HasAttribute("hidden"));
        Assert.Contains("2 suggestions", box.Find("[role=status]").TextContent, StringComparison.Ordinal);
        Assert.Equal("1.", Suggestions.Texts[^1]);
    }

    // The events below are awaited: the lookup that showed the suggestions may still hold the
    // renderer, and an event dispatched without waiting would then run after the assertions.
    [Fact]
    public async Task ArrowKeys_MoveTheActiveOption_AndEnterOpensIt()
    {
        var box = RenderBox();
        box.Find("input").Input("1.");
        box.WaitForAssertion(() => Assert.Equal(2, box.FindAll("[role=option]").Count));

        await box.Find("input").KeyDownAsync(new KeyboardEventArgs { Key = "ArrowDown" });
        await box.Find("input").KeyDownAsync(new KeyboardEventArgs { Key = "ArrowDown" });
        await box.Find("input").KeyDownAsync(new KeyboardEventArgs { Key = "ArrowDown" });

        var input = box.Find("input");
        Assert.Equal("box-option-0", input.GetAttribute("aria-activedescendant"));
        Assert.Equal("true", box.Find("#box-option-0").GetAttribute("aria-selected"));
        Assert.Equal("false", box.Find("#box-option-1").GetAttribute("aria-selected"));

        await box.Find("form").SubmitAsync(EventArgs.Empty);

        Assert.Equal("http://localhost/norms/1.6", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task Escape_ClosesTheSuggestions_AndEnterThenSearches()
    {
        var box = RenderBox();
        box.Find("input").Input("1.");
        box.WaitForAssertion(() => Assert.Equal(2, box.FindAll("[role=option]").Count));

        await box.Find("input").KeyDownAsync(new KeyboardEventArgs { Key = "Escape" });
        await box.Find("form").SubmitAsync(EventArgs.Empty);

        Assert.Empty(box.FindAll("[role=option]"));
        Assert.Equal("http://localhost/search?q=1.", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public async Task ClickingASuggestion_OpensIt()
    {
        var box = RenderBox();
        box.Find("input").Input("1.1");
        box.WaitForAssertion(() => Assert.Single(box.FindAll("[role=option]")));

        await box.Find("[role=option]").MouseDownAsync(new MouseEventArgs());

        Assert.Equal("http://localhost/norms/1.10", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void TextWithoutSuggestions_KeepsTheListClosed()
    {
        var box = RenderBox();

        box.Find("input").Input("sovereignty");

        box.WaitForAssertion(() => Assert.Contains("sovereignty", Suggestions.Texts));
        Assert.Equal("false", box.Find("input").GetAttribute("aria-expanded"));
        Assert.Empty(box.FindAll("[role=option]"));
    }

    [Fact]
    public void FocusShortcut_IsAnnouncedOnTheBox_WhichTheSlashShortcutFocuses()
    {
        var withShortcut = Render<SearchBox>(p => p.Add(b => b.InputId, "site").Add(b => b.FocusShortcut, true));
        var without = RenderBox();

        Assert.Equal("/", withShortcut.Find("input").GetAttribute("aria-keyshortcuts"));
        Assert.False(without.Find("input").HasAttribute("aria-keyshortcuts"));
    }
}
