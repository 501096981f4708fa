namespace NormsPortal.Web.Features.States;

/// <summary>Several States' votes side by side: one row per resolution, one vote per chosen State, in the order of <c>States</c>.</summary>
public sealed record StateVotesDto(IReadOnlyList<StateSummaryDto> States, IReadOnlyList<StateVotesRowDto> Rows);

/// <summary>
/// One resolution's plenary decision and each chosen State's vote in it (null where the roll call
/// does not list the State or is not held), in the order of <see cref="StateVotesDto.States"/>.
/// </summary>
public sealed record StateVotesRowDto(
    string Symbol, string? Title, DateOnly? Date, string Url, string? Adoption, bool RollCallHeld, IReadOnlyList<string?> Votes);
