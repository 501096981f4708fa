namespace NormsPortal.Web.Features.Timeline;

/// <summary>Reads the timeline (see <see cref="TimelineQuery"/>); an interface so the page can be tested without a database.</summary>
public interface ITimelineQuery
{
    Task<TimelineDto> LoadAsync(CancellationToken cancellationToken);
}
