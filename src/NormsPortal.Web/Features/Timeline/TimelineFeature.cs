namespace NormsPortal.Web.Features.Timeline;

/// <summary>Registers the timeline's query.</summary>
public static class TimelineServiceCollectionExtensions
{
    public static IServiceCollection AddTimeline(this IServiceCollection services) =>
        services.AddSingleton<ITimelineQuery, TimelineQuery>();
}
