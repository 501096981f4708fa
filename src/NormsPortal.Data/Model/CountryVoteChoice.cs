namespace NormsPortal.Data.Model;

/// <summary>How one Member State voted.</summary>
public enum CountryVoteChoice
{
    Yes,
    No,
    Abstain,
    NonVoting,
}
