using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.Parsed;

/// <summary>One Member State's vote as the source names it.</summary>
public sealed record ParsedCountryVote(string CountryName, CountryVoteChoice Choice, string? CountryCode = null);
