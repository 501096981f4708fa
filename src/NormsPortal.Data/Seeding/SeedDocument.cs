using NormsPortal.Data.Model;

namespace NormsPortal.Data.Seeding;

/// <summary>
/// One document of <c>documents.json</c>, read and checked: the symbol is normalised, the kind and
/// the vote stages are the model's enums, and everything else is kept as the file states it.
/// A field no source confirmed is null; <see cref="Unverified"/> holds believed but unconfirmed values.
/// </summary>
public sealed record SeedDocument
{
    /// <summary>The normalised symbol (see <see cref="Symbols.UnSymbol"/>).</summary>
    public required string Symbol { get; init; }

    public required WorkKind Kind { get; init; }

    public string? Title { get; init; }

    public string? Body { get; init; }

    public string? Committee { get; init; }

    public int? Session { get; init; }

    public DateOnly? Date { get; init; }

    /// <summary>What <see cref="Date"/> is the date of: <c>adopted</c> for resolutions, <c>issued</c> for reports.</summary>
    public required string DateMeaning { get; init; }

    public string? AgendaItem { get; init; }

    /// <summary>Related documents as free text: <c>First Committee report A/64/386; meeting A/64/PV.55</c>.</summary>
    public string? Related { get; init; }

    /// <summary>The confirmed decisions on the document, one per stage.</summary>
    public IReadOnlyList<SeedStageVote> Votes { get; init; } = [];

    public string? OfficialUrl { get; init; }

    /// <summary>Believed but unconfirmed values by field (<c>title</c>, <c>date</c>, <c>vote</c> …), in file order.</summary>
    public IReadOnlyList<SeedUnverifiedValue> Unverified { get; init; } = [];

    public string? Notes { get; init; }

    /// <summary>Where each fact was seen, by source key (<c>official_title</c>, <c>vote.plenary</c> …), in file order.</summary>
    public IReadOnlyList<SeedSource> Sources { get; init; } = [];

    /// <summary>The draft whose text the portal holds for this document (73/27 holds A/C.1/73/L.27/Rev.1).</summary>
    public string? DraftSymbol { get; init; }

    /// <summary>The file beside <c>documents.json</c> holding the document's full text, for the text import.</summary>
    public string? FullTextFile { get; init; }

    /// <summary>What the curators say about that text.</summary>
    public string? FullTextNote { get; init; }
}

/// <summary>A source of <c>documents.json</c>: the key names what it confirms, the text where it was seen.</summary>
public sealed record SeedSource(string Key, string Text);

/// <summary>A value believed but not confirmed, by the field it would fill (<c>title</c>, <c>vote</c> …).</summary>
public sealed record SeedUnverifiedValue(string Key, string Value);

/// <summary>A confirmed decision on a document at one stage; counts only for a recorded vote.</summary>
public sealed record SeedStageVote(VoteStage Stage, VoteMode Mode, int? Yes = null, int? No = null, int? Abstain = null);
