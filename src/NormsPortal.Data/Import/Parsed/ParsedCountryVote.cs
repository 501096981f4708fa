using NormsPortal.Data.Model;
using NormsPortal.Data.Vocabulary;

namespace NormsPortal.Data.Import.Parsed;

/// <summary>
/// One Member State's vote as the source names it, with the State's alpha-3 code (<see cref="KnownStates"/>;
/// null for a name that is no State's).
/// </summary>
public sealed record ParsedCountryVote(string CountryName, CountryVoteChoice Choice, string? CountryCode = null)
{
    /// <summary>The vote of the State a source calls <paramref name="name"/>, coded by <see cref="KnownStates.Resolve"/>.</summary>
    public static ParsedCountryVote Named(string name, CountryVoteChoice choice) =>
        new(name, choice, KnownStates.Resolve(name)?.State.Code);
}
