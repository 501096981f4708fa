namespace NormsPortal.Data.Model;

/// <summary>A decision on a work, or on one of its paragraphs or an amendment to it, at one stage.</summary>
public sealed class Vote : AuditedEntity
{
    public int WorkId { get; set; }

    public Work Work { get; set; } = null!;

    public VoteStage Stage { get; set; }

    public VoteSubject Subject { get; set; }

    /// <summary>The paragraph's anchor or the amendment's symbol, when the vote was not on the whole text.</summary>
    public string? SubjectDetail { get; set; }

    public VoteMode Mode { get; set; }

    public int? Yes { get; set; }

    public int? No { get; set; }

    public int? Abstain { get; set; }

    public DateOnly? Date { get; set; }

    /// <summary>The meeting, e.g. <c>45th plenary meeting</c>, or its record <c>A/73/PV.45</c>.</summary>
    public string? Meeting { get; set; }

    public string? Source { get; set; }

    public bool Verified { get; set; }

    public List<CountryVote> CountryVotes { get; } = [];
}
