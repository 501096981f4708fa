namespace NormsPortal.Data.Model;

/// <summary>Where a vote was taken.</summary>
public enum VoteStage
{
    FirstCommittee,
    OtherMainCommittee,
    Plenary,
    HumanRightsCouncil,
    SecurityCouncil,
}
