using NormsPortal.DatabaseTests.Infrastructure;
using NormsPortal.Web.Features.Timeline;

namespace NormsPortal.DatabaseTests.Reader;

/// <summary>The timeline over the shipped corpus's tracks, votes and links, on both providers.</summary>
public sealed class TimelineQueryTests(CorpusFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory, DatabaseData]
    public async Task Lanes_RunFrom53_70To80_16_WithThe2017Gap(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var timeline = await new TimelineQuery(corpus.ContextFactory).LoadAsync(Cancel);

        Assert.Equal(["developments", "responsible-behaviour", "programme-of-action", "ict-crime"], timeline.Lanes.Select(l => l.Key));
        var developments = timeline.Lanes[0];
        Assert.Equal("A/RES/53/70", developments.Entries[0].Symbol);
        Assert.Equal(1998, developments.Entries[0].Year);
        Assert.Equal("A/RES/80/16", developments.Entries[^1].Symbol);
        Assert.Equal(1998, timeline.FirstYear);
        var gap = Assert.Single(developments.Gaps);
        Assert.Equal((72, 2017), (gap.Session, gap.Year));
        Assert.Contains("72/512", gap.Note, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task Entries_HaveTheirPlenaryVote_TheirRecalls_AndEndorsements(DatabaseKind kind)
    {
        var corpus = await fixture.CorpusAsync(kind);

        var timeline = await new TimelineQuery(corpus.ContextFactory).LoadAsync(Cancel);

        var entries = timeline.Lanes.SelectMany(l => l.Entries).ToList();
        var resolution = entries.First(e => e.Symbol == "A/RES/73/27");
        Assert.Equal(new DateOnly(2018, 12, 5), resolution.Date);
        Assert.Equal(("Recorded", 119, 46, 14), (resolution.Vote?.Mode, resolution.Vote?.Yes, resolution.Vote?.No, resolution.Vote?.Abstain));
        Assert.Contains("A/RES/70/237", resolution.Recalls);
        Assert.Contains("A/70/174", resolution.Recalls);
        Assert.Equal(["A/70/174"], entries.First(e => e.Symbol == "A/RES/70/237").Endorses);
        Assert.Equal(["A/RES/36/103", "A/RES/43/78 H"], timeline.Precursors.Select(p => p.Symbol));
        Assert.Equal(["A/65/201", "A/68/98", "A/70/174"], timeline.Reports.Select(r => r.Symbol));
        Assert.Equal("A/RES/70/237", timeline.Reports[^1].EndorsedBy);
    }

    [Theory]
    [InlineData(53, 1998)]
    [InlineData(72, 2017)]
    [InlineData(80, 2025)]
    public void YearOfSession_IsWhenItsResolutionsWereAdopted(int session, int year) =>
        Assert.Equal(year, TimelineQuery.YearOfSession(session));
}
