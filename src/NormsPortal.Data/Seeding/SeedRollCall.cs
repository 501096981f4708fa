using NormsPortal.Data.Model;

namespace NormsPortal.Data.Seeding;

/// <summary>
/// A recorded plenary vote of <c>votes/rollcalls.csv</c> (Voeten's data, identified by its <c>rcid</c>)
/// with the Member States' votes of <c>votes/country-votes.csv</c>.
/// </summary>
public sealed record SeedRollCall(int Rcid, int Session, DateOnly Date, string Resolution, int Yes, int No, int Abstain)
{
    public IReadOnlyList<SeedCountryVote> CountryVotes { get; init; } = [];
}

/// <summary>
/// One State's vote in a roll call. <see cref="CountryName"/> is the name the State bore on the day
/// (see <see cref="HistoricalCountryNames"/>); <see cref="NameInData"/> the modern short name the data uses.
/// </summary>
public sealed record SeedCountryVote(string? CountryCode, string CountryName, string NameInData, CountryVoteChoice Choice);
