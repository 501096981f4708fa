namespace NormsPortal.Data.Seeding;

/// <summary>An expert-group report of <c>series.json</c> and the resolution that endorsed it (normalised symbols).</summary>
public sealed record SeedReport(string Symbol, string Group, string EndorsedBy);
