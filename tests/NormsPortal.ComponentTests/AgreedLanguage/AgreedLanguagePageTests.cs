using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Web.Components.AgreedLanguage;
using NormsPortal.Web.Features.AgreedLanguage;

namespace NormsPortal.ComponentTests.AgreedLanguage;

/// <summary>/agreed-language: a pasted text with its agreed parts marked, from the address or from the circuit.</summary>
public sealed class AgreedLanguagePageTests : PortalComponentTestBase
{
    private const string Pasted = "States should not conduct or knowingly support ICT activity, and we propose a new body.";
    private const string Agreed = "States should not conduct or knowingly support ICT activity";

    public AgreedLanguagePageTests()
        : base(FakeAgreedLanguageService.Register)
    {
    }

    private FakeAgreedLanguageService AgreedLanguage => Services.GetRequiredService<FakeAgreedLanguageService>();

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    [Fact]
    public void FromTheAddress_MarksTheAgreedParts_WithTheirEarliestSourceAndCount_AndTheNewOnes()
    {
        var source = FakeAgreedLanguageService.Item("A/RES/73/27", "op1.6", new DateOnly(2018, 12, 5), 1, Agreed + " contrary to its obligations.");
        AgreedLanguage.TextAnswer = q => AgreedLanguageOutcome.Found(FakeAgreedLanguageService.Empty(q.Language!) with
        {
            Passage = q.Text!,
            Items = [source],
            Earliest = source,
            Counts = new AgreedLanguageCounts(3, 3),
            Segments =
            [
                new AgreedLanguageSegment(Agreed, 0, Agreed.Length, true, source, 3),
                new AgreedLanguageSegment(", and we propose a new body.", Agreed.Length, 28, false, null, 0),
            ],
        });
        Navigation.NavigateTo(AgreedLanguagePage.For(Pasted, "en"));

        var page = Render<AgreedLanguagePage>();

        Assert.Equal([(Pasted, "en")], AgreedLanguage.TextRequests.Select(q => (q.Text, q.Language)));
        Assert.Equal(Pasted, page.Find("[data-testid=agreed-text]").GetAttribute("value"));
        Assert.Equal($"[agreed language: {Agreed}]", page.Find("[data-testid=agreed-segment]").TextContent);
        Assert.Equal("[new: , and we propose a new body.]", page.Find("[data-testid=new-segment]").TextContent);
        var part = page.Find("[data-testid=agreed-part]");
        Assert.Equal("/documents/A/RES/73/27#op1.6", part.QuerySelector("[data-testid=agreed-part-source]")!.GetAttribute("href"));
        Assert.Contains("(5 December 2018)", part.TextContent, StringComparison.Ordinal);
        Assert.Equal("used in 3 texts.", part.QuerySelector("[data-testid=agreed-part-count]")!.TextContent.Trim());
        Assert.Equal("This wording is used in 3 texts of 3 sessions.", page.Find("[data-testid=reuse-counts]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=agreed-not-shareable]"));
    }

    [Fact]
    public void WithoutText_OffersTheFormAndTheHelp_AndAsksNothing()
    {
        var page = Render<AgreedLanguagePage>();

        var form = page.Find("[data-testid=agreed-form]");
        Assert.Equal(("get", "/agreed-language"), (form.GetAttribute("method"), form.GetAttribute("action")));
        Assert.Equal(["ar", "zh", "en", "fr", "ru", "es"], page.FindAll("[data-testid=agreed-lang] option").Select(o => o.GetAttribute("value")));
        Assert.Contains("What “agreed language” means here", page.Find("[data-testid=agreed-help] summary").TextContent, StringComparison.Ordinal);
        Assert.Empty(AgreedLanguage.TextRequests);
        Assert.Empty(page.FindAll("[data-testid=agreed-result]"));
    }

    [Fact]
    public void ARefusedText_GetsTheServicesReasonInWords()
    {
        AgreedLanguage.TextAnswer = _ => AgreedLanguageOutcome.Refused(AgreedLanguageProblem.TooShort, "The text has fewer than 8 words.");
        Navigation.NavigateTo(AgreedLanguagePage.For("Too short.", "fr"));

        var page = Render<AgreedLanguagePage>();

        Assert.Equal("The text has fewer than 8 words.", page.Find("[data-testid=agreed-problem]").TextContent.Trim());
        Assert.Equal([("Too short.", "fr")], AgreedLanguage.TextRequests.Select(q => (q.Text, q.Language)));
    }

    [Fact]
    public void AShortTextSubmitted_GoesInTheAddress_SoItCanBeShared()
    {
        var page = Render<AgreedLanguagePage>();

        page.Find("[data-testid=agreed-text]").Input(Pasted);
        page.Find("[data-testid=agreed-lang]").Change("fr");
        page.Find("[data-testid=agreed-form]").Submit();

        Assert.Equal("http://localhost" + AgreedLanguagePage.For(Pasted, "fr"), Navigation.Uri);
        page.WaitForAssertion(() => Assert.Equal([(Pasted, "fr")], AgreedLanguage.TextRequests.Select(q => (q.Text, q.Language))));
    }

    [Fact]
    public void ALongTextSubmitted_IsAnsweredInPlace_AndSaysItCannotBeSharedByAddress()
    {
        var longText = string.Join(' ', Enumerable.Repeat(Pasted, 20));
        var page = Render<AgreedLanguagePage>();

        page.Find("[data-testid=agreed-text]").Input(longText);
        page.Find("[data-testid=agreed-form]").Submit();

        Assert.Equal("http://localhost/", Navigation.Uri);
        Assert.Equal([longText], AgreedLanguage.TextRequests.Select(q => q.Text));
        Assert.Contains("cannot be shared by address", page.Find("[data-testid=agreed-not-shareable]").TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Find("[data-testid=agreed-result]"));
    }
}
