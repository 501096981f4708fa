using Microsoft.Extensions.Options;
using NormsPortal.Data.Model;
using NormsPortal.DatabaseTests.Caching;
using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.DatabaseTests.Reader;
using NormsPortal.DatabaseTests.Schema;
using NormsPortal.Web.Caching;
using NormsPortal.Web.Features.AgreedLanguage;
using NormsPortal.Web.Features.Norms;

namespace NormsPortal.DatabaseTests.Norms;

/// <summary>A norm's lineage on both providers: over the shipped corpus, and filling in once its report is imported.</summary>
public sealed class NormLineageTests(CorpusFixture fixture)
{
    private const string Report = "A/70/174";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Norm1_6_StartsWithItsText_ThenTheReportNotYetHeld_ThenItsParagraphIn73_27(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var lineage = (await Lineage(corpus.ContextFactory).FindAsync("1.6", Cancel))!;

        Assert.Equal(("1.6", "A/RES/73/27", "op1.6"), (lineage.Number, lineage.Statement.Symbol, lineage.Statement.Anchor));
        Assert.StartsWith("A State should not conduct or knowingly support ICT activity", lineage.Text, StringComparison.Ordinal);
        var report = lineage.Steps[0];
        Assert.Equal((Report, "op13f", LineageOrigins.Curated, LineageWordings.NotHeld), (report.Symbol, report.Anchor, report.Origin, report.Wording));
        Assert.Null(report.Text);
        Assert.StartsWith("https://", report.OfficialUrl, StringComparison.Ordinal);
        var statement = lineage.Steps[1];
        Assert.Equal(("A/RES/73/27", "op1.6", LineageWordings.New, new DateOnly(2018, 12, 5)),
            (statement.Symbol, statement.Anchor, statement.Wording, statement.Date));
        Assert.Equal(lineage.Text, statement.Text);
        var dated = lineage.Steps.Where(s => s.Date is not null).Select(s => s.Date!.Value).ToList();
        Assert.Equal(dated.Order(), dated);
    }

    [Theory, DatabaseData]
    public async Task UnknownNorm_HasNoLineage(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        Assert.Null(await Lineage(corpus.ContextFactory).FindAsync("1.99", Cancel));
    }

    [Theory, DatabaseData]
    public async Task ImportingTheReport_FillsItsStepIn_AndMarksHow73_27ChangedItsWords(DatabaseKind kind)
    {
        await using var database = await TestDatabase.CreateAsync(kind);
        await using (var db = database.CreateContext())
        {
            db.Works.Add(SampleGraph.Work());
            db.Works.Add(new Work { Symbol = Report, Kind = WorkKind.Report, Date = new DateOnly(2015, 7, 22), OfficialUrl = "https://undocs.org/A/70/174" });
            db.Norms.Add(SampleGraph.Norm());
            await db.SaveChangesAsync(Cancel);
        }

        var query = Lineage(new TestContextFactory(database));
        var before = (await query.FindAsync("1.6", Cancel))!;
        await using (var db = database.CreateContext())
        {
            var report = db.Works.Single(w => w.Symbol == Report);
            var english = new Expression { Language = "en", Source = "A_70_174.xml", SourceFormat = "akn" };
            english.Provisions.Add(new Provision
            {
                Kind = ProvisionKind.Item,
                Number = "13 (f)",
                Anchor = "op13f",
                Ordinal = 1,
                Text = "A State should not conduct or knowingly support ICT activity that is contrary to its obligations under international law …",
            });
            report.Expressions.Add(english);
            await db.SaveChangesAsync(Cancel);
        }

        var after = (await query.FindAsync("1.6", Cancel))!;

        Assert.Equal([LineageWordings.NotHeld, LineageWordings.New], before.Steps.Take(2).Select(s => s.Wording));
        Assert.Equal("https://undocs.org/A/70/174", before.Steps[0].OfficialUrl);
        Assert.Equal([LineageWordings.New, LineageWordings.Modified], after.Steps.Take(2).Select(s => s.Wording));
        Assert.Equal((new DateOnly(2015, 7, 22), (string?)null), (after.Steps[0].Date, after.Steps[0].OfficialUrl));
        var statement = after.Steps[1];
        Assert.Equal("A/70/174, para. 13 (f)", statement.ComparedWith);
        Assert.Equal(["that is"], statement.Differences.Where(d => d.Kind == WordChangeKind.Deleted).Select(d => d.Text.Trim()));
        Assert.DoesNotContain(statement.Differences, d => d.Kind == WordChangeKind.Inserted);
        // 17 of the report paragraph's 19 words are kept.
        Assert.Equal(17.0 / 19, statement.Similarity!.Value, 3);
    }

    /// <summary>
    /// The lineage query over the real agreed-language service, as the portal registers them, sharing nothing between
    /// readings (a store that keeps nothing): these contexts announce no writes.
    /// </summary>
    private static NormLineageQuery Lineage(TestContextFactory contexts) =>
        new(contexts, new AgreedLanguageService(contexts), new SharedDataCache(new EvictionRecorder(), Options.Create(new PublicCacheOptions())));
}
