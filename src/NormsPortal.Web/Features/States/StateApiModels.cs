namespace NormsPortal.Web.Features.States;

/// <summary>
/// A State as the portal names it. <c>Code</c> is ISO 3166-1 alpha-3 (ISO 3166-3 for a former State);
/// <c>Name</c> the UN short name; <c>Status</c> is <c>Member</c>, <c>Observer</c> or <c>Former</c>;
/// <c>Group</c> the UN regional group (<c>African</c>, <c>AsiaPacific</c>, <c>EasternEuropean</c>,
/// <c>LatinAmericanAndCaribbean</c>, <c>WesternEuropeanAndOthers</c>), null for none.
/// </summary>
public sealed record StateSummaryDto(
    string Code,
    string Name,
    string Status,
    string? Group,
    string? GroupName,
    bool PermanentMember,
    IReadOnlyList<string> FormerNames,
    IReadOnlyList<string> Aliases,
    string Url);

/// <summary>
/// One State's record on every General Assembly resolution the portal holds, in date order, and how
/// often it voted as each other State did. <c>ExplanationsOfVoteHeld</c> says whether the portal
/// holds explanations of vote at all (it does not yet: the meeting records are not read).
/// </summary>
public sealed record StateDto(
    StateSummaryDto State,
    IReadOnlyList<StateResolutionDto> Resolutions,
    IReadOnlyList<StateAgreementDto> Agreement,
    bool ExplanationsOfVoteHeld);

/// <summary>
/// The State on one resolution. <c>Adoption</c> is how the plenary decided (<c>Recorded</c>,
/// <c>WithoutVote</c>, <c>NonRecorded</c>, null when the portal holds no plenary decision).
/// <c>Vote</c> is the State's choice in the recorded plenary vote on the whole text (<c>Yes</c>,
/// <c>No</c>, <c>Abstain</c>, <c>NonVoting</c>), null when the roll call does not list it or is not
/// held; <c>RecordedAs</c> the name the roll call used. <c>Sponsorship</c> is <c>Sponsor</c>,
/// <c>AdditionalSponsor</c> or <c>None</c>, null when the portal holds no sponsor list.
/// </summary>
public sealed record StateResolutionDto(
    string Symbol,
    string? Title,
    DateOnly? Date,
    string Url,
    string? Adoption,
    bool RollCallHeld,
    string? Vote,
    string? RecordedAs,
    string? Sponsorship);

/// <summary>
/// How often another State voted as this one: of the <c>Votes</c> recorded plenary votes in which
/// both voted yes, no or abstained, the <c>Same</c> in which they chose alike; <c>Share</c> is
/// <c>Same / Votes</c> (0 to 1).
/// </summary>
public sealed record StateAgreementDto(string Code, string Name, int Votes, int Same, double Share);
