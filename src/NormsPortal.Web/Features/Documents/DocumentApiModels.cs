using NormsPortal.Web.Api;

namespace NormsPortal.Web.Features.Documents;

/// <summary>A work in a list. <c>TitleVerified</c> is false when the only title known is unconfirmed.</summary>
public sealed record DocumentSummaryDto(
    string Symbol,
    [property: ApiVocabulary(ApiVocabulary.WorkKind)] string Kind,
    string? Title,
    bool TitleVerified,
    DateOnly? Date,
    int? Session,
    IReadOnlyList<string> Languages,
    bool HasText,
    string Url);

/// <summary>Everything the portal holds about one work, with its text in one language.</summary>
public sealed record DocumentDto(
    string Symbol,
    [property: ApiVocabulary(ApiVocabulary.WorkKind)] string Kind,
    string? Title,
    string? Body,
    string? Committee,
    DateOnly? Date,
    int? Session,
    string? OfficialUrl,
    string? AknWorkIri,
    IReadOnlyList<FactDto> Facts,
    IReadOnlyList<string> Languages,
    DocumentTextDto? Text,
    IReadOnlyList<VoteDto> Votes,
    IReadOnlyList<SponsorDto> Sponsors,
    IReadOnlyList<TrackPlaceDto> Tracks,
    IReadOnlyList<RelationDto> Relations,
    IReadOnlyList<string> Cites,
    IReadOnlyList<CitingProvisionDto> CitedBy);

/// <summary>A fact with where it was seen and whether it was confirmed.</summary>
public sealed record FactDto(string Key, string Value, string? Source, bool Verified, string Origin);

/// <summary>
/// The text of a work in one language; <c>TextOf</c> names the document whose text it is, when another
/// (73/27 shows the text of its draft), and <c>TextOfWork</c> says what that document is and who sponsored it.
/// </summary>
public sealed record DocumentTextDto(
    [property: ApiVocabulary(ApiVocabulary.Language)] string Language,
    string Source,
    string? TextOf,
    IReadOnlyList<ProvisionDto> Provisions,
    IReadOnlyList<ProvisionDto> Footnotes,
    TextOfWorkDto? TextOfWork = null);

/// <summary>The document whose text a work shows in its stead: its kind and the sponsors its own record lists.</summary>
public sealed record TextOfWorkDto(
    string Symbol,
    [property: ApiVocabulary(ApiVocabulary.WorkKind)] string Kind,
    IReadOnlyList<SponsorDto> Sponsors);

/// <summary>A provision with its anchor, its place in the tree, footnote marks and references.</summary>
public sealed record ProvisionDto(
    string Anchor,
    string Kind,
    string Number,
    string Text,
    string? ParentAnchor,
    string Url,
    IReadOnlyList<FootnoteMarkDto> FootnoteMarks,
    IReadOnlyList<ReferenceDto> References);

public sealed record FootnoteMarkDto(int Offset, string Footnote);

/// <summary>
/// A mention of another document; <c>Held</c> says whether the portal holds the target. <c>Url</c> is the
/// portal's page for a held target and the official copy for one not held yet (a placeholder a later import fills in).
/// </summary>
public sealed record ReferenceDto(int Start, int Length, string Text, string TargetSymbol, string? TargetAnchor, bool Held, string Url);

public sealed record VoteDto(
    [property: ApiVocabulary(ApiVocabulary.VoteStage)] string Stage,
    string Subject,
    string? SubjectDetail,
    string Mode,
    int? Yes,
    int? No,
    int? Abstain,
    DateOnly? Date,
    string? Meeting,
    string? Source,
    bool Verified,
    IReadOnlyList<CountryVoteDto> Countries);

/// <summary>
/// One Member State's vote: <c>Name</c> as the source recorded it, <c>Code</c> the State's ISO 3166-1
/// alpha-3 code (<c>/api/v1/states/{code}</c>), <c>State</c> the name to show — the UN short name, or
/// the UN's former name when the record used one ("Union of Soviet Socialist Republics"); code and
/// State are null only for a name the portal does not know.
/// </summary>
public sealed record CountryVoteDto(string Name, string? Code, string? State, string Vote);

/// <summary>A sponsor of the work's draft; <c>Source</c> says where the list was seen.</summary>
public sealed record SponsorDto(string Name, string Role, string? Source);

/// <summary>The work's place in a curated track, with its neighbours.</summary>
public sealed record TrackPlaceDto(string Key, string Title, int Position, string? Predecessor, string? Successor);

/// <summary>
/// A relation to another work: <c>Direction</c> is <c>out</c> (this work → target) or <c>in</c>. <c>Url</c> is the
/// portal's page when the other work is held (<c>Held</c>), its official copy otherwise.
/// </summary>
public sealed record RelationDto(string Kind, string Direction, string Symbol, string? Source, bool Held, string Url);
