namespace NormsPortal.Data.Model;

/// <summary>One Member State's vote in a recorded vote.</summary>
public sealed class CountryVote
{
    public int Id { get; set; }

    public int VoteId { get; set; }

    /// <summary>ISO 3166 alpha-2 code where known, to join votes across years.</summary>
    public string? CountryCode { get; set; }

    /// <summary>The name the State bore at the time of the vote, where the portal knows it.</summary>
    public required string CountryName { get; set; }

    public CountryVoteChoice Choice { get; set; }
}
