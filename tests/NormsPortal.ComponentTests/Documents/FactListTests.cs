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
        Assert.Contains("Source: seed file", list.Find("[data-fact='title'] dd").TextContent, StringComparison.Ordinal);
        Assert.Contains("Source not recorded", list.Find("[data-fact='session'] dd").TextContent, StringComparison.Ordinal);
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
                Fact("date", "2022-12-07", verified: false, source: "en/A_RES_77_36.xml"),
                Fact("dateMeaning", "adopted"),
                Fact("committeeReport", "A/77/380", verified: false),
                Fact("reportParagraph", "11", verified: false),
                Fact("draft", "A/C.1/77/L.23/Rev.1 (First Committee)", verified: false),
                Fact("meetingRecord", "A/77/PV.46", verified: false),
            ],
            relations: [new RelationDto("DraftOf", "in", "A/C.1/77/L.23/Rev.1", "akn", true, "/documents/A/C.1/77/L.23/Rev.1")],
            sponsors: [new SponsorDto("China", "Sponsor", "akn"), new SponsorDto("Cuba", "Sponsor", "akn"), new SponsorDto("Armenia", "AdditionalSponsor", "akn")]);

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
    public void Notes_AreShownUnderTheFacts()
    {
        var document = Document(facts: [Fact("notes", "The text held is that of the revised draft.")]);

        var list = Render<FactList>(parameters => parameters
            .Add(l => l.Rows, DocumentFacts.Build(document))
            .Add(l => l.Notes, DocumentFacts.Notes(document)));

        Assert.Contains("revised draft", list.Find("[data-testid='fact-notes']").TextContent, StringComparison.Ordinal);
    }
}
