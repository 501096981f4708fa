using NormsPortal.Data.Model;

namespace NormsPortal.Data.Import.Parsed;

/// <summary>A vote as a source reports it.</summary>
public sealed record ParsedVote
{
    public VoteStage Stage { get; init; } = VoteStage.Plenary;

    public VoteSubject Subject { get; init; } = VoteSubject.WholeText;

    public string? SubjectDetail { get; init; }

    public VoteMode Mode { get; init; }

    public int? Yes { get; init; }

    public int? No { get; init; }

    public int? Abstain { get; init; }

    public DateOnly? Date { get; init; }

    public string? Meeting { get; init; }

    public string? Source { get; init; }

    public IReadOnlyList<ParsedCountryVote> CountryVotes { get; init; } = [];
}
