using NormsPortal.Data.Anchors;
using NormsPortal.Web.Features.Documents;

namespace NormsPortal.Web.Components.Documents;

/// <summary>The words for a vote's stage, subject and mode, from the names the API uses.</summary>
public static class VoteLabels
{
    public static string Stage(string stage) => stage switch
    {
        "FirstCommittee" => "First Committee",
        "OtherMainCommittee" => "Main Committee",
        "Plenary" => "General Assembly plenary",
        "HumanRightsCouncil" => "Human Rights Council",
        "SecurityCouncil" => "Security Council",
        _ => stage,
    };

    public static string Mode(VoteDto vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return vote.Mode switch
        {
            "Recorded" => "Recorded vote",
            "WithoutVote" => "Adopted without a vote",
            "NonRecorded" => "Non-recorded vote",
            _ => vote.Mode,
        };
    }

    /// <summary>"Whole text", "Paragraph 5 (separate vote)", "Amendment A/C.1/73/L.71".</summary>
    public static string Subject(VoteDto vote)
    {
        ArgumentNullException.ThrowIfNull(vote);
        return vote.Subject switch
        {
            "Paragraph" when vote.SubjectDetail is { Length: > 0 } anchor => $"Separate vote on {AnchorLabel.InFull(anchor)}",
            "Paragraph" => "Separate vote on a paragraph",
            "Amendment" when vote.SubjectDetail is { Length: > 0 } amendment => $"Amendment {amendment}",
            "Amendment" => "Amendment",
            _ => "Whole text",
        };
    }

    public static string Choice(string choice) => choice switch
    {
        "Yes" => "Yes",
        "No" => "No",
        "Abstain" => "Abstained",
        "NonVoting" => "Did not vote",
        _ => choice,
    };
}
