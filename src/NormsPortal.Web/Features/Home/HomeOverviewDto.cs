namespace NormsPortal.Web.Features.Home;

/// <summary>A curated track in brief: how many resolutions it has and the years it spans.</summary>
public sealed record TrackBriefDto(string Key, string Title, int Resolutions, string? First, int? FirstYear, string? Latest, int? LatestYear);

/// <summary>A work recently added to the portal or changed in it.</summary>
public sealed record RecentWorkDto(string Symbol, string Kind, string? Title, DateTime UpdatedAt, bool IsNew, string Url);
