namespace NormsPortal.Web.Features.Timeline;

/// <summary>The resolution series as parallel lanes (tracks), its precursors and the expert-group reports, from <c>FirstYear</c> to <c>LastYear</c>.</summary>
public sealed record TimelineDto(
    IReadOnlyList<TimelineLaneDto> Lanes,
    IReadOnlyList<TimelineEntryDto> Precursors,
    IReadOnlyList<TimelineReportDto> Reports,
    int? FirstYear,
    int? LastYear);

/// <summary>A track in order, with the sessions it skipped (<c>Gaps</c>).</summary>
public sealed record TimelineLaneDto(string Key, string Title, IReadOnlyList<TimelineEntryDto> Entries, IReadOnlyList<TimelineGapDto> Gaps);

/// <summary>
/// A resolution in a lane: when and how it was adopted, its plenary vote, the earlier resolutions of the series it
/// recalls and the reports it endorsed. <c>Held</c> is false for a member the portal does not hold yet.
/// </summary>
public sealed record TimelineEntryDto(
    string Symbol,
    bool Held,
    string? Title,
    DateOnly? Date,
    int? Year,
    TimelineVoteDto? Vote,
    IReadOnlyList<string> Recalls,
    IReadOnlyList<string> Endorses,
    string Url);

/// <summary>The plenary decision: its mode (<c>Recorded</c>, <c>WithoutVote</c>, <c>NonRecorded</c>) and counts when recorded.</summary>
public sealed record TimelineVoteDto(string Mode, int? Yes, int? No, int? Abstain, bool Verified);

/// <summary>A session in which the track has no resolution, with what happened instead when known.</summary>
public sealed record TimelineGapDto(int Session, int Year, string Note);

/// <summary>An expert group's report and the resolution that endorsed it.</summary>
public sealed record TimelineReportDto(string Symbol, string? Title, DateOnly? Date, string? EndorsedBy, string Url);
