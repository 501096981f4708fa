using Bunit;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.ComponentTests.Citations;
using NormsPortal.Web.Components.Documents;
using NormsPortal.Web.Features.Citations;
using NormsPortal.Web.Features.Documents;
using static NormsPortal.ComponentTests.Documents.DocumentSamples;

namespace NormsPortal.ComponentTests.Documents;

/// <summary>A work that shows another document's text says so at the top of its page, with that document's sponsors.</summary>
public sealed class TextOfNoteTests() : PortalComponentTestBase(services => services.AddSingleton<ICitationService, FakeCitationService>())
{
    private const string Draft = "A/C.1/73/L.27/Rev.1";

    private static DocumentDto ShowingTheDraft(IReadOnlyList<SponsorDto> sponsors) => Document(
        text: Text() with { TextOf = Draft, TextOfWork = new TextOfWorkDto(Draft, "draft-resolution", sponsors) },
        relations: [new RelationDto("DraftOf", "in", Draft, null, true, "/documents/" + Draft)]);

    [Fact]
    public void Header_OfAResolutionShowingItsDraftsText_SaysSoAtTheTop_WithTheDraftsSponsors()
    {
        var document = ShowingTheDraft(
        [
            new SponsorDto("Algeria", "Sponsor", "UN document"),
            new SponsorDto("Russian Federation", "Sponsor", "UN document"),
            new SponsorDto("Samoa", "AdditionalSponsor", "UN document"),
        ]);

        var header = Render<DocumentHeader>(parameters => parameters.Add(h => h.Document, document));

        var note = header.Find("[data-testid='text-of-note']");
        Assert.StartsWith(
            $"The text shown is that of the draft resolution {Draft}, as adopted as A/RES/73/27.",
            note.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("/documents/" + Draft, note.QuerySelector("a")!.GetAttribute("href"));
        var sponsors = header.Find("[data-testid='text-of-sponsors']").TextContent;
        Assert.Contains("Algeria, Russian Federation.", sponsors, StringComparison.Ordinal);
        Assert.Contains("Joined later: Samoa.", sponsors, StringComparison.Ordinal);
    }

    [Fact]
    public void Header_OfADraftWithoutRecordedSponsors_SaysWhoseTextItIs_WithoutASponsorLine()
    {
        var header = Render<DocumentHeader>(parameters => parameters.Add(h => h.Document, ShowingTheDraft([])));

        Assert.Contains(Draft, header.Find("[data-testid='text-of-note']").TextContent, StringComparison.Ordinal);
        Assert.Empty(header.FindAll("[data-testid='text-of-sponsors']"));
    }

    [Fact]
    public void Header_OfAWorkShowingTheTextOfADocumentNotHeld_StillSaysWhoseTextItIs()
    {
        var document = Document(text: Text() with { TextOf = Draft, TextOfWork = null });

        var header = Render<DocumentHeader>(parameters => parameters.Add(h => h.Document, document));

        Assert.StartsWith($"The text shown is that of {Draft}.", header.Find("[data-testid='text-of-note']").TextContent.Trim(), StringComparison.Ordinal);
        Assert.Empty(header.FindAll("[data-testid='text-of-sponsors']"));
    }

    [Fact]
    public void Header_OfAWorkShowingItsOwnText_HasNoNote()
    {
        var header = Render<DocumentHeader>(parameters => parameters.Add(h => h.Document, Document(text: Text())));

        Assert.Empty(header.FindAll("[data-testid='text-of-note']"));
    }
}
