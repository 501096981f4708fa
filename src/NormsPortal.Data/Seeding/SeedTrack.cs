namespace NormsPortal.Data.Seeding;

/// <summary>A curated track of <c>series.json</c>: its members in order, by normalised symbol.</summary>
public sealed record SeedTrack(string Key, string Title, IReadOnlyList<string> Members);
