namespace NormsPortal.Data.Model;

/// <summary>
/// A mention, in one provision, of another document (and optionally one of its paragraphs).
/// The target is joined to <see cref="Work"/> by symbol, so a later import of the target fills in
/// what was until then a placeholder; the source is (work, language, anchor) for the same reason.
/// </summary>
public sealed class CrossReference
{
    public int Id { get; set; }

    public int SourceWorkId { get; set; }

    public Work SourceWork { get; set; } = null!;

    public required string SourceLanguage { get; set; }

    /// <summary>The anchor of the citing provision.</summary>
    public required string SourceAnchor { get; set; }

    /// <summary>Start of the mention in the citing provision's text.</summary>
    public int Start { get; set; }

    public int Length { get; set; }

    /// <summary>The words of the mention as they stand in the text.</summary>
    public required string MatchedText { get; set; }

    /// <summary>The normalised symbol of the work referred to.</summary>
    public required string TargetSymbol { get; set; }

    /// <summary>The paragraph referred to, when the text pinpoints one.</summary>
    public string? TargetAnchor { get; set; }
}
