namespace NormsPortal.Data.Model;

/// <summary>How a text was adopted.</summary>
public enum VoteMode
{
    Recorded,
    WithoutVote,
    NonRecorded,
}
