using Bunit;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.ComponentTests.AgreedLanguage;
using NormsPortal.Data.Model;
using NormsPortal.Web.Components.Norms;
using NormsPortal.Web.Features.AgreedLanguage;
using NormsPortal.Web.Features.Norms;

namespace NormsPortal.ComponentTests.Reader;

/// <summary>A norm's lineage section: its text first, then each step in date order with who linked it and how its wording stands.</summary>
public sealed class NormLineageTests : ReaderComponentTestBase
{
    private const string NormText = "States should do what norm 1.6 says, and more besides.";

    public NormLineageTests() => Database.Seed(db =>
    {
        var norm = ReaderSamples.Norm("1.6", "Do not damage critical infrastructure", 6);
        norm.Counterparts.Add(new NormCounterpart
        {
            Target = new TextReference { Symbol = "A/70/174", Anchor = "op13f" },
            Citation = "A/70/174, para. 13 (f)",
            Verified = false,
        });
        db.Norms.Add(norm);
        var resolution = ReaderSamples.Work("A/RES/73/27");
        resolution.Date = new DateOnly(2018, 12, 5);
        var report = ReaderSamples.Work("A/70/174", WorkKind.Report);
        report.Date = new DateOnly(2015, 7, 22);
        report.OfficialUrl = "https://undocs.org/A/70/174";
        db.Works.AddRange(resolution, report);
    });

    private FakeAgreedLanguageService AgreedLanguage => Services.GetRequiredService<FakeAgreedLanguageService>();

    [Fact]
    public void NormPage_ShowsTheLine_NormFirst_ThenTheReportNotHeld_Then73_27_ThenTheComputedReuses()
    {
        AgreedLanguage.ParagraphAnswer = _ => AgreedLanguageOutcome.Found(FakeAgreedLanguageService.Empty("en") with
        {
            Items =
            [
                FakeAgreedLanguageService.Item("A/RES/76/19", "pp9", new DateOnly(2021, 12, 6), 0.9, "States should do what norm 1.6 says, and much more besides.",
                    new WordDifference("States should do what norm 1.6 says, and ", WordChangeKind.Same),
                    new WordDifference("much ", WordChangeKind.Inserted),
                    new WordDifference("more besides.", WordChangeKind.Same)),
                FakeAgreedLanguageService.Item("A/RES/78/16", "pp4", new DateOnly(2023, 12, 4), 1, NormText),
            ],
        });

        var page = Render<NormPage>(p => p.Add(c => c.Number, "1.6"));

        var lineage = page.Find("[data-testid=norm-lineage]");
        Assert.Equal("Lineage of its wording", lineage.QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal(NormText, lineage.QuerySelector("[data-testid=lineage-norm] blockquote")!.TextContent.Trim());
        var steps = page.FindAll("[data-testid=lineage-step]");
        Assert.Equal(
            [("A/70/174", "not-held", "curated"), ("A/RES/73/27", "new", "curated"), ("A/RES/76/19", "modified", "computed"), ("A/RES/78/16", "verbatim", "computed")],
            steps.Select(s => (s.GetAttribute("data-symbol"), s.GetAttribute("data-wording"), s.GetAttribute("data-origin"))));
        Assert.Equal([("A/RES/73/27", "op1.6", "en", (string?)null)], AgreedLanguage.ParagraphRequests.Select(q => (q.Symbol, q.Anchor, q.Language, q.Quote)));

        var report = steps[0];
        Assert.Equal("Text not held", report.QuerySelector("[data-testid=lineage-wording]")!.TextContent.Trim());
        Assert.Equal("Curated", report.QuerySelector("[data-testid=lineage-origin]")!.TextContent.Trim());
        Assert.NotNull(report.QuerySelector("[data-testid=unverified]"));
        Assert.Equal("https://undocs.org/A/70/174", report.QuerySelector("[data-testid=lineage-official-copy]")!.GetAttribute("href"));
        Assert.Equal("2015-07-22", report.QuerySelector("time")!.GetAttribute("datetime"));

        var modified = steps[2];
        Assert.Equal("/documents/A/RES/76/19#pp9", modified.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("[inserted: much ]", modified.QuerySelector("[data-testid=lineage-differences] ins")!.TextContent);
        Assert.Contains("Changed from A/RES/73/27, para. 1.6 (90% of its words kept)", CollapseSpaces(modified.TextContent), StringComparison.Ordinal);
        Assert.Null(steps[3].QuerySelector("ins, del"));
        Assert.Null(steps[3].QuerySelector("[data-testid=unverified]"));
    }

    [Fact]
    public void Lineage_WhenTheReportIsHeld_ShowsItAsNew_And73_27AsModifiedWithTheWordsMarked()
    {
        var lineage = Render<NormLineage>(p => p.Add(c => c.Lineage, new NormLineageDto(
            "1.6",
            "Do not damage critical infrastructure",
            NormText,
            new TextLocationDto("A/RES/73/27", "op1.6", "/documents/A/RES/73/27#op1.6"),
            [
                new LineageStepDto("A/70/174", "op13f", "A/70/174, para. 13 (f)", new DateOnly(2015, 7, 22), LineageOrigins.Curated, LineageWordings.New,
                    true, null, "States should do what norm 1.6 says.", [], null, "/documents/A/70/174#op13f", null),
                new LineageStepDto("A/RES/73/27", "op1.6", "A/RES/73/27, para. 1.6", new DateOnly(2018, 12, 5), LineageOrigins.Curated, LineageWordings.Modified,
                    true, 0.8, NormText,
                    [new WordDifference("States should do what norm 1.6 says", WordChangeKind.Same), new WordDifference(".", WordChangeKind.Deleted),
                        new WordDifference(", and more besides.", WordChangeKind.Inserted)],
                    "A/70/174, para. 13 (f)", "/documents/A/RES/73/27#op1.6", null),
            ])));

        var steps = lineage.FindAll("[data-testid=lineage-step]");
        Assert.Equal(["New wording", "Modified"], steps.Select(s => s.QuerySelector("[data-testid=lineage-wording]")!.TextContent.Trim()));
        Assert.Equal("States should do what norm 1.6 says.", steps[0].QuerySelector("blockquote")!.TextContent.Trim());
        Assert.Equal("[deleted: .]", steps[1].QuerySelector("del")!.TextContent);
        Assert.Equal("[inserted: , and more besides.]", steps[1].QuerySelector("ins")!.TextContent);
        Assert.Empty(lineage.FindAll("[data-testid=unverified]"));
    }

    [Fact]
    public void Lineage_LabelsACuratorsLinkWithItsRelation_AndAComputedStepTheyConfirmed()
    {
        LineageStepDto Later(string anchor, string origin, bool? verified) =>
            new("A/RES/76/19", anchor, "A/RES/76/19, para. " + anchor, new DateOnly(2021, 12, 6), origin, LineageWordings.Verbatim,
                verified, 1, NormText, [], "A/RES/73/27, para. 1.6", "/documents/A/RES/76/19#" + anchor, null);
        var lineage = Render<NormLineage>(p => p.Add(c => c.Lineage, new NormLineageDto(
            "1.6",
            "Do not damage critical infrastructure",
            NormText,
            new TextLocationDto("A/RES/73/27", "op1.6", "/documents/A/RES/73/27#op1.6"),
            [
                Later("op2", LineageOrigins.Curated, true) with { Relation = "develops", Note = "Reads due diligence into it." },
                Later("pp9", LineageOrigins.Computed, true),
                Later("pp10", LineageOrigins.Computed, null),
            ])));

        var steps = lineage.FindAll("[data-testid=lineage-step]");
        Assert.Equal(["Curated: develops", "Computed", "Computed"], steps.Select(s => s.QuerySelector("[data-testid=lineage-origin]")!.TextContent.Trim()));
        Assert.Equal("Curator's note: Reads due diligence into it.", steps[0].QuerySelector("[data-testid=lineage-note]")!.TextContent.Trim());
        Assert.Equal([false, true, false], steps.Select(s => s.QuerySelector("[data-testid=lineage-confirmed]") is not null));
        Assert.Equal("Confirmed by a curator", steps[1].QuerySelector("[data-testid=lineage-confirmed]")!.TextContent.Trim());
        Assert.Empty(lineage.FindAll("[data-testid=lineage-hidden]"));
    }
}
