namespace NormsPortal.Web.Features.Timeline;

/// <summary>Registers the timeline's query (the page is its only client: no endpoints).</summary>
public static class TimelineFeature
{
    public static IServiceCollection AddTimelineFeature(this IServiceCollection services) =>
        services.AddSingleton<ITimelineQuery, TimelineQuery>();
}
