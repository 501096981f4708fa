using Bunit;
using NormsPortal.Web.Components.Documents;
using NormsPortal.Web.Features.Documents;
using static NormsPortal.ComponentTests.Documents.DocumentSamples;

namespace NormsPortal.ComponentTests.Documents;

public sealed class FactListTests : PortalComponentTestBase
{
    [Fact]
    public void Resolution_WithoutAdoptionFacts_ListsThemAsNotRecorded()
    {
        var rows = DocumentFacts.Build(Document(facts: [Fact("title", "Developments"), Fact("session", "73", source: null)]));

        var list = Render<FactList>(parameters => parameters.Add(l => l.Rows, rows));

        Assert.Equal("Not recorded", list.Find("[data-fact='agendaItem'] dd").TextContent.Trim());
        Assert.Equal("Not recorded", list.Find("[data-fact='committeeReport'] dd").TextContent.Trim());
        Assert.Equal("Not recorded", list.Find("[data-fact='sponsors'] dd").TextContent.Trim());
        Assert.Equal("Developments", list.Find("[data-fact='title'] dd").TextContent.Trim());
        Assert.Empty(list.FindAll("[data-testid='unverified']"));
    }

    [Fact]
    public void Report_OmitsTheAdoptionFactsItCannotHave()
    {
        var rows = DocumentFacts.Build(Document(kind: "report", facts: [Fact("title", "Report of the Group")]));

        var list = Render<FactList>(parameters => parameters.Add(l => l.Rows, rows));

        Assert.Equal(["symbol", "title", "date", "session", "agendaItem"], list.FindAll("[data-fact]").Select(r => r.GetAttribute("data-fact")));
    }

    [Fact]
    public void UnverifiedFacts_SaySoInWords_AndDocumentsLinkWhereHeldOrToTheOfficialCopy()
    {
        var document = Document(
            facts:
            [
                Fact("date", "2022-12-07", verified: false, source: "Voeten UNGA voting data"),
                Fact("dateMeaning", "adopted"),
                Fact("committeeReport", "A/77/380", verified: false),
                Fact("reportParagraph", "11", verified: false),
                Fact("draft", "A/C.1/77/L.23/Rev.1 (First Committee)", verified: false),
                Fact("meetingRecord", "A/77/PV.46", verified: false),
            ],
            relations: [new RelationDto("DraftOf", "in", "A/C.1/77/L.23/Rev.1", "akn", true, "/documents/A/C.1/77/L.23/Rev.1")],
            sponsors: [new SponsorDto("China", "Sponsor", "a blog"), new SponsorDto("Cuba", "Sponsor", "a blog"), new SponsorDto("Armenia", "AdditionalSponsor", "a blog")]);

        var list = Render<FactList>(parameters => parameters.Add(l => l.Rows, DocumentFacts.Build(document)));

        var date = list.Find("[data-fact='date'] dd");
        Assert.StartsWith("7 December 2022 (adopted)", date.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Unverified", date.TextContent, StringComparison.Ordinal);
        Assert.Contains("np-facts__value--unverified", date.ClassList);
        Assert.Equal("https://undocs.org/A/77/380", list.Find("[data-fact='committeeReport'] a").GetAttribute("href"));
        Assert.Contains("paragraph 11", list.Find("[data-fact='committeeReport']").TextContent, StringComparison.Ordinal);
        Assert.Equal("/documents/A/C.1/77/L.23/Rev.1", list.Find("[data-fact='draft'] a").GetAttribute("href"));
        Assert.Equal("https://undocs.org/A/77/PV.46", list.Find("[data-fact='meeting'] a").GetAttribute("href"));
        Assert.Contains("China, Cuba", list.Find("[data-fact='sponsors'] dd").TextContent, StringComparison.Ordinal);
        Assert.Contains("Unverified", list.Find("[data-fact='sponsors'] dd").TextContent, StringComparison.Ordinal);
        Assert.Contains("Armenia", list.Find("[data-fact='additionalSponsors'] dd").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void FactsReadFromTheUnsFiles_AreNotMarked_AndOthersLinkToTheRule()
    {
        var document = Document(
            facts:
            [
                Fact("title", "Developments", source: "UN AKN file of A/RES/77/36, English"),
                Fact("agendaItem", "94", verified: false, source: "Voeten UNGA voting data"),
            ],
            sponsors: [new SponsorDto("China", "Sponsor", "UN AKN file of A/C.1/77/L.23/Rev.1, English")]);

        var list = Render<FactList>(parameters => parameters.Add(l => l.Rows, DocumentFacts.Build(document)));

        Assert.Empty(list.FindAll("[data-fact='title'] [data-testid='unverified']"));
        Assert.Empty(list.FindAll("[data-fact='sponsors'] [data-testid='unverified']"));
        Assert.Equal("/#about-facts", list.Find("[data-fact='agendaItem'] [data-testid='unverified']").GetAttribute("href"));
    }

    [Fact]
    public void Sources_AreNotInTheFactList_ButNamedUnderProvenance_AfterTheRule()
    {
        var document = Document(
            facts:
            [
                Fact("title", "Developments", source: "UN AKN file of A/RES/77/36, English"),
                Fact("agendaItem", "94", verified: false, source: "Voeten UNGA voting data"),
                Fact("session", "77", source: null),
            ],
            votes: [Vote(verified: false) with { Source = "UN AKN file of A/RES/77/36, English" }]);
        var rows = DocumentFacts.Build(document);

        var list = Render<FactList>(parameters => parameters.Add(l => l.Rows, rows));
        var provenance = Render<ProvenanceSection>(parameters => parameters.Add(p => p.Entries, ProvenanceEntry.For(document, rows)));

        Assert.DoesNotContain("UN AKN file", list.Markup, StringComparison.Ordinal);
        Assert.Contains("verified when an official UN source confirms it", CollapseSpaces(provenance.Find("#about-facts").TextContent), StringComparison.Ordinal);
        var entries = provenance.FindAll("[data-testid='provenance-entry']").Select(e => CollapseSpaces(e.TextContent)).ToList();
        Assert.Contains("Title: Developments UN AKN file of A/RES/77/36, English (verified)", entries);
        Assert.Contains("Agenda item: 94 Voeten UNGA voting data (unverified)", entries);
        Assert.Contains("Session: 77 Source not recorded (verified)", entries);
        Assert.Contains("Vote (General Assembly plenary): Whole text UN AKN file of A/RES/77/36, English (verified)", entries);
    }

    [Fact]
    public void CuratorsNotes_NeverReachThePage()
    {
        var document = Document(facts: [Fact("notes", "adoption_date here = document issue date"), Fact("textNote", "The text file is the draft.")]);

        var list = Render<FactList>(parameters => parameters.Add(l => l.Rows, DocumentFacts.Build(document)));
        var provenance = Render<ProvenanceSection>(parameters => parameters.Add(p => p.Entries, ProvenanceEntry.For(document, DocumentFacts.Build(document))));

        Assert.DoesNotContain("adoption_date", list.Markup + provenance.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("text file", list.Markup + provenance.Markup, StringComparison.Ordinal);
    }
}
