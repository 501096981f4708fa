using NormsPortal.Web.Components.Documents;
using NormsPortal.Web.Features.States;

namespace NormsPortal.Web.Components.States;

/// <summary>The words the State pages use for a State's place on a resolution, from the names the API uses.</summary>
public static class StateLabels
{
    /// <summary>What the State did in the plenary decision: its vote, or why there is none to show.</summary>
    public static string Vote(string? adoption, bool rollCallHeld, string? vote) => (adoption, rollCallHeld, vote) switch
    {
        (_, _, { } choice) => VoteLabels.Choice(choice),
        ("WithoutVote", _, _) => "Adopted without a vote",
        (_, true, null) => "Not in the roll call",
        ("Recorded", false, _) => "Recorded vote; roll call not held",
        (null, _, _) => "No decision recorded",
        _ => "Not recorded by State",
    };

    public static string Sponsorship(string? sponsorship) => sponsorship switch
    {
        nameof(StateSponsorship.Sponsor) => "Sponsor",
        nameof(StateSponsorship.AdditionalSponsor) => "Joined as sponsor",
        nameof(StateSponsorship.None) => "Not a sponsor",
        _ => "List not held",
    };

    /// <summary>"Member State · Western European and other States (WEOG) · permanent member of the Security Council".</summary>
    public static string Standing(StateSummaryDto state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var parts = new List<string>
        {
            state.Status switch
            {
                "Observer" => "Non-member observer State",
                "Former" => "Former Member State",
                _ => "Member State",
            },
        };
        if (state.GroupName is { } group)
        {
            parts.Add(group);
        }

        if (state.PermanentMember)
        {
            parts.Add("permanent member of the Security Council");
        }

        return string.Join(" · ", parts);
    }

    /// <summary>A share as a whole percentage ("87 %" is written "87%", as the UN writes it).</summary>
    public static string Percent(double share) => $"{Math.Round(share * 100, MidpointRounding.AwayFromZero):0}%";
}
