namespace NormsPortal.Web.Features.Facts;

/// <summary>A work's facts as curators see them: every fact with its version and history.</summary>
/// <param name="Symbol">The work's symbol.</param>
/// <param name="Kind">Its kind's name (<c>ga-resolution</c>, <c>report</c> …).</param>
/// <param name="Title">Its title as lists show it (the copy of its title fact), when it has one.</param>
/// <param name="Url">The work's page in the portal.</param>
/// <param name="Facts">Its facts by key.</param>
public sealed record WorkFactsDto(string Symbol, string Kind, string? Title, string Url, IReadOnlyList<CuratedFactDto> Facts);

/// <summary>One fact of a work, with what a curator needs to change it.</summary>
/// <param name="Key">What the fact is about: <c>title</c>, <c>date</c>, <c>session</c>, <c>adoptionMode</c> …</param>
/// <param name="Value">The current value.</param>
/// <param name="Source">Where it was seen.</param>
/// <param name="Verified">Whether an official UN source, named in <see cref="Source"/>, confirms it.</param>
/// <param name="Origin">Who put it there: <c>seed</c>, <c>import</c> or <c>curator</c>.</param>
/// <param name="Version">Counted up on every save; send it back with a change.</param>
/// <param name="CreatedAt">When the fact came into the portal (UTC).</param>
/// <param name="History">Every change since, first to last.</param>
public sealed record CuratedFactDto(
    string Key,
    string Value,
    string? Source,
    bool Verified,
    string Origin,
    long Version,
    DateTime CreatedAt,
    IReadOnlyList<FactRevisionDto> History);

/// <summary>One change of a fact: what it held before and since, and who changed it when.</summary>
public sealed record FactRevisionDto(
    string OldValue,
    string? OldSource,
    bool OldVerified,
    string OldOrigin,
    string NewValue,
    string? NewSource,
    bool NewVerified,
    string NewOrigin,
    DateTime RevisedAt,
    string RevisedBy);

/// <summary>
/// <c>PUT /api/v1/facts</c>: sets the fact <see cref="Key"/> of the work <see cref="Symbol"/> to <see cref="Value"/>, with the
/// source note that says where the value comes from (required) and whether an official UN source named there confirms
/// it. <see cref="Version"/> is the version of the fact read, or null when the work had no such fact: a stale one is
/// refused with 409, carrying the fact as it is now and what was sent.
/// </summary>
public sealed record FactEditRequest(string? Symbol, string? Key, string? Value, string? Source, bool Verified, long? Version);

/// <summary>
/// <c>POST /api/v1/documents</c>: a work the catalogue lacks. The symbol is put in its normal form, the kind is a kind's name
/// (<c>report</c>), the date <c>yyyy-MM-dd</c>; title and date become facts with the source note (required).
/// <see cref="EndorsedBy"/> optionally names the held resolution that endorsed the report, so the timeline places it.
/// </summary>
public sealed record WorkAddRequest(string? Symbol, string? Kind, string? Title, string? Date, string? Source, bool Verified, string? EndorsedBy);
