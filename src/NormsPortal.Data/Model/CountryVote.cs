namespace NormsPortal.Data.Model;

/// <summary>One Member State's vote in a recorded vote.</summary>
public sealed class CountryVote
{
    public int Id { get; set; }

    public int VoteId { get; set; }

    /// <summary>
    /// The State's ISO 3166-1 alpha-3 code (<c>Vocabulary.KnownStates</c>), to join a State's votes across
    /// years and names; null only for a name the vocabulary does not know.
    /// </summary>
    public string? CountryCode { get; set; }

    /// <summary>The name as the source recorded it (the one the State bore at the time, where the portal knows it), kept as written.</summary>
    public required string CountryName { get; set; }

    public CountryVoteChoice Choice { get; set; }
}
