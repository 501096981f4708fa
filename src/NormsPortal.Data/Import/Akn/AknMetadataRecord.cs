namespace NormsPortal.Data.Import.Akn;

/// <summary>
/// One line of the UN's <c>metadata.jsonl</c>: the facts the UN extracted for a resolution,
/// as the UN writes them (<c>"Agenda item 93"</c>, <c>"By a recorded vote"</c>, Member States
/// in capitals). Counts the UN gives as "N.A." are null.
/// </summary>
public sealed record AknMetadataRecord
{
    /// <summary>The symbol as the UN writes it, e.g. <c>A/RES/75/101 A-B</c> for a file of two parts.</summary>
    public required string Symbol { get; init; }

    public string? Title { get; init; }

    public string? Session { get; init; }

    public string? AdoptionMeeting { get; init; }

    public DateOnly? AdoptionDate { get; init; }

    /// <summary>The committee report (or plenary draft) it was adopted on, e.g. <c>A/77/385, para. 110</c>.</summary>
    public string? OriginatingDocument { get; init; }

    public string? ReportParagraph { get; init; }

    /// <summary>"First Committee" …, or "Without reference to a Main Committee".</summary>
    public string? Committee { get; init; }

    public string? AgendaItem { get; init; }

    public string? AgendaItemName { get; init; }

    /// <summary>"By a recorded vote" or "Without a vote".</summary>
    public string? AdoptionType { get; init; }

    public int? InFavourCount { get; init; }

    public int? AgainstCount { get; init; }

    public int? AbstainingCount { get; init; }

    /// <summary>The meeting record, e.g. <c>A/74/PV.46</c>.</summary>
    public string? MeetingRecord { get; init; }

    public IReadOnlyList<string> InFavour { get; init; } = [];

    public IReadOnlyList<string> Against { get; init; } = [];

    public IReadOnlyList<string> Abstaining { get; init; } = [];

    public IReadOnlyList<string> Sponsors { get; init; } = [];

    public IReadOnlyList<string> AdditionalSponsors { get; init; } = [];

    /// <summary>The line of the file the record was read from (1-based), for messages.</summary>
    public int Line { get; init; }
}
