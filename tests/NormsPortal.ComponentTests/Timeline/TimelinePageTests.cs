using Bunit;
using Microsoft.Extensions.DependencyInjection;
using NormsPortal.Web.Components.Timeline;
using NormsPortal.Web.Features.Timeline;

namespace NormsPortal.ComponentTests.Timeline;

public sealed class TimelinePageTests : PortalComponentTestBase
{
    public TimelinePageTests()
        : base(services => services.AddSingleton<FakeTimeline>().AddSingleton<ITimelineQuery>(s => s.GetRequiredService<FakeTimeline>()))
    {
    }

    [Fact]
    public void WhileLoading_SaysSo()
    {
        Fake.Answer = new TaskCompletionSource<TimelineDto>().Task;

        var page = Render<TimelinePage>();

        Assert.NotNull(page.Find("[data-testid=timeline-loading]"));
    }

    [Fact]
    public void NoTracks_SaysSo()
    {
        Fake.Answer = Task.FromResult(new TimelineDto([], [], [], null, null));

        var page = Render<TimelinePage>();

        Assert.NotNull(page.Find("[data-testid=timeline-empty]"));
    }

    [Fact]
    public void Lanes_ShowEntriesInOrder_WithTheGapInItsPlace()
    {
        Fake.Answer = Task.FromResult(Sample());

        var page = Render<TimelinePage>();

        var lane = page.Find("[data-testid=timeline-lane][data-track=developments]");
        Assert.Equal("Developments", lane.QuerySelector("h2")!.TextContent.Trim());
        var items = lane.QuerySelectorAll("ol > li").Select(li => li.GetAttribute("data-symbol") ?? "gap " + li.GetAttribute("data-session")).ToList();
        Assert.Equal(["A/RES/71/28", "gap 72", "A/RES/73/27"], items);
        Assert.Contains("decision 72/512", page.Find("[data-testid=timeline-gap]").TextContent, StringComparison.Ordinal);
        Assert.Contains("from 2016 to 2018", page.Find(".np-timeline__intro").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordedVote_HasABarAndTheCountsInWords()
    {
        Fake.Answer = Task.FromResult(Sample());

        var page = Render<TimelinePage>();

        var entry = page.Find("[data-testid=timeline-entry][data-symbol='A/RES/73/27']");
        Assert.Contains("Recorded vote", entry.QuerySelector("[data-testid=vote]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("119 yes, 46 no, 14 abstaining", entry.QuerySelector("[data-testid=vote-counts]")!.TextContent.Trim());
        Assert.Equal("true", entry.QuerySelector(".np-vote__bar")!.GetAttribute("aria-hidden"));
        Assert.Contains("Adopted 5 December 2018", entry.TextContent, StringComparison.Ordinal);
        Assert.Equal("Recalls 2 earlier texts", entry.QuerySelector("details summary")!.TextContent.Trim());
    }

    [Fact]
    public void WithoutVote_AndUnconfirmed_AndNotHeld_AreSaid()
    {
        Fake.Answer = Task.FromResult(Sample());

        var page = Render<TimelinePage>();

        var entry = page.Find("[data-testid=timeline-entry][data-symbol='A/RES/71/28']");
        Assert.Contains("Adopted without a vote (unconfirmed)", entry.TextContent, StringComparison.Ordinal);
        Assert.Empty(entry.QuerySelectorAll("[data-testid=vote-counts]"));
        var precursor = page.Find("[data-testid=timeline-precursors] [data-symbol='A/RES/43/78 H']");
        Assert.Contains("Not in the portal yet", precursor.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_NameTheResolutionThatEndorsedThem()
    {
        Fake.Answer = Task.FromResult(Sample());

        var page = Render<TimelinePage>();

        var report = page.Find("[data-testid=timeline-report][data-symbol='A/70/174']");
        Assert.Contains("Endorsed by A/RES/70/237", report.TextContent, StringComparison.Ordinal);
        Assert.Equal("/documents/A/RES/70/237", report.QuerySelectorAll("a")[1].GetAttribute("href"));
    }

    private FakeTimeline Fake => Services.GetRequiredService<FakeTimeline>();

    private static TimelineDto Sample() => new(
        [
            new TimelineLaneDto(
                "developments",
                "Developments",
                [
                    new TimelineEntryDto("A/RES/71/28", true, null, new DateOnly(2016, 12, 5), 2016, new TimelineVoteDto("WithoutVote", null, null, null, false), [], [], "/documents/A/RES/71/28"),
                    new TimelineEntryDto("A/RES/73/27", true, "Developments", new DateOnly(2018, 12, 5), 2018, new TimelineVoteDto("Recorded", 119, 46, 14, true),
                        ["A/RES/70/237", "A/70/174"], [], "/documents/A/RES/73/27"),
                ],
                [new TimelineGapDto(72, 2017, "No resolution: the General Assembly took decision 72/512 instead.")]),
        ],
        [new TimelineEntryDto("A/RES/43/78 H", false, null, null, 1988, null, [], [], "/documents/A/RES/43/78%20H")],
        [new TimelineReportDto("A/70/174", "Report of the Group", new DateOnly(2015, 7, 22), "A/RES/70/237", "/documents/A/70/174")],
        2016,
        2018);

    /// <summary>Answers the page with the test's task.</summary>
    internal sealed class FakeTimeline : ITimelineQuery
    {
        public Task<TimelineDto> Answer { get; set; } = Task.FromResult(new TimelineDto([], [], [], null, null));

        public Task<TimelineDto> LoadAsync(CancellationToken cancellationToken) => Answer;
    }
}
